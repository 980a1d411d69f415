// Painting of SideBySideView: cells, gaps, marks and the connector strip.
#include "ui/view/sidebysideview.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLine>

namespace Recension::Ui {

namespace {

constexpr int SideBarWidth = 3;

} // namespace

void SideBySideView::paintEvent(QPaintEvent *)
{
    ensureVisibleExact();
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), m_palette.base);
    if (!m_comparison) {
        painter.setPen(m_palette.mutedText);
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Open two versions of an article to compare them: File ▸ Open, "
                            "drag files here, or paste text copied from a browser."));
        paintCaretAndFocus(painter);
        return;
    }
    const int first = firstVisibleRow();
    if (first < 0) {
        paintCaretAndFocus(painter);
        return;
    }
    int last = first;
    const int bottom = scrollY() + viewport()->height();
    for (int r = first; r < m_rows.rowCount() && m_geometry.rowTop(r) < bottom; ++r) {
        paintRow(painter, r, m_geometry.rowTop(r) - scrollY());
        last = r;
    }
    paintConnector(painter, first, last);
    paintCaretAndFocus(painter);
}

void SideBySideView::paintRow(QPainter &painter, int row, int y)
{
    const int height = m_geometry.rowHeight(row);
    for (Side side : {Left, Right}) {
        const QRect column = columnRect(side);
        paintCell(painter, row, side, QRect(column.left(), y, column.width(), height));
    }
    painter.setPen(m_palette.rowRule);
    for (Side side : {Left, Right}) {
        const QRect column = columnRect(side);
        painter.drawLine(column.left(), y + height - 1, column.right(), y + height - 1);
    }
}

void SideBySideView::paintCell(QPainter &painter, int row, Side side, const QRect &rect)
{
    const Row &r = m_rows.row(row);
    if (!r.aside[side].isEmpty()) {
        paintAside(painter, row, side, rect);
        return;
    }
    if (!r.hasSide(side)) {
        painter.fillRect(rect, m_palette.gapFill);
        painter.fillRect(rect, QBrush(m_palette.gapHatch, Qt::BDiagPattern));
        return;
    }
    painter.fillRect(rect, m_palette.tint(r.kind));
    const CellLayout *c = cell(row, side);
    const qreal x = rect.left() + m_cellPadding;
    const qreal y = rect.top() + m_geometry.padding();
    if (r.kind == LinkKind::Moved) {
        painter.fillRect(QRectF(rect.left() + 2, y, SideBarWidth, c->height),
                         m_palette.mark(Category::Moved));
    }

    const Change *current = m_currentChange >= 0 ? &m_comparison->changes[m_currentChange]
                                                 : nullptr;
    for (size_t k = 0; k < c->paragraphs.size(); ++k) {
        const int paragraph = r.paragraphs[side][int(k)];
        const QTextLayout &layout = *c->paragraphs[k];
        const QPointF origin(x, y + c->tops[int(k)]);
        painter.setPen(m_palette.text);
        layout.draw(&painter, origin,
                    selectionFormats(side, paragraph, int(layout.text().size())));
        ChangeStyle::paintMarks(painter, layout, origin, m_marks[side][paragraph], m_palette);

        for (int m : m_matchesOfParagraph[side].value(paragraph)) {
            const FindMatch &match = m_matches[m];
            const auto rects = ChangeStyle::rangeRects(layout, origin, match.start,
                                                       match.start + match.length);
            // A wash and an outline: a fill alone could pass for a category's colour.
            const bool current = m == m_currentMatch;
            painter.setPen(QPen(m_palette.findCurrent, current ? 2.5 : 1));
            for (const QRectF &rr : rects) {
                painter.fillRect(rr, m_palette.findMatch);
                painter.drawRect(rr.adjusted(-1, -1, 1, 1));
            }
        }
        if (current && !current->sides[side].isNull()
            && current->sides[side].paragraph == paragraph) {
            const Span &span = current->sides[side];
            const int end = span.lastParagraph() == span.paragraph ? span.end
                                                                   : int(layout.text().size());
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(m_palette.currentFrame, 2));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &rr : ChangeStyle::rangeRects(layout, origin, span.start,
                                                            qMax(end, span.start + 1)))
                painter.drawRoundedRect(rr.adjusted(-2, -1, 2, 1), 3, 3);
            painter.restore();
        }
    }
}

void SideBySideView::paintConnector(QPainter &painter, int firstRow, int lastRow)
{
    const QRect strip(columnRect(Left).right() + 1, 0,
                      columnRect(Right).left() - columnRect(Left).right() - 1,
                      viewport()->height());
    painter.fillRect(strip, m_palette.connectorBase);
    painter.save();
    painter.setClipRect(strip);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int r = firstRow; r <= lastRow; ++r) {
        if (!m_rows.row(r).split && !m_rows.row(r).isAside())
            paintBand(painter, {r, r}, m_rows.row(r).kind);
    }
    for (int link : m_rows.splitLinks()) {
        const auto rows = m_rows.rowsOfLink(link);
        if ((rows[Left] < firstRow && rows[Right] < firstRow)
            || (rows[Left] > lastRow && rows[Right] > lastRow))
            continue;
        paintBand(painter, rows, m_comparison->links[link].kind);
    }
    painter.restore();
}

/// A band from the left cell of rows[Left] to the right cell of rows[Right]. A side with
/// no text narrows the band to a point where the passage would stand.
void SideBySideView::paintBand(QPainter &painter, std::array<int, 2> rows, LinkKind kind)
{
    std::array<qreal, 2> top{};
    std::array<qreal, 2> bottom{};
    for (Side side : {Left, Right}) {
        const int row = rows[side];
        const qreal rowTop = m_geometry.rowTop(row) - scrollY();
        if (m_rows.row(row).hasSide(side)) {
            top[side] = rowTop + m_geometry.padding();
            bottom[side] = top[side] + m_geometry.cellHeight(row, side);
        } else {
            top[side] = bottom[side] = rowTop;
        }
    }
    const qreal x0 = columnRect(Left).right() + 1;
    const qreal x1 = columnRect(Right).left();
    const qreal mid = (x0 + x1) / 2;
    QPainterPath path(QPointF(x0, top[Left]));
    path.cubicTo(mid, top[Left], mid, top[Right], x1, top[Right]);
    path.lineTo(x1, bottom[Right]);
    path.cubicTo(mid, bottom[Right], mid, bottom[Left], x0, bottom[Left]);
    path.closeSubpath();
    const QColor colour = m_palette.band(kind);
    painter.setPen(QPen(m_palette.dark ? colour.lighter(130) : colour.darker(125), 1));
    painter.setBrush(colour);
    painter.drawPath(path);
}

} // namespace Recension::Ui
