#include "compare/phrasealigner.h"

#include <algorithm>

namespace Recension {

namespace {

/// How far from the diagonal of the run a pairing may stray, in words.
constexpr int kBand = 3;

} // namespace

PhraseBand::PhraseBand(int leftWords, int rightWords) : m_n(leftWords), m_m(rightWords)
{
    const int half = kBand + (m_m + m_n - 1) / m_n + 1;
    const int width = 2 * half + 1;
    m_low.resize(size_t(m_n) + 1);
    m_high.resize(size_t(m_n) + 1);
    m_offset.resize(size_t(m_n) + 1);
    for (int i = 0; i <= m_n; ++i) {
        const int centre = int((qint64(i) * m_m + m_n / 2) / m_n);
        m_low[size_t(i)] = std::max(0, centre - half);
        m_high[size_t(i)] = std::min(m_m, centre + half);
        m_offset[size_t(i)] = i * width - centre + half;
    }
    m_cells.resize(size_t(m_n + 1) * size_t(width));
}

QVector<PhraseSegment> PhraseBand::segments() const
{
    QVector<PhraseSegment> reversed;
    int i = m_n, j = m_m;
    while (i > 0 || j > 0) {
        const Cell &cell = m_cells[size_t(m_offset[size_t(i)] + j)];
        PhraseSegment segment;
        segment.end = {{i, j}};
        segment.begin = {{i - cell.leftStep, j - cell.rightStep}};
        segment.relation = cell.relation;
        if (segment.isGap() && !reversed.isEmpty() && reversed.last().isGap())
            reversed.last().begin = segment.begin;
        else
            reversed.append(segment);
        i = segment.begin[Left];
        j = segment.begin[Right];
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace Recension
