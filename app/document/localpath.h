#pragma once

#include <QString>

namespace Recension {

/// @brief `path` spelled so Qt reads it from the disk.
///
/// Qt takes a path that begins with ':' for one of the program's embedded resources
/// (QFile, QFileInfo and QDir all do), but a file the user names, on the command line or
/// in a session, is always a file: ":notes.txt" is a file of that name in the current
/// folder. Every path that comes from outside passes through here before Qt sees it.
inline QString localPath(const QString &path)
{
    return path.startsWith(u':') ? QStringLiteral("./") + path : path;
}

} // namespace Recension
