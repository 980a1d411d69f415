#include "compare/comparison.h"

namespace Recension {

std::array<int, CategoryCount> Comparison::countByCategory() const
{
    std::array<int, CategoryCount> counts{};
    for (const Change &change : changes)
        ++counts[static_cast<int>(change.category)];
    return counts;
}

std::array<int, SeverityCount> Comparison::countBySeverity() const
{
    std::array<int, SeverityCount> counts{};
    for (const Change &change : changes)
        ++counts[static_cast<int>(change.severity)];
    return counts;
}

std::array<int, QuoteStatusCount> Comparison::countByQuoteStatus() const
{
    std::array<int, QuoteStatusCount> counts{};
    for (const Quote &quote : quotes)
        ++counts[static_cast<int>(quote.status)];
    return counts;
}

std::array<int, SeverityCount> Comparison::countFindingsBySeverity() const
{
    std::array<int, SeverityCount> counts{};
    for (const Finding &finding : findings)
        ++counts[static_cast<int>(finding.severity)];
    return counts;
}

QString Comparison::spanText(Side side, const Span &span) const
{
    const DocumentPtr &doc = documents[side];
    if (span.isNull() || !doc || span.paragraph >= doc->paragraphs.size())
        return {};
    const QString &text = doc->paragraphs[span.paragraph].text;
    if (span.lastParagraph() == span.paragraph)
        return text.mid(span.start, span.end - span.start);
    QStringList parts{text.mid(span.start)};
    for (int p = span.paragraph + 1; p < span.lastParagraph() && p < doc->paragraphs.size(); ++p)
        parts << doc->paragraphs[p].text;
    if (span.lastParagraph() < doc->paragraphs.size())
        parts << doc->paragraphs[span.lastParagraph()].text.left(span.end);
    return parts.join(QLatin1Char('\n'));
}

QString toString(LinkKind kind)
{
    static const char *const names[] = {"identical", "modified", "paraphrased",
                                        "moved",     "deleted",  "inserted"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

QString toString(Category category)
{
    static const char *const names[] = {"inserted", "deleted",  "replaced",    "synonym",
                                        "inflection", "spelling", "number",    "name",
                                        "speaker",  "punctuation", "case",     "moved",
                                        "format",   "polarity", "hedge"};
    static_assert(sizeof(names) / sizeof(names[0]) == CategoryCount);
    return QString::fromLatin1(names[static_cast<int>(category)]);
}

QString toString(Severity severity)
{
    static const char *const names[] = {"low", "medium", "high"};
    return QString::fromLatin1(names[static_cast<int>(severity)]);
}

QString toString(QuoteStatus status)
{
    static const char *const names[] = {"verbatim", "altered", "missing", "added", "unquoted"};
    return QString::fromLatin1(names[static_cast<int>(status)]);
}

QString toString(FactKind kind)
{
    static const char *const names[] = {"number", "name", "title", "organisation", "date"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

QString toString(FactStatus status)
{
    static const char *const names[] = {"same", "changed", "missing", "added"};
    return QString::fromLatin1(names[static_cast<int>(status)]);
}

QString toString(FindingKind kind)
{
    static const char *const names[] = {"name",    "number",  "speaker", "polarity",
                                        "hedge",   "watched", "quote",   "claim"};
    static_assert(sizeof(names) / sizeof(names[0]) == FindingKindCount);
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

} // namespace Recension
