#include "ui/view/rowgeometry.h"

#include <algorithm>

namespace Recension::Ui {

void RowGeometry::reset(int rowCount, int padding)
{
    m_cells.fill({0, 0}, rowCount);
    m_exact.fill(false, rowCount);
    m_exactCount = 0;
    m_padding = padding;
    m_tops.fill(0, rowCount + 1);
    m_dirtyFrom = 0;
}

void RowGeometry::setCellHeights(int row, std::array<int, 2> heights, bool exact)
{
    if (m_exact[row] != exact)
        m_exactCount += exact ? 1 : -1;
    m_exact[row] = exact;
    if (m_cells[row] == heights)
        return;
    m_cells[row] = heights;
    m_dirtyFrom = std::min(m_dirtyFrom, row + 1);
}

int RowGeometry::rowHeight(int row) const
{
    const auto &c = m_cells.at(row);
    return std::max(c[Left], c[Right]) + 2 * m_padding;
}

void RowGeometry::updateTops() const
{
    const int n = rowCount();
    if (m_dirtyFrom > n)
        return;
    for (int r = std::max(m_dirtyFrom, 1); r <= n; ++r)
        m_tops[r] = m_tops[r - 1] + rowHeight(r - 1);
    m_dirtyFrom = n + 1;
}

int RowGeometry::rowTop(int row) const
{
    updateTops();
    return m_tops.at(std::clamp(row, 0, rowCount()));
}

int RowGeometry::totalHeight() const
{
    updateTops();
    return m_tops.last();
}

int RowGeometry::rowAt(int y) const
{
    if (m_cells.isEmpty())
        return -1;
    updateTops();
    // The last top <= y.
    auto it = std::upper_bound(m_tops.begin(), m_tops.end() - 1, y);
    return std::clamp(int(it - m_tops.begin()) - 1, 0, rowCount() - 1);
}

int RowGeometry::nextInexact(int from) const
{
    if (m_exactCount == rowCount())
        return -1;
    for (int r = std::max(from, 0); r < rowCount(); ++r) {
        if (!m_exact[r])
            return r;
    }
    return -1;
}

} // namespace Recension::Ui
