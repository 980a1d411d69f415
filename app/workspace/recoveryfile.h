#pragma once

#include "workspace/session.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Recension {

/// @brief The workspace's autosave, so a crash loses no pasted version and no mark.
///
/// The file is a session (recension-session.md) named recovery.recension in the
/// application's data folder (QStandardPaths::AppDataLocation). Saves are debounced: each
/// schedule() restarts a short timer and only the last data is written, atomically through
/// writeSession. A lock beside it gives the file to the first running instance only, so two
/// windows never overwrite each other's recovery. discard() on a clean exit removes it; a
/// file found at start-up (exists() after claim()) is what a crashed run left.
class RecoveryFile final : public QObject
{
    Q_OBJECT
public:
    /// Quiet time after the last change before the file is written.
    static constexpr int DebounceMs = 2000;

    /// @brief The default place: recovery.recension in the application's data folder.
    static QString defaultPath();

    explicit RecoveryFile(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~RecoveryFile() override;

    QString path() const { return m_path; }
    /// @brief Takes the lock; false when another running instance holds it (this one then
    /// neither reads nor writes the file).
    bool claim();
    bool isClaimed() const { return m_lock && m_lock->isLocked(); }
    /// @brief True when a recovery file is on disk (after claim(): a crashed run's).
    bool exists() const;
    /// @brief Reads the recovery file as a session.
    SessionReadResult read() const;

    /// @brief Writes `data` after DebounceMs of quiet; later calls replace earlier data.
    void schedule(const SessionData &data);
    /// @brief Writes the data scheduled now, if any; returns the error or an empty string.
    QString flush();
    /// @brief Drops any scheduled write and removes the file (a clean exit).
    void discard();

signals:
    /// A debounced write failed (the message names the file and the reason).
    void writeFailed(const QString &message);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    SessionData m_pending;
    bool m_hasPending = false;
};

} // namespace Recension
