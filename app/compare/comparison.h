#pragma once

#include "document/document.h"

#include <QString>
#include <QVector>

#include <array>
#include <memory>

namespace Recension {

/// The two versions of a comparison; index std::array<T, 2> with it.
enum Side { Left = 0, Right = 1 };

/// @brief The other side.
constexpr Side otherSide(Side side) { return side == Left ? Right : Left; }

/// @brief What the user asked the comparison to ignore or treat as unimportant.
struct CompareOptions
{
    bool ignoreCase = false;
    bool ignorePunctuation = false;
    bool synonymsUnimportant = false;
    QString language = QStringLiteral("en"); ///< default for a document of unknown language

    bool operator==(const CompareOptions &o) const
    {
        return ignoreCase == o.ignoreCase && ignorePunctuation == o.ignorePunctuation
            && synonymsUnimportant == o.synonymsUnimportant && language == o.language;
    }
    bool operator!=(const CompareOptions &o) const { return !(*this == o); }
};

/// A stretch of one version's text. Offsets are UTF-16 (the JSON writer converts to code
/// points); `end` is exclusive and counts in `endParagraph`, which equals `paragraph`
/// unless the span runs on into later paragraphs (quotations only).
struct Span
{
    int paragraph = -1; ///< -1: no span (the JSON null)
    int start = 0;
    int end = 0;
    int endParagraph = -1; ///< -1: same as paragraph

    bool isNull() const { return paragraph < 0; }
    int lastParagraph() const { return endParagraph < 0 ? paragraph : endParagraph; }
    bool operator==(const Span &o) const
    {
        return paragraph == o.paragraph && start == o.start && end == o.end
            && lastParagraph() == o.lastParagraph();
    }
};

enum class LinkKind { Identical, Modified, Paraphrased, Moved, Deleted, Inserted };

/// A finer link inside a passage: sentence indices counted within the link's paragraphs
/// of each side, in order (sentence i of the first paragraph, then of the next, ...).
struct SentenceLink
{
    std::array<QVector<int>, 2> sentences;
    double score = 0.0;
};

/// One aligned (or unmatched) passage. Links are ordered by their position in the left
/// document; a link with no left side sits where its right side falls between the others.
struct Link
{
    LinkKind kind = LinkKind::Identical;
    std::array<QVector<int>, 2> paragraphs; ///< ascending paragraph indices of each side
    double score = 0.0;                     ///< 0..1 similarity of the two sides
    QVector<SentenceLink> sentences;
};

/// Every category of the spec, in its JSON order.
enum class Category {
    Inserted, Deleted, Replaced, Synonym, Inflection, Spelling, Number, Name, Speaker,
    Punctuation, Case, Moved
};
constexpr int CategoryCount = 12;

enum class Severity { Low, Medium, High };
constexpr int SeverityCount = 3;

/// One divergence. Never crosses a paragraph boundary; changes never overlap.
struct Change
{
    int id = 0; ///< 1-based, in array order
    Category category = Category::Replaced;
    Severity severity = Severity::Medium;
    bool inQuote = false;
    std::array<Span, 2> sides; ///< a null Span where the side has nothing (insert/delete)
    int link = -1;             ///< index into Comparison::links of the passage it lies in
};

enum class QuoteStatus { Verbatim, Altered, Missing, Added, Unquoted };
constexpr int QuoteStatusCount = 5;

/// A quotation of either version and what became of it in the other.
struct Quote
{
    QuoteStatus status = QuoteStatus::Verbatim;
    QString speaker;           ///< empty: not known (the JSON null)
    std::array<Span, 2> sides; ///< null on the side where it is missing/added
    double similarity = 0.0;
    QVector<int> changes;      ///< ids of the changes inside this quotation
};

enum class FactKind { Number, Name, Title, Organisation, Date };
enum class FactStatus { Same, Changed, Missing, Added };

/// A number, name, title, organisation or date of one version and its fate in the other.
struct Fact
{
    FactKind kind = FactKind::Number;
    FactStatus status = FactStatus::Same;
    std::array<Span, 2> sides;
    QVector<int> changes;
};

/// @brief The immutable result of comparing two documents: what every view and report reads.
class Comparison final
{
public:
    std::array<DocumentPtr, 2> documents;
    CompareOptions options;
    QVector<Link> links;
    QVector<Change> changes;
    QVector<Quote> quotes;
    QVector<Fact> facts;
    double similarity = 0.0; ///< Dice coefficient over the words of both documents
    std::array<int, 2> wordCounts{{0, 0}};

    /// @brief Number of changes of each category, indexed by Category.
    std::array<int, CategoryCount> countByCategory() const;
    /// @brief Number of changes of each severity, indexed by Severity.
    std::array<int, SeverityCount> countBySeverity() const;
    /// @brief Number of quotations of each status, indexed by QuoteStatus.
    std::array<int, QuoteStatusCount> countByQuoteStatus() const;
    /// @brief The text a span covers (its first paragraph's part when it runs on).
    QString spanText(Side side, const Span &span) const;
};

using ComparisonPtr = std::shared_ptr<const Comparison>;

/// @brief Lower-case spec name of each enumeration value, as in the JSON contract.
QString toString(LinkKind kind);
QString toString(Category category);
QString toString(Severity severity);
QString toString(QuoteStatus status);
QString toString(FactKind kind);
QString toString(FactStatus status);

} // namespace Recension
