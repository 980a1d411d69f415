#include "document/ziparchive.h"

#include <QCoreApplication>
#include <QLocale>

#include <zip.h>

#include <algorithm>

namespace Recension {

/// Gives the zip messages their translation context.
class ZipMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::ZipArchive)
};

struct ZipArchive::Handle
{
    zip_t *archive = nullptr;
    ~Handle()
    {
        if (archive)
            zip_discard(archive);
    }
};

namespace {

// 1980-01-01 00:00:00 in MS-DOS form, the earliest a zip header can say: a timestamp that
// never changes keeps written packages byte-identical.
constexpr zip_uint16_t fixedDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t fixedDosTime = 0;
constexpr qint64 readChunk = 64 * 1024;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString libzipReason(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString tooLarge(qint64 limit)
{
    return ZipMessages::tr(
        "its content would inflate past %1 (a compressed bomb, or a package too large to read)")
        .arg(sizeText(limit));
}

} // namespace

bool ZipArchive::looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

ZipArchive::ZipArchive(const QByteArray &bytes, const ZipLimits &limits)
    : m_bytes(bytes)
    , m_limits(limits)
    , m_handle(std::make_unique<Handle>())
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_handle->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_handle->archive) {
        if (source)
            zip_source_free(source);
        // A zip signature with no directory at the end is a package cut short.
        m_error = zip_error_code_zip(&error) == ZIP_ER_NOZIP && !looksLikeZip(m_bytes)
            ? ZipMessages::tr("it is not a zip package")
            : ZipMessages::tr("its zip structure is damaged or cut short (%1)")
                  .arg(libzipReason(&error));
        zip_error_fini(&error);
        return;
    }
    zip_error_fini(&error);
    const zip_int64_t count = zip_get_num_entries(m_handle->archive, 0);
    if (count > m_limits.maxEntries) {
        m_error = ZipMessages::tr("it holds %1 entries; the limit is %2")
                      .arg(QLocale().toString(count), QLocale().toString(m_limits.maxEntries));
        m_limitReached = true;
        m_handle.reset();
    }
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::isOpen() const
{
    return m_handle && m_handle->archive;
}

QString ZipArchive::errorString() const
{
    return m_error;
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    if (!isOpen())
        return names;
    const zip_int64_t count = zip_get_num_entries(m_handle->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_handle->archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names << QString::fromUtf8(name);
    }
    return names;
}

bool ZipArchive::contains(const QString &name) const
{
    return isOpen() && zip_name_locate(m_handle->archive, name.toUtf8().constData(), 0) >= 0;
}

std::optional<QByteArray> ZipArchive::read(const QString &name)
{
    if (!isOpen())
        return std::nullopt;
    zip_t *archive = m_handle->archive;
    const zip_int64_t index = zip_name_locate(archive, name.toUtf8().constData(), 0);
    if (index < 0) {
        m_error = ZipMessages::tr("its entry “%1” is missing").arg(name);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0) {
        m_error = ZipMessages::tr("its entry “%1” is damaged").arg(name);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        m_error = ZipMessages::tr("it is encrypted (protected by a password)");
        return std::nullopt;
    }
    // The header's size may lie, so the cap holds on the bytes actually inflated too.
    const qint64 budget = std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_inflated);
    const qint64 limit = std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes);
    if ((stat.valid & ZIP_STAT_SIZE) && qint64(stat.size) > budget) {
        m_error = tooLarge(limit);
        m_limitReached = true;
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive));
        m_error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
            ? ZipMessages::tr("it is encrypted (protected by a password)")
            : ZipMessages::tr("its entry “%1” cannot be opened (%2)")
                  .arg(name, libzipReason(zip_get_error(archive)));
        return std::nullopt;
    }
    QByteArray data;
    const qint64 claimed = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : readChunk;
    data.reserve(int(std::min(budget, claimed)));
    QByteArray chunk(readChunk, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t got = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (got < 0) {
            m_error = ZipMessages::tr("its entry “%1” is damaged (%2)")
                          .arg(name, libzipReason(zip_file_get_error(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        if (got == 0)
            break;
        if (data.size() + got > budget) {
            m_error = tooLarge(limit);
            m_limitReached = true;
            zip_fclose(file);
            return std::nullopt;
        }
        data.append(chunk.constData(), int(got));
    }
    zip_fclose(file);
    m_inflated += data.size();
    return data;
}

std::optional<QByteArray> ZipArchive::write(const QVector<ZipEntry> &entries, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<QByteArray> {
        if (error)
            *error = ZipMessages::tr("The zip package cannot be written: %1").arg(reason);
        return std::nullopt;
    };
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *output = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!output)
        return fail(libzipReason(&zipError));
    zip_source_keep(output); // outlives zip_close, which would otherwise free it
    zip_t *archive = zip_open_from_source(output, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        const QString reason = libzipReason(&zipError);
        zip_source_free(output); // once for zip_source_keep, once for the creation
        zip_source_free(output);
        return fail(reason);
    }
    for (const ZipEntry &entry : entries) {
        zip_source_t *source = zip_source_buffer(
            archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index = source
            ? zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
            : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString reason = libzipReason(zip_get_error(archive));
            zip_discard(archive);
            zip_source_free(output);
            return fail(reason);
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
            entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, entry.deflate ? 9 : 0);
        zip_file_set_dostime(archive, zip_uint64_t(index), fixedDosTime, fixedDosDate, 0);
    }
    if (zip_close(archive) != 0) {
        const QString reason = libzipReason(zip_get_error(archive));
        zip_discard(archive);
        zip_source_free(output);
        return fail(reason);
    }

    QByteArray bytes;
    if (zip_source_open(output) == 0) {
        zip_source_seek(output, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(output);
        zip_source_seek(output, 0, SEEK_SET);
        bytes.resize(int(std::max<zip_int64_t>(size, 0)));
        const zip_int64_t got = zip_source_read(output, bytes.data(), zip_uint64_t(bytes.size()));
        zip_source_close(output);
        if (got != size)
            bytes.clear();
    }
    zip_source_free(output);
    if (bytes.isEmpty())
        return fail(ZipMessages::tr("the package could not be read back from memory"));
    return bytes;
}

} // namespace Recension
