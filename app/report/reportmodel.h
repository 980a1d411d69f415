#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"
#include "report/rowlayout.h"

#include <QString>
#include <QVector>

#include <array>

namespace Recension {

/// A stretch of one paragraph as a report draws it. Offsets are UTF-16 into the paragraph.
struct Fragment
{
    int start = 0;
    int end = 0;
    QString text;
    int change = -1;     ///< index into Comparison::changes; -1: text both versions share
    bool elided = false; ///< stands for context left out (ChangesOnly); `text` is empty
};

/// One paragraph of a report cell.
struct CellParagraph
{
    int index = 0; ///< paragraph index in its document
    QVector<Fragment> fragments;
};

/// What one side of a row shows.
struct ReportCell
{
    QVector<CellParagraph> paragraphs; ///< empty: this side has nothing here
    bool movedAway = false; ///< the passage stands elsewhere on this side (ReportRow::counterpart)
};

/// How strongly a report draws a change: findings stand out, low changes recede.
enum class ChangeWeight { Light, Normal, Strong };

/// One row of the side-by-side comparison: a row of the shared RowLayout, with its text.
struct ReportRow
{
    int link = -1;          ///< index into Comparison::links; -1: paragraphs no link covers
    LinkKind kind = LinkKind::Identical;
    int layoutRow = -1;     ///< index into ReportModel::layout().rows()
    std::array<ReportCell, 2> cells;
    int movedChange = -1;   ///< the link's `moved` change, in both rows of a moved link
    int counterpart = -1;   ///< the other row of a moved link
    QVector<int> changes;   ///< Comparison::changes indices shown in the row, ascending
    /// ChangesOnly and FactChanges: paragraphs without a shown change folded away just
    /// before the row (the longer side's count).
    int omittedBefore = 0;
};

/// @brief What the PDF and HTML reports draw, worked out once: the rows of the one
/// RowLayout (the window's own), each paragraph cut into shared text and changes.
class ReportModel final
{
public:
    ReportModel(const Comparison &comparison, ReportScope scope);

    const Comparison &comparison() const { return m_comparison; }
    /// @brief The row layout the window draws too.
    const RowLayout &layout() const { return m_layout; }
    /// @brief The rows, in the layout's order (folded rows left out in the narrower scopes).
    const QVector<ReportRow> &rows() const { return m_rows; }
    /// @brief ChangesOnly and FactChanges: paragraphs folded away after the last row.
    int omittedAtEnd() const { return m_omittedAtEnd; }
    /// @brief True when the scope marks the change (FactChanges leaves low changes unmarked).
    bool isShown(int change) const;
    /// @brief How strongly to draw a change: high ones and those of a finding are Strong.
    ChangeWeight weight(int change) const;
    /// @brief The report row showing a paragraph of one side, or -1 (folded away).
    int rowOfParagraph(Side side, int paragraph) const;

    /// @brief Fragments of `side`'s paragraph between UTF-16 offsets `from` and `to` (-1: its end).
    QVector<Fragment> fragments(Side side, int paragraph, int from = 0, int to = -1) const;
    /// @brief Fragments of a span, one CellParagraph per paragraph it covers (quotations).
    QVector<CellParagraph> spanParagraphs(Side side, const Span &span) const;
    /// @brief The paragraph's text, empty when the index is out of range.
    QString paragraphText(Side side, int paragraph) const;

private:
    ReportCell makeCell(Side side, const QVector<int> &paragraphs, ReportScope scope) const;
    ReportRow makeRow(int layoutRow, ReportScope scope) const;
    void dropUnchangedRows(ReportScope scope);

    const Comparison &m_comparison;
    RowLayout m_layout;
    ReportScope m_scope;
    QVector<bool> m_inFinding; ///< per change index
    /// Per side and paragraph, the shown changes with a span there, ascending by start;
    /// `moved` changes are drawn as a whole row, never inline.
    std::array<QVector<QVector<int>>, 2> m_changesByParagraph;
    QVector<ReportRow> m_rows;
    int m_omittedAtEnd = 0;
};

} // namespace Recension
