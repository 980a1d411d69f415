#include "compare/auditcontext.h"

#include <algorithm>

namespace Recension {

TokenMap::TokenMap(const AuditContext &context, const Comparison &comparison)
{
    // One flat table per side (a list per paragraph cost an allocation for every row of a
    // table): m_firstToken[side][p] is where paragraph p's tokens begin in it.
    for (int side = 0; side < 2; ++side) {
        const auto &paragraphs = context.texts[side]->paragraphs;
        QVector<int> &first = m_firstToken[side];
        first.resize(paragraphs.size() + 1);
        first[0] = 0;
        for (int p = 0; p < paragraphs.size(); ++p)
            first[p + 1] = first[p] + int(paragraphs[p].tokens.size());
        m_counterparts[side].fill(PassageToken{-1, -1}, first.last());
        m_linkOf[side].fill(-1, paragraphs.size());
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
            m_counterparts[Left][m_firstToken[Left][a.paragraph] + a.token] = b;
            m_counterparts[Right][m_firstToken[Right][b.paragraph] + b.token] = a;
        }
    }
    m_links = comparison.links;
}

PassageToken TokenMap::counterpart(Side side, int paragraph, int token) const
{
    if (paragraph < 0 || paragraph + 1 >= m_firstToken[side].size())
        return PassageToken{-1, -1};
    const int first = m_firstToken[side][paragraph];
    const int count = m_firstToken[side][paragraph + 1] - first;
    return token >= 0 && token < count ? m_counterparts[side][first + token] : PassageToken{-1, -1};
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
    // Per side, the changes of each paragraph in one flat table (a list per paragraph cost
    // an allocation for every changed row of a table): m_first[side][p] is where paragraph
    // p's begin, m_first[side][p + 1] where they end.
    for (int side = 0; side < 2; ++side) {
        const DocumentPtr &document = comparison.documents[side];
        const int paragraphs = document ? int(document->paragraphs.size()) : 0;
        QVector<int> &first = m_first[side];
        first.fill(0, paragraphs + 1);
        for (const Change &change : comparison.changes) {
            const Span &span = change.sides[side];
            if (!span.isNull() && span.paragraph < paragraphs)
                ++first[span.paragraph + 1];
        }
        for (int p = 0; p < paragraphs; ++p)
            first[p + 1] += first[p];
        QVector<int> &indices = m_byParagraph[side];
        indices.resize(first.last());
        QVector<int> next = first;
        for (int i = 0; i < comparison.changes.size(); ++i) {
            const Span &span = comparison.changes[i].sides[side];
            if (!span.isNull() && span.paragraph < paragraphs)
                indices[next[span.paragraph]++] = i;
        }
        // Sorted by start with the running maximum of the ends, a look-up is a binary
        // search plus the changes it finds, not a scan of the paragraph (thousands of
        // changes in one paragraph made the audits quadratic).
        QVector<int> &reach = m_reach[side];
        reach.resize(indices.size());
        const auto startOf = [&](int i) { return comparison.changes[i].sides[side].start; };
        for (int p = 0; p < paragraphs; ++p) {
            const auto begin = indices.begin() + first[p];
            const auto end = indices.begin() + first[p + 1];
            std::stable_sort(begin, end, [&](int a, int b) { return startOf(a) < startOf(b); });
            int furthest = 0;
            for (int k = first[p]; k < first[p + 1]; ++k) {
                furthest = std::max(furthest, comparison.changes[indices[k]].sides[side].end);
                reach[k] = furthest;
            }
        }
    }
}

QVector<int> ChangeLocator::overlapping(Side side, int paragraph, int start, int end) const
{
    QVector<int> found;
    if (paragraph < 0 || paragraph + 1 >= m_first[side].size())
        return found;
    const int begin = m_first[side][paragraph];
    const int last = m_first[side][paragraph + 1];
    const QVector<int> &list = m_byParagraph[side];
    const QVector<int> &reach = m_reach[side];
    const int first = int(std::upper_bound(reach.cbegin() + begin, reach.cbegin() + last, start) - reach.cbegin());
    for (int k = first; k < last; ++k) {
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
