#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Recension {

/// @brief Watches the files of the open versions and says when one's bytes on disk no longer
/// match the version loaded. Editors save in several steps and often by renaming a new file
/// over the old, so changes are gathered for a moment, the file is watched again if it was
/// replaced, and a file whose bytes hash as before (touched, saved unchanged) is not reported.
class VersionWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit VersionWatcher(QObject *parent = nullptr);

    /// @brief Watches `path`, whose loaded bytes hash to `sha256` (a path that is not a
    /// file, such as a pasted version's name, is ignored).
    void watch(const QString &path, const QString &sha256);
    void unwatch(const QString &path);
    bool isWatching(const QString &path) const;
    /// @brief How long changes are gathered before they are checked (milliseconds).
    void setSettleTime(int milliseconds);

signals:
    /// The file's bytes no longer hash to those loaded.
    void fileChanged(const QString &path);

private:
    void check();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QHash<QString, QString> m_loaded; ///< path -> SHA-256 of the bytes loaded
    QSet<QString> m_pending;          ///< paths changed since the last check
};

} // namespace Recension
