#include "ui/window/reloadbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Recension::Ui {

ReloadBar::ReloadBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reloadBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setToolTip(tr("Read the changed files again and compare anew"));
    m_dismiss = new QPushButton(tr("&Keep Shown Text"), this);
    m_dismiss->setToolTip(tr("Go on with the text loaded before the change"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_dismiss);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_paths;
        clear();
        for (const QString &path : paths)
            emit reloadRequested(path);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &ReloadBar::clear);
}

void ReloadBar::addChangedFile(const QString &path, const QString &name)
{
    if (!m_paths.contains(path)) {
        m_paths << path;
        m_names << name;
    }
    refresh();
    show();
}

QString ReloadBar::text() const
{
    return m_label->text();
}

void ReloadBar::refresh()
{
    m_label->setText(m_names.size() == 1
                         ? tr("“%1” changed on disk since it was opened.").arg(m_names.first())
                         : tr("%n open versions changed on disk since they were opened: %1.",
                              nullptr, int(m_names.size()))
                               .arg(m_names.join(tr(", "))));
    setAccessibleName(m_label->text());
}

void ReloadBar::clear()
{
    m_paths.clear();
    m_names.clear();
    hide();
}

} // namespace Recension::Ui
