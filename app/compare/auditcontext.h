#pragma once

#include "compare/comparison.h"
#include "compare/quoteindex.h"
#include "compare/worddiff.h"
#include "compare/wordrelation.h"

#include <QSet>
#include <QVector>

#include <array>
#include <vector>

namespace Recension {

/// What the quote and fact audits read: everything compareDocuments() had in scope once the
/// changes were numbered. `diffs` is parallel to Comparison::links.
struct AuditContext
{
    std::array<const AnalysedDocument *, 2> texts;
    const WordFacts &facts;
    const std::array<QuoteIndex, 2> &quotes;
    const QSet<quint32> &functionWords;
    const std::vector<PassageDiff> &diffs;
};

/// @brief Which word faces which: the equal tokens of every passage's word diff, both ways.
class TokenMap final
{
public:
    TokenMap(const AuditContext &context, const Comparison &comparison);

    /// @brief The token equal to (paragraph, token) of `side` on the other side, or a
    /// PassageToken with paragraph -1.
    PassageToken counterpart(Side side, int paragraph, int token) const;
    /// @brief The other side's paragraphs that share a link with `paragraph` of `side`.
    QVector<int> facingParagraphs(Side side, int paragraph) const;

private:
    std::array<QVector<PassageToken>, 2> m_counterparts; ///< [side][first token of paragraph + token]
    std::array<QVector<int>, 2> m_firstToken; ///< [side][paragraph] its first entry above
    std::array<QVector<int>, 2> m_linkOf; ///< [side][paragraph] its link, -1 for none
    QVector<Link> m_links;                ///< shared with the comparison's (implicitly)
};

/// @brief The changes lying on each paragraph of each side, for overlap look-ups.
class ChangeLocator final
{
public:
    explicit ChangeLocator(const Comparison &comparison);

    /// @brief Indices into Comparison::changes whose `side` span overlaps [start, end) of
    /// the paragraph (UTF-16), ascending. Zero-width changes (moved markers) never overlap.
    QVector<int> overlapping(Side side, int paragraph, int start, int end) const;

private:
    const Comparison &m_comparison;
    std::array<QVector<int>, 2> m_first; ///< [side][paragraph] its first entry in the tables below
    std::array<QVector<int>, 2> m_byParagraph; ///< [side] change indices, by paragraph, then start
    std::array<QVector<int>, 2> m_reach; ///< [side] running maximum of their ends, per paragraph
};

/// @brief The word tokens of a document lying inside [start, end) of a paragraph (UTF-16).
QVector<PassageToken> wordsIn(const AnalysedDocument &text, int paragraph, int start, int end);

/// @brief Index of the token that contains UTF-16 offset `offset` of a paragraph (the last
/// token when it lies past the end).
int tokenAt(const AnalysedParagraph &paragraph, int offset);

} // namespace Recension
