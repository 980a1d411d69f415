#pragma once

#include <QVector>
#include <QWidget>

namespace Recension::Ui {

class SideBySideView;

/// @brief Frames every place of the selected finding in the side-by-side view, not only
/// the current change: a transparent layer over the view's viewport that follows its
/// scrolling and layout.
class FindingHighlight final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingHighlight(SideBySideView *view);

    /// @brief The changes to frame (indices into Comparison::changes); empty for none.
    void setChanges(const QVector<int> &changeIndices);
    const QVector<int> &changes() const { return m_changes; }
    /// @brief The frames painted now, in viewport coordinates (for tests).
    QVector<QRect> visibleFrames() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SideBySideView *m_view;
    QVector<int> m_changes;
};

} // namespace Recension::Ui
