#pragma once

#include "report/pdftext.h"

#include <QColor>
#include <QVector>

class QPainter;

namespace Recension {

/// One column of a block: laid-out text at a horizontal position of the page body.
struct PdfCell
{
    PdfText text;
    qreal x = 0;          ///< left edge of the text, from the body's left edge
    qreal padding = 0;    ///< around the text, inside the fill
    QColor fill;          ///< background of the cell; invalid: none
    QColor sideBar;       ///< bar along the cell's left edge; invalid: none
};

/// A unit of the page flow: a heading, a summary table, one row of two versions.
struct PdfBlock
{
    QVector<PdfCell> cells;
    qreal padding = 0;        ///< above and below the cells' text, in every slice
    qreal spaceBefore = 0;    ///< gap above the block unless it opens a page
    bool newPage = false;     ///< the block opens a page
    bool keepWithNext = false;///< a heading: never the last thing on a page
    bool ruleAbove = false;   ///< a thin rule across the body above the block
    int row = -1;             ///< the ReportModel row drawn, for page look-ups
    int header = -1;          ///< a table's header block, repeated above this block on a new page

    qreal height() const;
};

/// The part of a block that lands on one page.
struct PdfSlice
{
    int block = 0;
    int page = 0;  ///< 0-based
    qreal y = 0;   ///< top, from the body's top edge
    qreal height = 0;
    QVector<QPair<qreal, qreal>> ranges; ///< per cell, [from, to) of its text
};

/// @brief Cuts the flow of blocks into pages of `bodyHeight`: a block moves to the next
/// page when it does not fit, and is split between lines only when taller than a page; a
/// table's header block is repeated at the top of each page the table runs on to.
QVector<PdfSlice> paginate(const QVector<PdfBlock> &blocks, qreal bodyHeight, qreal minimumSlice);

/// @brief Paints one slice with the body's top-left corner at the painter's origin.
void paintSlice(QPainter &painter, const PdfBlock &block, const PdfSlice &slice, qreal bodyWidth);

} // namespace Recension
