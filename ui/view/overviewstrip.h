#pragma once

#include "compare/comparison.h"
#include "ui/view/palette.h"

#include <QImage>
#include <QWidget>

namespace Recension::Ui {

class RowModel;
class RowGeometry;

/// @brief A narrow strip beside the scroll bar showing where the changes are dense and
/// where the findings stand (left half: the left version, right half: the right one).
/// Each pixel row is a bar from the middle outwards, as long as the share of changes
/// falling there (against the densest pixel row) and coloured by the most telling
/// category; a finding is a line across the whole strip, solid for high, broken for
/// medium, so neither density nor findings rest on colour alone. Clicking or dragging on
/// it asks the view to jump there.
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
    /// @brief Number of findings marked.
    int findingCount() const { return int(m_findings.size()); }

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
        int count;         ///< changes on that row and side
    };
    struct FindingMark
    {
        int row;
        Severity severity;
        qreal position;
    };
    void renderTicks();
    void describe(int changeCount);

    Palette m_palette;
    QVector<Tick> m_ticks;
    QVector<FindingMark> m_findings;
    QImage m_image; ///< the ticks, rendered once per change of ticks, size or colours
    bool m_dirty = true;
    qreal m_top = 0;
    qreal m_height = 1;
};

} // namespace Recension::Ui
