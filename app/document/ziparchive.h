#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace Recension {

/// Bounds on what a zip archive may hold; anything past them is refused, never inflated.
struct ZipLimits
{
    int maxEntries = 10000;                           ///< entries in the central directory
    qint64 maxEntryBytes = qint64(64) * 1024 * 1024;  ///< inflated size of one entry
    qint64 maxTotalBytes = qint64(256) * 1024 * 1024; ///< inflated bytes read in all
};

/// One file of a package to write.
struct ZipEntry
{
    QString name;     ///< path inside the archive, '/'-separated
    QByteArray data;  ///< the entry's bytes
    bool deflate = true; ///< false stores it (the mimetype entry of an OpenDocument file)
};

/// @brief A zip archive read from memory through libzip, with limits on its entries and
/// on the bytes they inflate to; also writes byte-identical packages (ZipArchive::write).
class ZipArchive final
{
public:
    /// Opens `bytes` (kept alive by the archive); check isOpen() and errorString().
    explicit ZipArchive(const QByteArray &bytes, const ZipLimits &limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// @brief True when the bytes are a zip archive within the entry limit.
    bool isOpen() const;
    /// @brief The translated reason of the last failure (no file name), empty if none.
    QString errorString() const;
    /// @brief True when the last failure was a limit reached (a zip bomb or a huge package).
    bool limitReached() const { return m_limitReached; }

    /// @brief Names of the entries in central-directory order.
    QStringList entryNames() const;
    /// @brief True when an entry of that exact name exists.
    bool contains(const QString &name) const;
    /// @brief The inflated bytes of entry `name`, or nullopt with errorString() set
    /// (missing, encrypted, damaged, or past a limit).
    std::optional<QByteArray> read(const QString &name);

    /// @brief A zip package of `entries` in the order given, every timestamp fixed at
    /// 1980-01-01 00:00, so the same entries give the same bytes on every run.
    /// Returns nullopt and sets `error` (translated) when libzip fails.
    static std::optional<QByteArray> write(
        const QVector<ZipEntry> &entries, QString *error = nullptr);

    /// @brief True when `bytes` begin with a zip local-file or empty-archive signature.
    static bool looksLikeZip(const QByteArray &bytes);

private:
    struct Handle;
    QByteArray m_bytes;
    ZipLimits m_limits;
    std::unique_ptr<Handle> m_handle;
    QString m_error;
    qint64 m_inflated = 0;
    bool m_limitReached = false;
};

} // namespace Recension
