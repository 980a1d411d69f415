#include "ui/view/overviewstrip.h"

#include "ui/view/rowgeometry.h"
#include "ui/view/rowmodel.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

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
    m_findings.clear();
    if (comparison) {
        // One tick per (row, side): the row's most telling category and its change count.
        QVector<std::array<int, 2>> best(rows.rowCount(), {-1, -1});
        QVector<std::array<int, 2>> counts(rows.rowCount(), {0, 0});
        for (const Change &change : comparison->changes) {
            const auto changeRows = rows.rowsOfChange(change);
            for (Side side : {Left, Right}) {
                const int r = changeRows[side];
                if (r < 0)
                    continue;
                ++counts[r][side];
                int &slot = best[r][side];
                if (slot < 0 || weight(change.category) > weight(Category(slot)))
                    slot = int(change.category);
            }
        }
        for (int r = 0; r < best.size(); ++r) {
            for (Side side : {Left, Right}) {
                if (best[r][side] >= 0)
                    m_ticks.append({r, side, Category(best[r][side]), 0.0, counts[r][side]});
            }
        }
        for (const Finding &finding : comparison->findings) {
            if (finding.changes.isEmpty())
                continue;
            const int id = finding.changes.first();
            if (id < 1 || id > comparison->changes.size())
                continue;
            const auto changeRows = rows.rowsOfChange(comparison->changes[id - 1]);
            const int row = changeRows[Left] >= 0 ? changeRows[Left] : changeRows[Right];
            if (row >= 0)
                m_findings.append({row, finding.severity, 0.0});
        }
    }
    describe(comparison ? int(comparison->changes.size()) : 0);
    m_dirty = true;
    update();
}

/// What the strip shows, in words, for screen readers.
void OverviewStrip::describe(int changeCount)
{
    const auto isHigh = [](const FindingMark &m) { return m.severity == Severity::High; };
    const int high = int(std::count_if(m_findings.cbegin(), m_findings.cend(), isHigh));
    const QString changes = changeCount == 1 ? tr("1 change") : tr("%1 changes").arg(changeCount);
    const QString findings = m_findings.size() == 1
        ? tr("1 finding (%1 high)").arg(high)
        : tr("%1 findings (%2 high)").arg(m_findings.size()).arg(high);
    setAccessibleDescription(tr("%1; %2. Click or drag to go to a part of the comparison.")
                                 .arg(changes, findings));
}

void OverviewStrip::setGeometry(const RowGeometry &geometry)
{
    const qreal total = geometry.totalHeight();
    const auto place = [&](int row) {
        return total > 0 && row < geometry.rowCount()
            ? (geometry.rowTop(row) + geometry.rowHeight(row) / 2.0) / total
            : 0.0;
    };
    for (Tick &tick : m_ticks)
        tick.position = place(tick.row);
    for (FindingMark &mark : m_findings)
        mark.position = place(mark.row);
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
    // Margins keep the first and last rows whole; a pixel row adds up its changes and
    // keeps its most telling category.
    const int usable = qMax(1, height() - 4);
    struct Pixel
    {
        int category = -1;
        int count = 0;
    };
    QVector<std::array<Pixel, 2>> pixels(usable);
    int densest = 0;
    for (const Tick &tick : m_ticks) {
        const int y = qBound(0, int(tick.position * usable), usable - 1);
        Pixel &pixel = pixels[y][tick.side];
        pixel.count += tick.count;
        densest = qMax(densest, pixel.count);
        if (pixel.category < 0 || weight(tick.category) > weight(Category(pixel.category)))
            pixel.category = int(tick.category);
    }
    QPainter painter(&m_image);
    const qreal half = width() / 2.0;
    for (int y = 0; y < usable; ++y) {
        for (Side side : {Left, Right}) {
            const Pixel &pixel = pixels[y][side];
            if (pixel.count == 0)
                continue;
            // A square root keeps a lone change visible beside a dense stretch.
            const qreal length = (half - 1) * (0.25 + 0.75 * std::sqrt(qreal(pixel.count) / densest));
            const qreal x = side == Left ? half - length : half;
            painter.fillRect(QRectF(x, 2 + y, length, 1), m_palette.mark(Category(pixel.category)));
        }
    }
    for (const FindingMark &mark : m_findings) {
        const qreal y = 2 + qBound(0, int(mark.position * usable), usable - 1) - 0.5;
        if (mark.severity == Severity::High) {
            painter.fillRect(QRectF(0, y, width(), 2), m_palette.text);
        } else {
            painter.fillRect(QRectF(0, y, 3, 2), m_palette.text);
            painter.fillRect(QRectF(width() - 3, y, 3, 2), m_palette.text);
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
