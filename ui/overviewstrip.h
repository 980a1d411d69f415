#pragma once

#include "compare/comparison.h"
#include "ui/palette.h"

#include <QImage>
#include <QWidget>

namespace Recension::Ui {

class RowModel;
class RowGeometry;

/// @brief A narrow strip beside the scroll bar showing where the changes are, coloured by
/// category (left half: the left version, right half: the right one). Clicking or
/// dragging on it asks the view to jump there.
///
/// Changes are gathered per row once per comparison; each repaint of the ticks costs one
/// pass over the changed rows plus one over the strip's pixels, whatever the change count.
class OverviewStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setColours(const Palette &palette);
    /// @brief Gathers the categories changed on each row of each side.
    void setChanges(const ComparisonPtr &comparison, const RowModel &rows);
    /// @brief Places the changed rows at their current heights.
    void setGeometry(const RowGeometry &geometry);
    using QWidget::setGeometry;
    /// @brief The visible part as fractions of the whole height.
    void setViewportSpan(qreal top, qreal height);
    /// @brief Number of (row, side) places that carry a tick.
    int tickCount() const { return int(m_ticks.size()); }

signals:
    /// The user clicked at a fraction (0 top, 1 bottom) of the whole comparison.
    void jumpRequested(qreal fraction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tick
    {
        int row;
        Side side;
        Category category; ///< the most telling category changed there
        qreal position;    ///< 0..1 of the whole height
    };
    void renderTicks();

    Palette m_palette;
    QVector<Tick> m_ticks;
    QImage m_image; ///< the ticks, rendered once per change of ticks, size or colours
    bool m_dirty = true;
    qreal m_top = 0;
    qreal m_height = 1;
};

} // namespace Recension::Ui
