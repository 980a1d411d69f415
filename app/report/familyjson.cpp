#include "report/familyjson.h"

#include "report/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Recension {

namespace {

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonArray intArray(const QVector<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject figuresToJson(const VerdictFigures &f)
{
    return QJsonObject{
        {QStringLiteral("similarity"), rounded(f.meaningKept)},
        {QStringLiteral("wordsKept"), rounded(f.wordingKept)},
        {QStringLiteral("coverage"), QJsonArray{rounded(f.coverage[Left]), rounded(f.coverage[Right])}},
        {QStringLiteral("wordsKeptAligned"), rounded(f.wordingKeptAligned)},
        {QStringLiteral("moved"), rounded(f.movedShare)},
        {QStringLiteral("synonyms"), f.synonyms},
        {QStringLiteral("respelledNames"), f.respelledNames},
        {QStringLiteral("sharedFacts"), f.sharedFacts},
        {QStringLiteral("changesOfFact"), f.changesOfFact}};
}

QJsonObject versionToJson(const FamilyAnalysis &family, int index)
{
    const Document &doc = *family.versions[index];
    const Verdict &verdict = family.verdicts[index];
    QJsonObject object{{QStringLiteral("index"), index},
                       {QStringLiteral("path"), doc.path},
                       {QStringLiteral("title"), doc.title},
                       {QStringLiteral("sha256"), doc.sha256},
                       {QStringLiteral("language"), doc.language},
                       {QStringLiteral("words"), doc.wordCount},
                       {QStringLiteral("verdict"), toString(verdict.kind)}};
    if (!doc.provenance.isEmpty())
        object.insert(QStringLiteral("provenance"), provenanceToJson(doc.provenance));
    const int parent = family.lineage.parent.value(index, -1);
    object.insert(QStringLiteral("parent"), parent >= 0 ? QJsonValue(parent) : QJsonValue());
    if (index != family.base) {
        object.insert(QStringLiteral("figures"), figuresToJson(verdict.figures));
        object.insert(QStringLiteral("examples"), QJsonArray::fromStringList(verdict.examples));
    }
    return object;
}

QJsonObject pairToJson(const FamilyPair &pair)
{
    const Comparison &c = *pair.comparison;
    const auto findings = c.countFindingsBySeverity();
    return QJsonObject{
        {QStringLiteral("left"), pair.left},
        {QStringLiteral("right"), pair.right},
        {QStringLiteral("similarity"), rounded(c.similarity)},
        {QStringLiteral("wordsKept"), rounded(c.wordsKept)},
        {QStringLiteral("changes"), int(c.changes.size())},
        {QStringLiteral("findings"),
         QJsonObject{{QStringLiteral("high"), findings[int(Severity::High)]},
                     {QStringLiteral("medium"), findings[int(Severity::Medium)]}}}};
}

QJsonObject lineageToJson(const Lineage &lineage)
{
    QJsonArray edges;
    for (const LineageEdge &edge : lineage.edges)
        edges.append(QJsonObject{{QStringLiteral("child"), edge.child},
                                 {QStringLiteral("parent"), edge.parent},
                                 {QStringLiteral("shared"), edge.shared},
                                 {QStringLiteral("against"), edge.against},
                                 {QStringLiteral("own"), edge.own},
                                 {QStringLiteral("examples"), QJsonArray::fromStringList(edge.examples)}});
    return QJsonObject{{QStringLiteral("edges"), edges},
                       {QStringLiteral("outside"), intArray(lineage.outside)}};
}

QJsonArray quotesToJson(const FamilyAnalysis &family)
{
    QJsonArray rows;
    for (const QuoteRow &row : family.quotes) {
        QJsonArray cells;
        for (const QuoteCell &cell : row.cells)
            cells.append(QJsonObject{{QStringLiteral("version"), cell.version},
                                     {QStringLiteral("status"), toString(cell.status)},
                                     {QStringLiteral("similarity"), rounded(cell.similarity)},
                                     {QStringLiteral("text"), textOrNull(cell.text)},
                                     {QStringLiteral("speaker"), textOrNull(cell.speaker)},
                                     {QStringLiteral("changes"), QJsonArray::fromStringList(cell.changes)}});
        rows.append(QJsonObject{{QStringLiteral("paragraph"), row.base.paragraph},
                                {QStringLiteral("text"), row.text},
                                {QStringLiteral("speaker"), textOrNull(row.speaker)},
                                {QStringLiteral("versions"), cells}});
    }
    return rows;
}

QJsonArray copyQuotesToJson(const FamilyAnalysis &family)
{
    QJsonArray rows;
    for (const CopyQuote &quote : family.copyQuotes)
        rows.append(QJsonObject{{QStringLiteral("text"), quote.text},
                                {QStringLiteral("speaker"), textOrNull(quote.speaker)},
                                {QStringLiteral("versions"), intArray(quote.versions)}});
    return rows;
}

QJsonArray factsToJson(const FamilyAnalysis &family)
{
    QJsonArray rows;
    for (const FactRow &row : family.facts) {
        QJsonArray cells;
        for (const FactCell &cell : row.cells)
            cells.append(QJsonObject{{QStringLiteral("version"), cell.version},
                                     {QStringLiteral("status"), toString(cell.status)},
                                     {QStringLiteral("text"), textOrNull(cell.text)}});
        rows.append(QJsonObject{{QStringLiteral("kind"), toString(row.kind)},
                                {QStringLiteral("paragraph"), row.base.paragraph},
                                {QStringLiteral("text"), row.text},
                                {QStringLiteral("versions"), cells}});
    }
    return rows;
}

} // namespace

QJsonObject familyToJson(const FamilyAnalysis &family, const QVector<FailedVersion> &failed,
                         const QDateTime &generated)
{
    QJsonArray versions;
    for (int i = 0; i < family.versions.size(); ++i)
        versions.append(versionToJson(family, i));
    QJsonArray failures;
    for (const FailedVersion &f : failed)
        failures.append(QJsonObject{{QStringLiteral("path"), f.path},
                                    {QStringLiteral("reason"), f.reason}});
    QJsonArray matrix;
    for (const FamilyPair &pair : family.pairs)
        matrix.append(pairToJson(pair));
    QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("recension-family")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generator"), QStringLiteral("recension " RECENSION_VERSION)},
        {QStringLiteral("base"), family.base},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("failed"), failures},
        {QStringLiteral("matrix"), matrix},
        {QStringLiteral("lineage"), lineageToJson(family.lineage)},
        {QStringLiteral("quotations"), quotesToJson(family)},
        {QStringLiteral("copyQuotations"), copyQuotesToJson(family)},
        {QStringLiteral("facts"), factsToJson(family)}};
    if (generated.isValid())
        object.insert(QStringLiteral("generated"), generated.toUTC().toString(Qt::ISODate));
    return object;
}

QByteArray familyToJsonBytes(const FamilyAnalysis &family, const QVector<FailedVersion> &failed,
                             const QDateTime &generated)
{
    return QJsonDocument(familyToJson(family, failed, generated)).toJson(QJsonDocument::Indented);
}

} // namespace Recension
