#include "document/outputguard.h"

#include "document/localpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <optional>
#include <utility>

namespace Recension {

namespace {

struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
    mode_t type = 0;
};

// Follows symbolic links, as opening the path for writing would.
std::optional<Identity> identity(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return Identity{status.st_dev, status.st_ino, status.st_mode & S_IFMT};
}

// Where a write to `path` lands when nothing is there yet: a dangling link creates its target.
QString landingPath(const QString &path)
{
    const QFileInfo info(path);
    return info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
}

QString folderProblem(const QString &path, const QString &folder)
{
    const QFileInfo info(folder);
    const QString file = QDir::toNativeSeparators(path);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return OutputGuard::tr("%1 cannot be written: the folder %2 does not exist.").arg(file, shown);
    if (!info.isDir())
        return OutputGuard::tr("%1 cannot be written: %2 is not a folder.").arg(file, shown);
    if (!info.isWritable())
        return OutputGuard::tr("%1 cannot be written: the folder %2 is not writable.").arg(file, shown);
    return {};
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

OutputGuard::Mode refuse(QString *problem, const QString &message)
{
    fail(problem, message);
    return OutputGuard::Mode::Refused;
}

} // namespace

OutputGuard::OutputGuard(QStringList inputs)
    : m_inputs(std::move(inputs))
{
}

bool OutputGuard::isInput(const QString &given) const
{
    const QString path = localPath(given);
    const QFileInfo target(path);
    const std::optional<Identity> targetId = identity(path);
    for (const QString &input : m_inputs) {
        if (input.isEmpty())
            continue;
        const QFileInfo source(localPath(input));
        if (targetId) {
            const std::optional<Identity> sourceId = identity(input);
            if (sourceId && sourceId->device == targetId->device && sourceId->inode == targetId->inode)
                return true;
            if (source.exists() && source.canonicalFilePath() == target.canonicalFilePath())
                return true;
        } else if (landingPath(path) == landingPath(localPath(input))) {
            return true;
        }
    }
    return false;
}

OutputGuard::Mode OutputGuard::mode(const QString &given, QString *problem) const
{
    const QString shown = QDir::toNativeSeparators(given);
    const QString path = localPath(given);
    if (path.isEmpty())
        return refuse(problem, tr("No output file was given."));
    if (isInput(path)) {
        return refuse(problem, tr("%1 is one of the compared files; an output never replaces an input.")
                                   .arg(shown));
    }
    const std::optional<Identity> found = identity(path);
    if (!found) {
        const QString reason = folderProblem(path, QFileInfo(landingPath(path)).absolutePath());
        if (!reason.isEmpty())
            return refuse(problem, reason);
        return Mode::Atomic;
    }
    const QFileInfo info(path);
    switch (found->type) {
    case S_IFDIR:
        return refuse(problem, tr("%1 is a folder, not a file.").arg(shown));
    case S_IFCHR:
    case S_IFIFO:
        if (!info.isWritable())
            return refuse(problem, tr("%1 is not writable.").arg(shown));
        return Mode::Stream;
    case S_IFREG: {
        if (!info.isWritable())
            return refuse(problem, tr("Existing file %1 is not writable.").arg(shown));
        // QSaveFile writes a temporary file beside the real one, then renames it.
        const QString reason = folderProblem(path, QFileInfo(info.canonicalFilePath()).absolutePath());
        if (!reason.isEmpty())
            return refuse(problem, reason);
        return Mode::Atomic;
    }
    default:
        return refuse(problem, tr("%1 is a device or socket, not a file; it is never written.").arg(shown));
    }
}

QString OutputGuard::check(const QString &path) const
{
    QString problem;
    mode(path, &problem);
    return problem;
}

bool OutputGuard::write(const QString &given, const Writer &writer, QString *error) const
{
    QString problem;
    const Mode how = mode(given, &problem);
    if (how == Mode::Refused)
        return fail(error, problem);
    const QString shown = QDir::toNativeSeparators(given);
    const QString path = localPath(given);
    QString reason;
    if (how == Mode::Stream) {
        QFile stream(path);
        if (!stream.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(error, tr("Cannot write %1: %2").arg(shown, stream.errorString()));
        if (!writer(stream, &reason) || stream.error() != QFileDevice::NoError) {
            return fail(error, tr("Cannot write %1: %2")
                                   .arg(shown, reason.isEmpty() ? stream.errorString() : reason));
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(shown, file.errorString()));
    if (!writer(file, &reason) || !file.commit()) {
        const QString why = reason.isEmpty() ? file.errorString() : reason;
        file.cancelWriting();
        return fail(error, tr("Cannot write %1: %2").arg(shown, why));
    }
    return true;
}

} // namespace Recension
