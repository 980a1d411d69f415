#include "ui/view/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Recension::Ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    auto *label = new QLabel(tr("Find:"), this);
    m_field = new QLineEdit(this);
    m_field->setAccessibleName(tr("Find in both versions"));
    m_field->setPlaceholderText(tr("Text to find in both columns"));
    m_field->setClearButtonEnabled(true);
    label->setBuddy(m_field);
    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setIcon(QIcon(QStringLiteral(":/icons/previous.svg")));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setIcon(QIcon(QStringLiteral(":/icons/next.svg")));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of matches"));
    m_close = new QToolButton(this);
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    setMatches(0, -1);
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setMatches(int count, int current)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No matches"));
    else if (current < 0)
        m_count->setText(count == 1 ? tr("1 match") : tr("%1 matches").arg(count));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(count));
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    // The field passes Return on to us (QLineEdit ignores it after returnPressed).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers() & Qt::ShiftModifier)
            emit previousRequested();
        else
            emit nextRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Recension::Ui
