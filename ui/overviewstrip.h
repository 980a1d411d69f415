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
class OverviewStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setColours(const Palette &palette);
    /// @brief Places one tick per change side at its row's position in the whole height.
    void setChanges(const ComparisonPtr &comparison, const RowModel &rows,
                    const RowGeometry &geometry);
    /// @brief The visible part as fractions of the whole height.
    void setViewportSpan(qreal top, qreal height);
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
        qreal position; ///< 0..1 of the whole height
        Category category;
        Side side;
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
