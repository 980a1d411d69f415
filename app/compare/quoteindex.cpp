#include "compare/quoteindex.h"

#include <algorithm>

namespace Recension {

QuoteIndex::QuoteIndex(const AnalysedDocument &document)
    : m_intervals(document.paragraphs.size())
{
    const auto &paragraphs = document.document->paragraphs;
    for (const QuoteSpan &quote : document.quotes) {
        for (int p = quote.paragraph; p <= quote.endParagraph && p < m_intervals.size(); ++p) {
            const int start = p == quote.paragraph ? quote.start : 0;
            const int end = p == quote.endParagraph ? quote.end : int(paragraphs[p].text.size());
            m_intervals[p].append(Interval{start, end});
        }
    }
    for (auto &list : m_intervals)
        std::sort(list.begin(), list.end(),
                  [](const Interval &a, const Interval &b) { return a.start < b.start; });
}

bool QuoteIndex::overlaps(int paragraph, int start, int end) const
{
    if (paragraph < 0 || paragraph >= m_intervals.size())
        return false;
    const auto &list = m_intervals[paragraph];
    // The first interval ending after `start` is the only candidate that can overlap.
    auto it = std::upper_bound(list.cbegin(), list.cend(), start,
                               [](int pos, const Interval &i) { return pos < i.end; });
    for (; it != list.cend() && it->start <= end; ++it)
        if (it->start < std::max(end, start + 1) && it->end > start)
            return true;
    return false;
}

} // namespace Recension
