#include "ui/view/findinghighlight.h"

#include "ui/view/sidebysideview.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>

namespace Recension::Ui {

FindingHighlight::FindingHighlight(SideBySideView *view)
    : QWidget(view->viewport())
    , m_view(view)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(view->viewport()->rect());
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            qOverload<>(&QWidget::update));
    connect(view, &SideBySideView::layoutChanged, this, qOverload<>(&QWidget::update));
    hide();
}

void FindingHighlight::setChanges(const QVector<int> &changeIndices)
{
    m_changes = changeIndices;
    setVisible(!m_changes.isEmpty());
    raise();
    update();
}

QVector<QRect> FindingHighlight::visibleFrames() const
{
    QVector<QRect> frames;
    const ComparisonPtr comparison = m_view->comparison();
    if (!comparison)
        return frames;
    for (int index : m_changes) {
        if (index < 0 || index >= comparison->changes.size())
            continue;
        // Only rows on screen: asking for a far row's rectangle would lay it out.
        const auto rows = m_view->rowModel().rowsOfChange(comparison->changes[index]);
        for (Side side : {Left, Right}) {
            if (rows[side] < 0 || !m_view->isRowVisible(rows[side]))
                continue;
            const QRect rect = m_view->changeRect(index, side);
            if (!rect.isEmpty() && rect.intersects(this->rect()))
                frames.append(rect);
        }
    }
    return frames;
}

void FindingHighlight::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Dashed, unlike the current change's solid frame: "one of the places", not "here".
    QPen pen(m_view->colours().currentFrame, 2, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const QRect &rect : visibleFrames())
        painter.drawRoundedRect(QRectF(rect).adjusted(-3, -2, 3, 2), 3, 3);
}

bool FindingHighlight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace Recension::Ui
