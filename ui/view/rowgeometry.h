#pragma once

#include "compare/comparison.h"

#include <QVector>

#include <array>

namespace Recension::Ui {

/// @brief Heights and tops of the view's rows in pixels at one column width.
///
/// A row's height is its taller cell plus padding. Heights start as estimates and become
/// exact once the row is laid out; tops are prefix sums recomputed lazily from the first
/// row whose height changed, so refining a row costs nothing until a top is asked for.
class RowGeometry final
{
public:
    /// @brief Forgets every height: `rowCount` rows of height 0, all inexact.
    void reset(int rowCount, int padding);
    int rowCount() const { return int(m_cells.size()); }
    int padding() const { return m_padding; }

    void setCellHeights(int row, std::array<int, 2> heights, bool exact);
    bool isExact(int row) const { return m_exact.at(row); }
    int cellHeight(int row, Side side) const { return m_cells.at(row)[side]; }
    int rowHeight(int row) const;
    int rowTop(int row) const;
    int totalHeight() const;
    /// @brief The row covering pixel `y` (clamped to the first and last rows); -1 if empty.
    int rowAt(int y) const;
    /// @brief The first inexact row at or after `from`, or -1.
    int nextInexact(int from) const;
    int exactCount() const { return m_exactCount; }

private:
    void updateTops() const;

    QVector<std::array<int, 2>> m_cells;
    QVector<bool> m_exact;
    int m_exactCount = 0;
    int m_padding = 0;
    mutable QVector<int> m_tops; ///< m_tops[r] is the top of row r; size rowCount + 1
    mutable int m_dirtyFrom = 0; ///< m_tops is valid below this index
};

} // namespace Recension::Ui
