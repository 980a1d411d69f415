#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

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

/// One row of the side-by-side comparison: a link, or one half of a moved link.
struct ReportRow
{
    int link = -1;          ///< index into Comparison::links
    std::array<ReportCell, 2> cells;
    int movedChange = -1;   ///< the link's `moved` change, in both rows of a moved link
    int counterpart = -1;   ///< the other row of a moved link
    QVector<int> changes;   ///< Comparison::changes indices shown in the row, ascending
    int omittedBefore = 0;  ///< ChangesOnly: unchanged passages left out just before the row
};

/// @brief What the PDF and HTML reports draw, worked out once: rows in reading order and
/// each paragraph cut into shared text and changes. Print and screen share this one model.
class ReportModel final
{
public:
    ReportModel(const Comparison &comparison, ReportScope scope);

    const Comparison &comparison() const { return m_comparison; }
    /// @brief The rows: links in the left version's order, a moved link's right half where
    /// its right side stands.
    const QVector<ReportRow> &rows() const { return m_rows; }
    /// @brief ChangesOnly: unchanged passages left out after the last row.
    int omittedAtEnd() const { return m_omittedAtEnd; }

    /// @brief Fragments of `side`'s paragraph between UTF-16 offsets `from` and `to` (-1: its end).
    QVector<Fragment> fragments(Side side, int paragraph, int from = 0, int to = -1) const;
    /// @brief Fragments of a span, one CellParagraph per paragraph it covers (quotations).
    QVector<CellParagraph> spanParagraphs(Side side, const Span &span) const;
    /// @brief The paragraph's text, empty when the index is out of range.
    QString paragraphText(Side side, int paragraph) const;

private:
    ReportCell makeCell(Side side, const QVector<int> &paragraphs, ReportScope scope) const;
    ReportRow makeRow(int link, ReportScope scope, bool leftHalf, bool rightHalf) const;
    void placeMovedHalves(ReportScope scope);
    void dropUnchangedRows();

    const Comparison &m_comparison;
    /// Per side and paragraph, the changes with a span there, ascending by start; `moved`
    /// changes are drawn as a whole row, never inline.
    std::array<QVector<QVector<int>>, 2> m_changesByParagraph;
    QVector<ReportRow> m_rows;
    int m_omittedAtEnd = 0;
};

} // namespace Recension
