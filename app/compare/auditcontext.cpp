#include "compare/auditcontext.h"

#include <algorithm>

namespace Recension {

TokenMap::TokenMap(const AuditContext &context, const Comparison &comparison)
{
    for (int side = 0; side < 2; ++side) {
        const auto &paragraphs = context.texts[side]->paragraphs;
        m_counterparts[side].resize(paragraphs.size());
        m_linkOf[side].fill(-1, paragraphs.size());
        for (int p = 0; p < paragraphs.size(); ++p)
            m_counterparts[side][p].fill(PassageToken{-1, -1}, paragraphs[p].tokens.size());
    }
    const auto size = std::min(comparison.links.size(), qsizetype(context.diffs.size()));
    for (qsizetype i = 0; i < size; ++i) {
        const Link &link = comparison.links[i];
        // Links partition the paragraphs: a paragraph faces its link's other side. Copying
        // that side into every paragraph cost the square of a link of thousands of them.
        for (int side = 0; side < 2; ++side)
            for (int p : link.paragraphs[side])
                if (p < m_linkOf[side].size())
                    m_linkOf[side][p] = int(i);
        const PassageDiff &diff = context.diffs[i];
        for (const auto &pair : diff.common) {
            const PassageToken &a = diff.sequence[Left][pair.first];
            const PassageToken &b = diff.sequence[Right][pair.second];
            m_counterparts[Left][a.paragraph][a.token] = b;
            m_counterparts[Right][b.paragraph][b.token] = a;
        }
    }
    m_links = comparison.links;
}

PassageToken TokenMap::counterpart(Side side, int paragraph, int token) const
{
    if (paragraph < 0 || paragraph >= m_counterparts[side].size())
        return PassageToken{-1, -1};
    const QVector<PassageToken> &tokens = m_counterparts[side][paragraph];
    return token >= 0 && token < tokens.size() ? tokens[token] : PassageToken{-1, -1};
}

QVector<int> TokenMap::facingParagraphs(Side side, int paragraph) const
{
    if (paragraph < 0 || paragraph >= m_linkOf[side].size() || m_linkOf[side][paragraph] < 0)
        return {};
    return m_links[m_linkOf[side][paragraph]].paragraphs[otherSide(side)];
}

ChangeLocator::ChangeLocator(const Comparison &comparison)
    : m_comparison(comparison)
{
    for (int side = 0; side < 2; ++side) {
        const DocumentPtr &document = comparison.documents[side];
        m_byParagraph[side].resize(document ? document->paragraphs.size() : 0);
    }
    for (int i = 0; i < comparison.changes.size(); ++i) {
        for (int side = 0; side < 2; ++side) {
            const Span &span = comparison.changes[i].sides[side];
            if (!span.isNull() && span.paragraph < m_byParagraph[side].size())
                m_byParagraph[side][span.paragraph].append(i);
        }
    }
    // Sorted by start with the running maximum of the ends, a look-up is a binary search
    // plus the changes it finds, not a scan of the paragraph (thousands of changes in one
    // paragraph made the audits quadratic).
    for (int side = 0; side < 2; ++side) {
        m_reach[side].resize(m_byParagraph[side].size());
        for (int p = 0; p < m_byParagraph[side].size(); ++p) {
            QVector<int> &list = m_byParagraph[side][p];
            const auto startOf = [&](int i) { return comparison.changes[i].sides[side].start; };
            std::stable_sort(list.begin(), list.end(),
                             [&](int a, int b) { return startOf(a) < startOf(b); });
            QVector<int> &reach = m_reach[side][p];
            reach.reserve(list.size());
            int furthest = 0;
            for (int i : list) {
                furthest = std::max(furthest, comparison.changes[i].sides[side].end);
                reach.append(furthest);
            }
        }
    }
}

QVector<int> ChangeLocator::overlapping(Side side, int paragraph, int start, int end) const
{
    QVector<int> found;
    if (paragraph < 0 || paragraph >= m_byParagraph[side].size())
        return found;
    const QVector<int> &list = m_byParagraph[side][paragraph];
    const QVector<int> &reach = m_reach[side][paragraph];
    const int first = int(std::upper_bound(reach.cbegin(), reach.cend(), start) - reach.cbegin());
    for (int k = first; k < list.size(); ++k) {
        const Span &span = m_comparison.changes[list[k]].sides[side];
        if (span.start >= end)
            break;
        if (span.end > span.start && span.end > start)
            found.append(list[k]);
    }
    std::sort(found.begin(), found.end());
    return found;
}

int tokenAt(const AnalysedParagraph &paragraph, int offset)
{
    const QVector<Token> &tokens = paragraph.tokens;
    if (tokens.isEmpty())
        return -1;
    auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), offset,
                               [](int pos, const Token &t) { return pos < t.start; });
    return it == tokens.cbegin() ? 0 : int(it - tokens.cbegin()) - 1;
}

QVector<PassageToken> wordsIn(const AnalysedDocument &text, int paragraph, int start, int end)
{
    QVector<PassageToken> words;
    if (paragraph < 0 || paragraph >= text.paragraphs.size())
        return words;
    const QVector<Token> &tokens = text.paragraphs[paragraph].tokens;
    const int first = std::max(0, tokenAt(text.paragraphs[paragraph], start));
    for (int t = first; t < tokens.size() && tokens[t].start < end; ++t)
        if (tokens[t].isWord() && tokens[t].start >= start && tokens[t].end() <= end)
            words.append(PassageToken{paragraph, t});
    return words;
}

} // namespace Recension
