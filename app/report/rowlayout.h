#pragma once

#include "compare/comparison.h"

#include <QVector>

#include <array>

namespace Recension {

/// One row of the side-by-side comparison, on screen and on paper. Every row has both
/// sides; an empty side is a gap.
struct LayoutRow
{
    int link = -1; ///< index into Comparison::links; -1: paragraphs no link covers
    LinkKind kind = LinkKind::Identical;
    std::array<QVector<int>, 2> paragraphs; ///< ascending paragraph indices of each side
    /// True when this row holds one side of a link whose other side stands on another
    /// row (a moved passage, or a link out of order): the connector draws a sloped band.
    bool split = false;
    /// Paragraphs set aside as page clutter (indices into Document::setAside) that this
    /// row shows greyed where they stood; such a row holds no compared paragraph.
    std::array<QVector<int>, 2> aside;

    bool hasSide(Side side) const { return !paragraphs[side].isEmpty(); }
    bool isAside() const { return !aside[Left].isEmpty() || !aside[Right].isEmpty(); }
};

/// @brief The one row layout of the comparison: which passages face each other, where
/// gaps stand and where moved passages go. The window draws it and the PDF and HTML
/// reports print it, so that screen and paper show the same rows.
///
/// Invariants: every paragraph of either document appears on exactly one row; reading a
/// column from top to bottom gives its paragraphs in ascending order; a link whose sides
/// cannot face each other without breaking that order (every `moved` link, and any link
/// out of order) appears as two rows, each facing a gap.
class RowLayout
{
public:
    /// Whether paragraphs set aside as page clutter get rows of their own.
    enum class Clutter { Hidden, Shown };

    RowLayout() = default;
    /// With Clutter::Shown, each run of paragraphs set aside stands on a row of its own
    /// (LayoutRow::aside) just above the row of the paragraph that followed it; runs of
    /// both sides at one place share the row. The invariants above hold for the rest.
    explicit RowLayout(const Comparison &comparison, Clutter clutter = Clutter::Hidden);

    int rowCount() const { return int(m_rows.size()); }
    const LayoutRow &row(int index) const { return m_rows.at(index); }
    const QVector<LayoutRow> &rows() const { return m_rows; }
    /// @brief The row showing a paragraph of one side, or -1.
    int rowOfParagraph(Side side, int paragraph) const;
    /// @brief Position of a paragraph inside its row's cell (0 for the first), or -1.
    int indexInCell(Side side, int paragraph) const;
    /// @brief Rows holding each side of a link (-1 for a side the link does not have).
    std::array<int, 2> rowsOfLink(int link) const;
    /// @brief Links shown on two rows, for the sloped connector bands.
    const QVector<int> &splitLinks() const { return m_splitLinks; }
    /// @brief Rows a change's sides stand on (-1 for a null side).
    std::array<int, 2> rowsOfChange(const Change &change) const;

private:
    void insertAsideRows(const Comparison &comparison);

    QVector<LayoutRow> m_rows;
    std::array<QVector<int>, 2> m_rowOfParagraph;
    QVector<std::array<int, 2>> m_rowsOfLink;
    QVector<int> m_splitLinks;
};

} // namespace Recension
