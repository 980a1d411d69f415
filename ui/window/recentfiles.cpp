#include "ui/window/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Recension::Ui {

namespace {

const QString RecentKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(RecentKey, list);
    rebuildMenu(); // a disabled (empty) menu never sends aboutToShow
}

void RecentFiles::clear()
{
    QSettings().remove(RecentKey);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        // &1 .. &9, then 10 without a mnemonic.
        const QString label = number < 10
            ? tr("&%1  %2").arg(number).arg(QFileInfo(path).fileName())
            : tr("%1  %2").arg(number).arg(QFileInfo(path).fileName());
        QAction *action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
        ++number;
    }
    m_menu->setEnabled(!list.isEmpty());
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this,
                &RecentFiles::clear);
    }
}

} // namespace Recension::Ui
