#include "ui/overviewstrip.h"

#include "ui/rowgeometry.h"
#include "ui/rowmodel.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Recension::Ui {

namespace {

/// Severity draws on top: high-severity ticks are painted last.
int drawOrder(Category category)
{
    switch (category) {
    case Category::Number:
    case Category::Name:
    case Category::Speaker: return 3;
    case Category::Inserted:
    case Category::Deleted:
    case Category::Replaced: return 2;
    case Category::Moved: return 0;
    default: return 1;
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

void OverviewStrip::setChanges(const ComparisonPtr &comparison, const RowModel &rows,
                               const RowGeometry &geometry)
{
    m_ticks.clear();
    const qreal total = geometry.totalHeight();
    if (comparison && total > 0) {
        for (const Change &change : comparison->changes) {
            const auto changeRows = rows.rowsOfChange(change);
            for (Side side : {Left, Right}) {
                const int r = changeRows[side];
                if (r < 0)
                    continue;
                const qreal y = geometry.rowTop(r) + geometry.rowHeight(r) / 2.0;
                m_ticks.append({y / total, change.category, side});
            }
        }
        std::stable_sort(m_ticks.begin(), m_ticks.end(), [](const Tick &a, const Tick &b) {
            return drawOrder(a.category) < drawOrder(b.category);
        });
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
    QPainter painter(&m_image);
    const qreal half = width() / 2.0;
    // Keep a few pixels of margin so the first and last ticks are not cut.
    const qreal usable = qMax(1, height() - 4);
    for (const Tick &tick : m_ticks) {
        const qreal y = 2 + tick.position * usable;
        painter.fillRect(QRectF(tick.side == Left ? 1 : half, y - 1.5, half - 1, 3),
                         m_palette.mark(tick.category));
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
