#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <memory>

namespace Recension {

/// The two versions of a comparison; index std::array<T, 2> with it.
enum Side { Left = 0, Right = 1 };

/// @brief The other side.
constexpr Side otherSide(Side side) { return side == Left ? Right : Left; }

/// The names and terms a newsroom watches: a change touching one is high and a finding.
struct WatchList
{
    QStringList terms;  ///< as written, one a line of the watch file, blank lines dropped
    QByteArray sha256;  ///< lower-case hex of the watch file's bytes (or of the joined terms)

    bool isEmpty() const { return terms.isEmpty(); }
    bool operator==(const WatchList &o) const { return terms == o.terms && sha256 == o.sha256; }
    bool operator!=(const WatchList &o) const { return !(*this == o); }
};

/// @brief What the user asked the comparison to ignore or treat as unimportant.
struct CompareOptions
{
    bool ignoreCase = false;
    bool ignorePunctuation = false;
    bool synonymsUnimportant = false;
    QString language = QStringLiteral("en"); ///< default for a document of unknown language
    WatchList watch;                          ///< empty: no watch list (the JSON null)

    bool operator==(const CompareOptions &o) const
    {
        return ignoreCase == o.ignoreCase && ignorePunctuation == o.ignorePunctuation
            && synonymsUnimportant == o.synonymsUnimportant && language == o.language
            && watch == o.watch;
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

/// Every category of the spec, in its JSON order (version 2 appended format, polarity
/// and hedge; the order of precedence when several fit is the spec's, not this one).
enum class Category {
    Inserted, Deleted, Replaced, Synonym, Inflection, Spelling, Number, Name, Speaker,
    Punctuation, Case, Moved, Format, Polarity, Hedge
};
constexpr int CategoryCount = 15;

/// @brief True for the categories that change a fact: number, speaker, name, polarity.
constexpr bool isFactCategory(Category c)
{
    return c == Category::Number || c == Category::Speaker || c == Category::Name
        || c == Category::Polarity;
}

enum class Severity { Low, Medium, High };
constexpr int SeverityCount = 3;

/// One divergence. Never crosses a paragraph boundary; changes never overlap.
struct Change
{
    int id = 0; ///< 1-based, in array order
    Category category = Category::Replaced;
    Severity severity = Severity::Medium;
    bool inQuote = false;
    bool watched = false;      ///< touches a term of the watch list (and is therefore high)
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

enum class FindingKind { Name, Number, Speaker, Polarity, Hedge, Watched, Quote, Claim };
constexpr int FindingKindCount = 8;

/// One thing a fact-checker must look at. The same change of fact made in several places
/// is one finding; its `changes` lists only medium and high changes.
struct Finding
{
    int id = 0;                          ///< 1-based, in array order (the order to look in)
    FindingKind kind = FindingKind::Name;
    Severity severity = Severity::High;  ///< High or Medium, never Low
    std::array<QString, 2> gist;         ///< the gist as text on each side ("" where none)
    QVector<int> changes;                ///< change ids, every place, ascending
    int quote = -1;                      ///< index into Comparison::quotes for kind Quote
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
    QVector<Finding> findings;
    /// Meaning kept: Dice over words equal or equivalent (same key, same dictionary form,
    /// thesaurus synonym). At most 0.9999 while any change other than case, punctuation
    /// or format remains.
    double similarity = 0.0;
    /// Wording kept: Dice over words with the same key only; capped like `similarity`.
    double wordsKept = 0.0;
    std::array<int, 2> wordCounts{{0, 0}};

    /// @brief Number of changes of each category, indexed by Category.
    std::array<int, CategoryCount> countByCategory() const;
    /// @brief Number of changes of each severity, indexed by Severity.
    std::array<int, SeverityCount> countBySeverity() const;
    /// @brief Number of quotations of each status, indexed by QuoteStatus.
    std::array<int, QuoteStatusCount> countByQuoteStatus() const;
    /// @brief Number of findings of each severity, indexed by Severity (Low stays 0).
    std::array<int, SeverityCount> countFindingsBySeverity() const;
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
QString toString(FindingKind kind);

} // namespace Recension
