#include "report/reportstrings.h"

#include "document/clutter.h"

#include <QCoreApplication>
#include <QLocale>

namespace Recension {

namespace {

const char *const Context = "Recension::Report";

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

} // namespace

QString categoryName(Category category)
{
    static const char *const names[CategoryCount] = {
        QT_TRANSLATE_NOOP("Recension::Report", "inserted"),
        QT_TRANSLATE_NOOP("Recension::Report", "deleted"),
        QT_TRANSLATE_NOOP("Recension::Report", "replaced"),
        QT_TRANSLATE_NOOP("Recension::Report", "synonym"),
        QT_TRANSLATE_NOOP("Recension::Report", "inflection"),
        QT_TRANSLATE_NOOP("Recension::Report", "spelling"),
        QT_TRANSLATE_NOOP("Recension::Report", "number"),
        QT_TRANSLATE_NOOP("Recension::Report", "name"),
        QT_TRANSLATE_NOOP("Recension::Report", "speaker"),
        QT_TRANSLATE_NOOP("Recension::Report", "punctuation"),
        QT_TRANSLATE_NOOP("Recension::Report", "case"),
        QT_TRANSLATE_NOOP("Recension::Report", "moved"),
        QT_TRANSLATE_NOOP("Recension::Report", "format"),
        QT_TRANSLATE_NOOP("Recension::Report", "polarity"),
        QT_TRANSLATE_NOOP("Recension::Report", "hedge")};
    return translated(names[static_cast<int>(category)]);
}

QString categoryDescription(Category category)
{
    static const char *const descriptions[CategoryCount] = {
        QT_TRANSLATE_NOOP("Recension::Report", "words only the right version has"),
        QT_TRANSLATE_NOOP("Recension::Report", "words only the left version has"),
        QT_TRANSLATE_NOOP("Recension::Report", "words replaced by different words"),
        QT_TRANSLATE_NOOP("Recension::Report", "a word swapped for a synonym"),
        QT_TRANSLATE_NOOP("Recension::Report", "another form of the same word"),
        QT_TRANSLATE_NOOP("Recension::Report", "the same word spelled differently"),
        QT_TRANSLATE_NOOP("Recension::Report", "a different number or figure"),
        QT_TRANSLATE_NOOP("Recension::Report", "a proper name replaced or respelled"),
        QT_TRANSLATE_NOOP("Recension::Report", "a quotation given to another speaker"),
        QT_TRANSLATE_NOOP("Recension::Report", "punctuation only"),
        QT_TRANSLATE_NOOP("Recension::Report", "capital or small letters only"),
        QT_TRANSLATE_NOOP("Recension::Report", "a passage standing elsewhere"),
        QT_TRANSLATE_NOOP("Recension::Report", "the same value or name written another way"),
        QT_TRANSLATE_NOOP("Recension::Report", "a negation added or removed, or an antonym"),
        QT_TRANSLATE_NOOP("Recension::Report", "a claim made stronger or weaker")};
    return translated(descriptions[static_cast<int>(category)]);
}

QString severityName(Severity severity)
{
    static const char *const names[SeverityCount] = {
        QT_TRANSLATE_NOOP("Recension::Report", "low"),
        QT_TRANSLATE_NOOP("Recension::Report", "medium"),
        QT_TRANSLATE_NOOP("Recension::Report", "high")};
    return translated(names[static_cast<int>(severity)]);
}

QString quoteStatusName(QuoteStatus status)
{
    static const char *const names[QuoteStatusCount] = {
        QT_TRANSLATE_NOOP("Recension::Report", "verbatim"),
        QT_TRANSLATE_NOOP("Recension::Report", "altered"),
        QT_TRANSLATE_NOOP("Recension::Report", "missing"),
        QT_TRANSLATE_NOOP("Recension::Report", "added"),
        QT_TRANSLATE_NOOP("Recension::Report", "unquoted")};
    return translated(names[static_cast<int>(status)]);
}

QString factKindName(FactKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Recension::Report", "number"),
        QT_TRANSLATE_NOOP("Recension::Report", "name"),
        QT_TRANSLATE_NOOP("Recension::Report", "title"),
        QT_TRANSLATE_NOOP("Recension::Report", "organisation"),
        QT_TRANSLATE_NOOP("Recension::Report", "date")};
    return translated(names[static_cast<int>(kind)]);
}

QString factStatusName(FactStatus status)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Recension::Report", "same"),
        QT_TRANSLATE_NOOP("Recension::Report", "changed"),
        QT_TRANSLATE_NOOP("Recension::Report", "missing"),
        QT_TRANSLATE_NOOP("Recension::Report", "added")};
    return translated(names[static_cast<int>(status)]);
}

QString linkKindName(LinkKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Recension::Report", "identical"),
        QT_TRANSLATE_NOOP("Recension::Report", "modified"),
        QT_TRANSLATE_NOOP("Recension::Report", "paraphrased"),
        QT_TRANSLATE_NOOP("Recension::Report", "moved"),
        QT_TRANSLATE_NOOP("Recension::Report", "deleted"),
        QT_TRANSLATE_NOOP("Recension::Report", "inserted")};
    return translated(names[static_cast<int>(kind)]);
}

QString findingKindName(FindingKind kind)
{
    static const char *const names[FindingKindCount] = {
        QT_TRANSLATE_NOOP("Recension::Report", "name"),
        QT_TRANSLATE_NOOP("Recension::Report", "number"),
        QT_TRANSLATE_NOOP("Recension::Report", "speaker"),
        QT_TRANSLATE_NOOP("Recension::Report", "polarity"),
        QT_TRANSLATE_NOOP("Recension::Report", "hedge"),
        QT_TRANSLATE_NOOP("Recension::Report", "watched term"),
        QT_TRANSLATE_NOOP("Recension::Report", "quotation"),
        QT_TRANSLATE_NOOP("Recension::Report", "claim")};
    return translated(names[static_cast<int>(kind)]);
}

QString findingGist(const Finding &finding, int maxPerSide)
{
    const auto cut = [&](const QString &text) {
        if (maxPerSide < 0 || text.size() <= maxPerSide)
            return text;
        QString head = text.left(maxPerSide - 1);
        if (head.back().isHighSurrogate())
            head.chop(1);
        return head + QChar(0x2026);
    };
    const QString left = cut(finding.gist[Left].simplified());
    const QString right = cut(finding.gist[Right].simplified());
    if (left.isEmpty() || right.isEmpty())
        return left.isEmpty() ? right : left;
    return QCoreApplication::translate(Context, "%1 → %2").arg(left, right);
}

QString idRuns(const QVector<int> &ids, int maxRuns)
{
    QStringList runs;
    int left = 0;
    for (int i = 0; i < ids.size();) {
        int j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        if (runs.size() < maxRuns)
            runs << (j == i ? QString::number(ids[i]) : QStringLiteral("%1\u2013%2").arg(ids[i]).arg(ids[j]));
        else
            left += j - i + 1;
        i = j + 1;
    }
    if (left > 0)
        //: change numbers left out of a short list
        runs << QCoreApplication::translate(Context, "\u2026 %1 more").arg(left);
    return runs.join(QLatin1Char(' '));
}

QString keptPercent(double fraction, int decimals)
{
    // The engine caps a figure at 0.9999 while a change remains; rounding must not undo it.
    const QLocale locale;
    const QString value = locale.toString(fraction * 100.0, 'f', decimals);
    if (fraction < 1.0 && value == locale.toString(100.0, 'f', decimals))
        //: a similarity just short of complete
        return translated(QT_TRANSLATE_NOOP("Recension::Report", "> 99.9 %"));
    //: a percentage, e.g. "87.7 %"
    return translated(QT_TRANSLATE_NOOP("Recension::Report", "%1 %")).arg(value);
}

QString changeSummary(const Comparison &comparison, const Change &change)
{
    // A moved change may cover a whole passage: a tooltip shows its opening words only.
    constexpr int MaxExcerpt = 60;
    const auto excerpt = [&](Side side) {
        const QString text = comparison.spanText(side, change.sides[side]).simplified();
        if (text.size() <= MaxExcerpt)
            return text;
        QString head = text.left(MaxExcerpt - 1);
        if (head.back().isHighSurrogate())
            head.chop(1);
        return head + QChar(0x2026);
    };
    QString what;
    if (change.sides[Left].isNull())
        what = excerpt(Right);
    else if (change.sides[Right].isNull())
        what = excerpt(Left);
    else
        //: a change from the left version's words to the right version's
        what = QCoreApplication::translate(Context, "%1 → %2").arg(excerpt(Left), excerpt(Right));
    //: category: what changed, e.g. "synonym: security → safety"
    return QCoreApplication::translate(Context, "%1: %2").arg(categoryName(change.category), what);
}

QList<SummaryField> documentFields(const Comparison &comparison)
{
    const auto row = [&](const char *label, const auto &field) {
        SummaryField result{translated(label), {}};
        for (Side side : {Left, Right}) {
            if (const DocumentPtr &doc = comparison.documents[side])
                result.values[side] = field(*doc);
        }
        return result;
    };
    QList<SummaryField> fields{
        row(QT_TRANSLATE_NOOP("Recension::Report", "Title"), [](const Document &d) { return d.title; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "File"), [](const Document &d) { return d.displayName(); }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "SHA-256"), [](const Document &d) { return d.sha256; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "Encoding"), [](const Document &d) { return d.encoding; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "Language"), [](const Document &d) { return d.language; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "Words"),
            [](const Document &d) { return QLocale().toString(d.wordCount); }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "Format"), [](const Document &d) { return describe(d.format); })};
    // A publication is cited by its provenance; its rows come last, and only when a side
    // has one, so a report of two bare files reads as before.
    const std::array<SummaryField, 4> provenance{
        row(QT_TRANSLATE_NOOP("Recension::Report", "Outlet"),
            [](const Document &d) { return d.provenance.outlet; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "URL"),
            [](const Document &d) { return d.provenance.url; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "Published"),
            [](const Document &d) { return d.provenance.published; }),
        row(QT_TRANSLATE_NOOP("Recension::Report", "Retrieved"),
            [](const Document &d) { return d.provenance.retrieved; })};
    for (const SummaryField &field : provenance) {
        if (!field.values[Left].isEmpty() || !field.values[Right].isEmpty())
            fields.append(field);
    }
    return fields;
}

QList<SummaryField> pageOneDocumentFields(const Comparison &comparison)
{
    const QList<SummaryField> all = documentFields(comparison);
    QList<SummaryField> fields{all[0], all[1]};
    fields += all.mid(7); // the provenance rows
    fields << all[5] << all[2];
    return fields;
}

QVector<AsideEntry> asideEntries(const Comparison &comparison)
{
    QVector<AsideEntry> entries;
    for (Side side : {Left, Right}) {
        if (!comparison.documents[side])
            continue;
        for (const AsideParagraph &aside : comparison.documents[side]->setAside)
            entries.append({side, sourcePlace(aside.paragraph), describe(aside.kind), aside.paragraph.text});
    }
    return entries;
}

QString sourcePlace(const Paragraph &paragraph)
{
    if (paragraph.page > 0 && paragraph.lastPage > paragraph.page) {
        return ReportText::tr("page %1 line %2 to page %3 line %4")
            .arg(paragraph.page)
            .arg(paragraph.line)
            .arg(paragraph.lastPage)
            .arg(paragraph.lastLine);
    }
    QString lines = paragraph.lastLine > paragraph.line
        ? ReportText::tr("lines %1–%2").arg(paragraph.line).arg(paragraph.lastLine)
        : ReportText::tr("line %1").arg(paragraph.line);
    if (paragraph.page > 0)
        lines = ReportText::tr("page %1, %2").arg(paragraph.page).arg(lines);
    return lines;
}

QList<SummaryField> optionFields(const CompareOptions &options, ReportScope scope)
{
    const auto yesNo = [](bool value) {
        return value ? translated(QT_TRANSLATE_NOOP("Recension::Report", "yes"))
                     : translated(QT_TRANSLATE_NOOP("Recension::Report", "no"));
    };
    static const char *const scopes[] = {
        QT_TRANSLATE_NOOP("Recension::Report", "full text"),
        QT_TRANSLATE_NOOP("Recension::Report", "changed passages, with a sentence of context"),
        QT_TRANSLATE_NOOP("Recension::Report", "changes of fact only")};
    const QString shown = translated(scopes[static_cast<int>(scope)]);
    return {{translated(QT_TRANSLATE_NOOP("Recension::Report", "Ignore case")), {yesNo(options.ignoreCase), {}}},
            {translated(QT_TRANSLATE_NOOP("Recension::Report", "Ignore punctuation")),
             {yesNo(options.ignorePunctuation), {}}},
            {translated(QT_TRANSLATE_NOOP("Recension::Report", "Synonyms unimportant")),
             {yesNo(options.synonymsUnimportant), {}}},
            {translated(QT_TRANSLATE_NOOP("Recension::Report", "Default language")), {options.language, {}}},
            {translated(QT_TRANSLATE_NOOP("Recension::Report", "Report shows")), {shown, {}}}};
}

QString percent(double fraction)
{
    //: a percentage, e.g. "87.7 %"
    return translated(QT_TRANSLATE_NOOP("Recension::Report", "%1 %"))
        .arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString reportTitle()
{
    return translated(QT_TRANSLATE_NOOP("Recension::Report", "Comparison report"));
}

} // namespace Recension
