#include "report/pdfpages.h"

#include <QPainter>

#include <algorithm>

namespace Recension {

qreal PdfBlock::height() const
{
    qreal tallest = 0;
    for (const PdfCell &cell : cells)
        tallest = std::max(tallest, cell.text.height());
    return tallest + 2 * padding;
}

QVector<PdfSlice> paginate(const QVector<PdfBlock> &blocks, qreal bodyHeight, qreal minimumSlice)
{
    QVector<PdfSlice> slices;
    int page = 0;
    qreal y = 0;
    const auto newPage = [&] {
        ++page;
        y = 0;
    };
    const auto wholeSlice = [&](int b) {
        PdfSlice slice{b, page, y, blocks[b].height(), {}};
        for (const PdfCell &cell : blocks[b].cells)
            slice.ranges.append({0.0, cell.text.height()});
        slices.append(slice);
        y += slice.height;
    };
    // Above a table's block that opens a page, its header again (not above the header itself).
    const auto repeatHeader = [&](const PdfBlock &block) {
        if (y == 0 && block.header >= 0 && !slices.isEmpty() && slices.last().block != block.header)
            wholeSlice(block.header);
    };
    for (int b = 0; b < blocks.size(); ++b) {
        const PdfBlock &block = blocks[b];
        if (block.newPage && y > 0)
            newPage();
        if (y > 0)
            y += block.spaceBefore;
        const qreal height = block.height();
        qreal needed = height;
        if (block.keepWithNext && b + 1 < blocks.size())
            needed += std::min(blocks[b + 1].spaceBefore + blocks[b + 1].height(), minimumSlice);
        if (y + needed > bodyHeight && y > 0 && needed <= bodyHeight)
            newPage();
        repeatHeader(block);
        if (y + height <= bodyHeight || (y == 0 && height <= bodyHeight)) {
            wholeSlice(b);
            continue;
        }
        // Taller than the space left: cut between lines, page after page.
        QVector<qreal> positions(block.cells.size(), 0.0);
        const auto done = [&] {
            for (int c = 0; c < block.cells.size(); ++c) {
                if (positions[c] < block.cells[c].text.height())
                    return false;
            }
            return true;
        };
        while (!done()) {
            const qreal available = bodyHeight - y - 2 * block.padding;
            if (available < minimumSlice && y > 0) {
                newPage();
                repeatHeader(block);
                continue;
            }
            PdfSlice slice{b, page, y, 0, {}};
            qreal tallest = 0;
            for (int c = 0; c < block.cells.size(); ++c) {
                const PdfText &text = block.cells[c].text;
                const qreal from = positions[c];
                const qreal to = from >= text.height() ? from : text.breakBefore(from, from + available);
                slice.ranges.append({from, to});
                tallest = std::max(tallest, to - from);
                positions[c] = to;
            }
            slice.height = tallest + 2 * block.padding;
            slices.append(slice);
            y += slice.height;
            if (!done()) {
                newPage();
                repeatHeader(block);
            }
        }
    }
    return slices;
}

void paintSlice(QPainter &painter, const PdfBlock &block, const PdfSlice &slice, qreal bodyWidth)
{
    if (block.ruleAbove) {
        painter.save();
        QPen pen(QColor(0xcc, 0xcc, 0xcc));
        pen.setWidthF(painter.device()->logicalDpiY() / 200.0);
        painter.setPen(pen);
        painter.drawLine(QPointF(0, slice.y), QPointF(bodyWidth, slice.y));
        painter.restore();
    }
    for (int c = 0; c < block.cells.size(); ++c) {
        const PdfCell &cell = block.cells[c];
        const QRectF box(cell.x - cell.padding, slice.y,
                         cell.text.document->textWidth() + 2 * cell.padding, slice.height);
        if (cell.fill.isValid())
            painter.fillRect(box, cell.fill);
        if (cell.sideBar.isValid())
            painter.fillRect(QRectF(box.left(), box.top(), cell.padding * 0.6, box.height()), cell.sideBar);
        const auto &[from, to] = slice.ranges[c];
        if (to <= from)
            continue;
        painter.save();
        painter.translate(cell.x, slice.y + block.padding);
        cell.text.paint(painter, from, to);
        painter.restore();
    }
}

} // namespace Recension
