#include "workspace/versionwatcher.h"

#include "workspace/session.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Recension {

VersionWatcher::VersionWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &VersionWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_pending.insert(path);
        m_settle->start();
    });
}

void VersionWatcher::setSettleTime(int milliseconds)
{
    m_settle->setInterval(milliseconds);
}

void VersionWatcher::watch(const QString &path, const QString &sha256)
{
    if (!QFileInfo(path).isFile())
        return;
    m_loaded.insert(path, sha256);
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void VersionWatcher::unwatch(const QString &path)
{
    if (!m_loaded.remove(path))
        return;
    m_pending.remove(path);
    m_watcher->removePath(path);
}

bool VersionWatcher::isWatching(const QString &path) const
{
    return m_loaded.contains(path);
}


void VersionWatcher::check()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &path : pending) {
        if (!m_loaded.contains(path))
            continue;
        // A file saved by renaming a new one over it is no longer watched: watch it again.
        if (QFileInfo(path).isFile() && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        const QString now = Recension::fileSha256(path);
        if (!now.isEmpty() && now != m_loaded.value(path))
            emit fileChanged(path);
    }
}

} // namespace Recension
