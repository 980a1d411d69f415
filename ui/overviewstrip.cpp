#include "ui/overviewstrip.h"

#include "ui/rowgeometry.h"
#include "ui/rowmodel.h"

#include <QMouseEvent>
#include <QPainter>

#include <array>

namespace Recension::Ui {

namespace {

/// Where ticks compete for a pixel, the more telling category wins.
int weight(Category category)
{
    switch (category) {
    case Category::Number:
    case Category::Name:
    case Category::Speaker:
    case Category::Polarity: return 4;
    case Category::Hedge: return 3;
    case Category::Inserted:
    case Category::Deleted:
    case Category::Replaced: return 3;
    case Category::Moved: return 1;
    default: return 2;
    }
}

} // namespace

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
    , m_palette(Palette::make(ColourScheme::System, palette()))
{
    setAccessibleName(tr("Overview of changes"));
    setToolTip(tr("Where the changes are; click to go there."));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
}

void OverviewStrip::setColours(const Palette &palette)
{
    m_palette = palette;
    m_dirty = true;
    update();
}

void OverviewStrip::setChanges(const ComparisonPtr &comparison, const RowModel &rows)
{
    m_ticks.clear();
    if (comparison) {
        // One tick per (row, side): the row's most telling category.
        QVector<std::array<int, 2>> best(rows.rowCount(), {-1, -1});
        for (const Change &change : comparison->changes) {
            const auto changeRows = rows.rowsOfChange(change);
            for (Side side : {Left, Right}) {
                const int r = changeRows[side];
                if (r < 0)
                    continue;
                int &slot = best[r][side];
                if (slot < 0 || weight(change.category) > weight(Category(slot)))
                    slot = int(change.category);
            }
        }
        for (int r = 0; r < best.size(); ++r) {
            for (Side side : {Left, Right}) {
                if (best[r][side] >= 0)
                    m_ticks.append({r, side, Category(best[r][side]), 0.0});
            }
        }
    }
    m_dirty = true;
    update();
}

void OverviewStrip::setGeometry(const RowGeometry &geometry)
{
    const qreal total = geometry.totalHeight();
    for (Tick &tick : m_ticks) {
        tick.position = total > 0 && tick.row < geometry.rowCount()
            ? (geometry.rowTop(tick.row) + geometry.rowHeight(tick.row) / 2.0) / total
            : 0.0;
    }
    m_dirty = true;
    update();
}

void OverviewStrip::setViewportSpan(qreal top, qreal height)
{
    m_top = top;
    m_height = height;
    update();
}

void OverviewStrip::resizeEvent(QResizeEvent *)
{
    m_dirty = true;
}

void OverviewStrip::renderTicks()
{
    const qreal ratio = devicePixelRatioF();
    m_image = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    m_image.fill(m_palette.overviewBase);
    // Margins keep the first and last ticks whole; one pixel row keeps its best tick.
    const int usable = qMax(1, height() - 4);
    QVector<std::array<int, 2>> pixels(usable, {-1, -1});
    for (const Tick &tick : m_ticks) {
        const int y = qBound(0, int(tick.position * usable), usable - 1);
        int &slot = pixels[y][tick.side];
        if (slot < 0 || weight(tick.category) > weight(Category(slot)))
            slot = int(tick.category);
    }
    QPainter painter(&m_image);
    const qreal half = width() / 2.0;
    for (int y = 0; y < usable; ++y) {
        for (Side side : {Left, Right}) {
            if (pixels[y][side] >= 0)
                painter.fillRect(QRectF(side == Left ? 1 : half, 2 + y - 1.5, half - 1, 3),
                                 m_palette.mark(Category(pixels[y][side])));
        }
    }
    m_dirty = false;
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_image.size() != size() * devicePixelRatioF())
        renderTicks();
    QPainter painter(this);
    painter.drawImage(0, 0, m_image);
    const qreal usable = qMax(1, height() - 4);
    const QRectF view(0.5, 2 + m_top * usable, width() - 1.0,
                      qMax<qreal>(4, qMin<qreal>(1.0, m_height) * usable));
    painter.fillRect(view, m_palette.overviewViewport);
    painter.setPen(m_palette.mutedText);
    painter.drawRect(view);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit jumpRequested(qBound(0.0, (event->position().y() - 2) / qMax(1, height() - 4), 1.0));
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        emit jumpRequested(qBound(0.0, (event->position().y() - 2) / qMax(1, height() - 4), 1.0));
}

} // namespace Recension::Ui
