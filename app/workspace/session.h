#pragma once

#include "compare/comparison.h"
#include "workspace/reviewmarks.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace Recension {

/// One version of a story as a session records it.
struct SessionVersion
{
    /// The file, absolute in memory (the session file stores it relative to itself);
    /// empty for a pasted version.
    QString path;
    QString sha256;    ///< lower-case hex of the file's bytes (of a pasted text's UTF-8)
    QString title;
    QString language;  ///< BCP 47 tag
    QString outlet;    ///< provenance, as the user or the page's metadata gave it
    QString url;
    QString published; ///< as written (ISO 8601 when known)
    QString retrieved;
    QString text;      ///< a pasted version's whole text; empty for a file

    bool isPasted() const { return path.isEmpty(); }
    bool operator==(const SessionVersion &o) const
    {
        return path == o.path && sha256 == o.sha256 && title == o.title && language == o.language
            && outlet == o.outlet && url == o.url && published == o.published
            && retrieved == o.retrieved && text == o.text;
    }
    bool operator!=(const SessionVersion &o) const { return !(*this == o); }
};

/// @brief Everything a session file holds: the workspace as the user left it.
struct SessionData
{
    QVector<SessionVersion> versions;
    int base = 0;                           ///< index into versions; -1 when there are none
    CompareOptions options;
    std::array<int, 2> pair{{-1, -1}};      ///< the pair shown (left, right); -1: none
    ReviewMarks marks;

    bool operator==(const SessionData &o) const
    {
        return versions == o.versions && base == o.base && options == o.options
            && pair == o.pair && marks == o.marks;
    }
    bool operator!=(const SessionData &o) const { return !(*this == o); }
};

/// What became of a version's file since the session was saved.
enum class VersionFileState { Unchanged, Changed, Missing, Pasted };

/// A session read from disk, or the reason it could not be.
struct SessionReadResult
{
    SessionData data;
    QString error;                     ///< names the file and the reason; empty on success
    QVector<VersionFileState> files;   ///< per version, parallel to data.versions
    QStringList warnings;              ///< one translated sentence per changed or missing file

    bool ok() const { return error.isEmpty(); }
};

/// The session format's name and the version this build writes and reads.
inline constexpr char SessionFormat[] = "recension-session";
inline constexpr int SessionFormatVersion = 1;
/// Larger session files are refused unread: pasted texts are held inline, and twenty
/// versions at the loader's 12 MiB limit stay under it.
inline constexpr qint64 SessionMaxBytes = qint64(256) * 1024 * 1024;

/// @brief Reads a session file (resources/formats/recension-session.md). Never writes;
/// checks each version's file against its SHA-256.
SessionReadResult readSession(const QString &path);

/// @brief Reads a session's bytes as the file `path` would give them (relative version paths
/// resolve against its folder); the versions' files are not looked at (result.files empty).
SessionReadResult sessionFromBytes(const QByteArray &bytes, const QString &path);

/// @brief Writes a session file atomically through the OutputGuard, refusing to write over
/// any version's file; returns an empty string or a translated message naming the file.
QString writeSession(const QString &path, const SessionData &data);

/// @brief The session as the bytes writeSession stores; version paths relative to `folder`.
QByteArray sessionToJson(const SessionData &data, const QString &folder);

/// @brief Lower-case hex SHA-256 of a file's bytes, or an empty string when it cannot be read.
QString fileSha256(const QString &path);

} // namespace Recension
