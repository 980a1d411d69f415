#include "report/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Recension {

namespace {

/// Floats keep 4 decimals so that the output does not vary with the last bits of a sum.
double rounded(double value)
{
    return std::round(value * 1e4) / 1e4;
}

/// The engine counts UTF-16 code units; the JSON counts code points. A surrogate pair is
/// one code point, so every low surrogate that completes a pair before the offset is
/// one unit too many.
int codePointOffset(const QString &text, int utf16Offset)
{
    const int limit = std::min<int>(utf16Offset, text.size());
    int pairs = 0;
    for (int i = 1; i < limit; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            ++pairs;
    }
    return utf16Offset - pairs;
}

QJsonArray intArray(const QVector<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

/// A change's side, a quote's or a fact's: the SPAN object, or null.
QJsonValue spanToJson(const Comparison &comparison, Side side, const Span &span)
{
    const DocumentPtr &doc = comparison.documents[side];
    if (span.isNull() || !doc)
        return QJsonValue(QJsonValue::Null);
    const auto paragraphText = [&](int index) {
        return index < doc->paragraphs.size() ? doc->paragraphs[index].text : QString();
    };
    const int last = span.lastParagraph();
    QJsonObject object{
        {QStringLiteral("paragraph"), span.paragraph},
        {QStringLiteral("start"), codePointOffset(paragraphText(span.paragraph), span.start)},
        {QStringLiteral("end"), codePointOffset(paragraphText(last), span.end)},
        {QStringLiteral("text"), comparison.spanText(side, span)}};
    if (last != span.paragraph)
        object.insert(QStringLiteral("endParagraph"), last);
    return object;
}

QJsonObject sidesToJson(const Comparison &comparison, const std::array<Span, 2> &sides,
                        QJsonObject object)
{
    object.insert(QStringLiteral("left"), spanToJson(comparison, Left, sides[Left]));
    object.insert(QStringLiteral("right"), spanToJson(comparison, Right, sides[Right]));
    return object;
}

QJsonObject optionsToJson(const CompareOptions &options)
{
    return QJsonObject{{QStringLiteral("ignoreCase"), options.ignoreCase},
                       {QStringLiteral("ignorePunctuation"), options.ignorePunctuation},
                       {QStringLiteral("synonymsUnimportant"), options.synonymsUnimportant},
                       {QStringLiteral("language"), options.language}};
}

template<typename Enum, std::size_t N>
QJsonObject countsToJson(const std::array<int, N> &counts)
{
    QJsonObject object;
    for (std::size_t i = 0; i < N; ++i)
        object.insert(toString(static_cast<Enum>(i)), counts[i]);
    return object;
}

QJsonObject summaryToJson(const Comparison &comparison)
{
    return QJsonObject{
        {QStringLiteral("similarity"), rounded(comparison.similarity)},
        {QStringLiteral("changes"), int(comparison.changes.size())},
        {QStringLiteral("byCategory"), countsToJson<Category>(comparison.countByCategory())},
        {QStringLiteral("bySeverity"), countsToJson<Severity>(comparison.countBySeverity())},
        {QStringLiteral("quotes"), countsToJson<QuoteStatus>(comparison.countByQuoteStatus())}};
}

QJsonObject linkToJson(const Link &link)
{
    QJsonObject object{{QStringLiteral("kind"), toString(link.kind)},
                       {QStringLiteral("left"), intArray(link.paragraphs[Left])},
                       {QStringLiteral("right"), intArray(link.paragraphs[Right])},
                       {QStringLiteral("score"), rounded(link.score)}};
    if (!link.sentences.isEmpty()) {
        QJsonArray sentences;
        for (const SentenceLink &sentence : link.sentences) {
            sentences.append(QJsonObject{
                {QStringLiteral("left"), intArray(sentence.sentences[Left])},
                {QStringLiteral("right"), intArray(sentence.sentences[Right])},
                {QStringLiteral("score"), rounded(sentence.score)}});
        }
        object.insert(QStringLiteral("sentences"), sentences);
    }
    return object;
}

QJsonObject changeToJson(const Comparison &comparison, const Change &change)
{
    return sidesToJson(comparison, change.sides,
                       {{QStringLiteral("id"), change.id},
                        {QStringLiteral("category"), toString(change.category)},
                        {QStringLiteral("severity"), toString(change.severity)},
                        {QStringLiteral("inQuote"), change.inQuote}});
}

QJsonObject quoteToJson(const Comparison &comparison, const Quote &quote)
{
    const QJsonValue speaker = quote.speaker.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(quote.speaker);
    return sidesToJson(comparison, quote.sides,
                       {{QStringLiteral("status"), toString(quote.status)},
                        {QStringLiteral("speaker"), speaker},
                        {QStringLiteral("similarity"), rounded(quote.similarity)},
                        {QStringLiteral("changes"), intArray(quote.changes)}});
}

QJsonObject factToJson(const Comparison &comparison, const Fact &fact)
{
    return sidesToJson(comparison, fact.sides,
                       {{QStringLiteral("kind"), toString(fact.kind)},
                        {QStringLiteral("status"), toString(fact.status)},
                        {QStringLiteral("changes"), intArray(fact.changes)}});
}

QJsonObject documentOrEmpty(const DocumentPtr &document)
{
    return document ? documentToJson(*document) : documentToJson(Document{});
}

} // namespace

QJsonObject documentToJson(const Document &document)
{
    QJsonArray paragraphs;
    for (int i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        paragraphs.append(QJsonObject{{QStringLiteral("index"), i},
                                      {QStringLiteral("line"), p.line},
                                      {QStringLiteral("lastLine"), p.lastLine},
                                      {QStringLiteral("text"), p.text}});
    }
    return QJsonObject{{QStringLiteral("path"), document.path},
                       {QStringLiteral("title"), document.title},
                       {QStringLiteral("sha256"), document.sha256},
                       {QStringLiteral("encoding"), document.encoding},
                       {QStringLiteral("language"), document.language},
                       {QStringLiteral("words"), document.wordCount},
                       {QStringLiteral("paragraphs"), paragraphs}};
}

QJsonObject comparisonToJson(const Comparison &comparison, const JsonOptions &options)
{
    QJsonArray alignment;
    for (const Link &link : comparison.links)
        alignment.append(linkToJson(link));
    QJsonArray changes;
    for (const Change &change : comparison.changes)
        changes.append(changeToJson(comparison, change));
    QJsonArray quotes;
    for (const Quote &quote : comparison.quotes)
        quotes.append(quoteToJson(comparison, quote));
    QJsonArray facts;
    for (const Fact &fact : comparison.facts)
        facts.append(factToJson(comparison, fact));

    QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("recension-comparison")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generator"), QStringLiteral("recension " RECENSION_VERSION)},
        {QStringLiteral("options"), optionsToJson(comparison.options)},
        {QStringLiteral("left"), documentOrEmpty(comparison.documents[Left])},
        {QStringLiteral("right"), documentOrEmpty(comparison.documents[Right])},
        {QStringLiteral("summary"), summaryToJson(comparison)},
        {QStringLiteral("alignment"), alignment},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("quotes"), quotes},
        {QStringLiteral("facts"), facts}};
    if (options.generated.isValid()) {
        object.insert(QStringLiteral("generated"),
                      options.generated.toUTC().toString(Qt::ISODate));
    }
    return object;
}

QByteArray comparisonToJsonBytes(const Comparison &comparison, const JsonOptions &options)
{
    return QJsonDocument(comparisonToJson(comparison, options)).toJson(QJsonDocument::Indented);
}

} // namespace Recension
