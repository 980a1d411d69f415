#include "workspace/recoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Recension {

QString RecoveryFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery.recension"));
}

RecoveryFile::RecoveryFile(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QString error = flush();
        if (!error.isEmpty())
            emit writeFailed(error);
    });
}

RecoveryFile::~RecoveryFile() = default;

bool RecoveryFile::claim()
{
    if (isClaimed())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // A lock left by a crashed run names a process that is gone: QLockFile takes it over.
    m_lock->setStaleLockTime(0);
    return m_lock->tryLock(0);
}

bool RecoveryFile::exists() const
{
    return QFileInfo(m_path).isFile();
}

SessionReadResult RecoveryFile::read() const
{
    return readSession(m_path);
}

void RecoveryFile::schedule(const SessionData &data)
{
    if (!isClaimed())
        return;
    m_pending = data;
    m_hasPending = true;
    m_timer.start();
}

QString RecoveryFile::flush()
{
    m_timer.stop();
    if (!m_hasPending || !isClaimed())
        return {};
    m_hasPending = false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeSession(m_path, m_pending);
}

void RecoveryFile::discard()
{
    m_timer.stop();
    m_hasPending = false;
    m_pending = {};
    if (isClaimed())
        QFile::remove(m_path);
}

} // namespace Recension
