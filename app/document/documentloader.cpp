#include "document/documentloader.h"

#include "document/encodingdetector.h"
#include "document/htmlreader.h"
#include "document/languagedetector.h"
#include "document/markdownreader.h"
#include "document/packageddocument.h"
#include "document/paragraphbuilder.h"
#include "document/wordcount.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Recension {

/// Gives the loader's messages their translation context.
class DocumentLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::DocumentLoader)
};

namespace {

LoadResult failure(const QString &message)
{
    return { nullptr, message };
}

QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

LoadResult tooLarge(const QString &path, qint64 size, qint64 limit)
{
    return failure(DocumentLoader::tr("“%1” is too large to compare (%2; the limit is %3, at "
                                      "which a comparison takes about 10 seconds).")
                       .arg(path, sizeText(size), sizeText(limit)));
}

/// The bytes naming `path` on disk. A file name that is not UTF-8 reaches Recension with
/// U+FFFD in place of each bad byte (argv and file dialogs decode lossily), so such a
/// component is looked up among its folder's entries: the one entry that decodes to the
/// same text is the file meant. Empty when no entry, or more than one, matches.
QByteArray nativePath(const QString &path)
{
    const QByteArray direct = QFile::encodeName(path);
    struct stat status {};
    if (!path.contains(QChar(QChar::ReplacementCharacter)) || ::lstat(direct.constData(), &status) == 0)
        return direct;
    QByteArray resolved;
    const QStringList parts = QFileInfo(path).absoluteFilePath().split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QByteArray next = resolved + '/' + QFile::encodeName(part);
        if (part.contains(QChar(QChar::ReplacementCharacter)) && ::lstat(next.constData(), &status) != 0) {
            DIR *folder = ::opendir(resolved.isEmpty() ? "/" : resolved.constData());
            if (!folder)
                return {};
            int matches = 0;
            while (const dirent *entry = ::readdir(folder)) {
                if (QFile::decodeName(entry->d_name) == part) {
                    next = resolved + '/' + entry->d_name;
                    ++matches;
                }
            }
            ::closedir(folder);
            if (matches != 1)
                return {};
        }
        resolved = next;
    }
    return resolved;
}

QString doubtWarning(const DecodedText &decoded, const QString &path)
{
    switch (decoded.doubt) {
    case DecodeDoubt::None:
        break;
    case DecodeDoubt::NoWords:
        return DocumentLoader::tr("“%1” holds no words when read as %2: it may be in an encoding "
                                  "Recension does not recognise, or not be text.")
            .arg(path, decoded.encoding);
    case DecodeDoubt::ScriptMismatch:
        return DocumentLoader::tr("“%1” was read as %2, but its letters are not of the script "
                                  "%2 is made for: the encoding may be guessed wrong.")
            .arg(path, decoded.encoding);
    }
    return {};
}

bool startsLikeHtml(QStringView text)
{
    const QStringView head = trimBlank(text.left(1024));
    return head.startsWith(u"<!doctype html", Qt::CaseInsensitive)
        || head.startsWith(u"<html", Qt::CaseInsensitive);
}

/// Splits decoded text by its format, names the title and counts the words.
LoadResult buildDocument(const QString &text, const QString &path, const QString &encoding,
    const QString &sha256, const QStringList &warnings, const LoadOptions &options,
    std::optional<DocumentFormat> format = std::nullopt)
{
    auto document = std::make_shared<Document>();
    document->path = path;
    document->encoding = encoding;
    document->sha256 = sha256;
    document->warnings = warnings;
    document->language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    document->format = format ? *format : detectFormat(path, text);

    QString heading;
    switch (document->format) {
    case DocumentFormat::PlainText:
    case DocumentFormat::Docx: // packaged formats never reach a text reader
    case DocumentFormat::Odt:
    case DocumentFormat::Pdf:
        document->paragraphs = plainTextParagraphs(text);
        break;
    case DocumentFormat::Markdown: {
        MarkupText markup = readMarkdown(text);
        document->paragraphs = std::move(markup.paragraphs);
        for (const QString &warning : std::as_const(markup.warnings))
            document->warnings << DocumentLoader::tr("“%1”: %2").arg(path, warning);
        heading = markup.heading;
        break;
    }
    case DocumentFormat::Html: {
        MarkupText markup = readHtml(text);
        document->paragraphs = std::move(markup.paragraphs);
        for (const QString &warning : std::as_const(markup.warnings))
            document->warnings << DocumentLoader::tr("“%1”: %2").arg(path, warning);
        heading = markup.heading;
        document->provenance = markup.provenance;
        break;
    }
    }
    if (const QString capped = capParagraphs(&document->paragraphs, path); !capped.isEmpty())
        document->warnings << capped;
    // Held for the whole comparison: without the room its growth left (a table's rows).
    document->paragraphs.squeeze();
    if (document->paragraphs.isEmpty()) {
        return failure(isBlank(text)
                ? DocumentLoader::tr("“%1” contains only white space.").arg(path)
                : DocumentLoader::tr("“%1” contains no readable text.").arg(path));
    }

    settleLanguage(*document, options.language);

    const QString &first = document->paragraphs.first().text;
    if (qualifiesAsTitle(first))
        document->title = first;
    else if (!heading.isEmpty())
        document->title = heading;
    else
        document->title = fileName(path);

    for (const Paragraph &paragraph : std::as_const(document->paragraphs))
        document->wordCount += countWords(paragraph.text);
    return { document, {} };
}

} // namespace

DocumentFormat detectFormat(const QString &path, QStringView text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml"))
        return DocumentFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
        || suffix == QLatin1String("mdown") || suffix == QLatin1String("mkd"))
        return DocumentFormat::Markdown;
    return startsLikeHtml(text) ? DocumentFormat::Html : DocumentFormat::PlainText;
}

LoadResult loadDocument(const QString &path, const LoadOptions &options)
{
    const QByteArray native = nativePath(path);
    struct stat status {};
    if (native.isEmpty() || ::stat(native.constData(), &status) != 0) {
        if (!native.isEmpty() && errno == EACCES)
            return failure(DocumentLoader::tr("“%1” cannot be read: permission denied.").arg(path));
        if (!native.isEmpty() && errno != ENOENT && errno != ENOTDIR)
            return failure(DocumentLoader::tr("“%1” cannot be read: %2")
                               .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return failure(DocumentLoader::tr("“%1” cannot be read: there is no such file.").arg(path));
    }
    if (S_ISDIR(status.st_mode))
        return failure(
            DocumentLoader::tr("“%1” cannot be read: it is a folder, not a file.").arg(path));
    if (!S_ISREG(status.st_mode))
        return failure(
            DocumentLoader::tr("“%1” cannot be read: it is not a regular file.").arg(path));
    if (status.st_size > options.maxBytes)
        return tooLarge(path, status.st_size, options.maxBytes);

    // Opened by its bytes, so a name that is not UTF-8 opens too.
    const int descriptor = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        if (errno == EACCES)
            return failure(DocumentLoader::tr("“%1” cannot be read: permission denied.").arg(path));
        return failure(DocumentLoader::tr("“%1” cannot be read: %2")
                           .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return failure(DocumentLoader::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    }
    // One byte past the limit tells a file that grew since it was measured.
    const QByteArray bytes = file.read(options.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(DocumentLoader::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    if (bytes.size() > options.maxBytes)
        return tooLarge(path, bytes.size(), options.maxBytes);
    return documentFromBytes(bytes, path, options);
}

LoadResult documentFromBytes(
    const QByteArray &bytes, const QString &path, const LoadOptions &options)
{
    if (bytes.isEmpty())
        return failure(DocumentLoader::tr("“%1” is empty.").arg(path));
    if (bytes.size() > options.maxBytes)
        return tooLarge(path, bytes.size(), options.maxBytes);
    if (packagedFormat(bytes, path) != PackagedFormat::None)
        return loadPackagedDocument(bytes, path, options);

    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool html = suffix.startsWith(QLatin1String("htm")) || suffix == QLatin1String("xhtml")
        || startsLikeHtml(QString::fromLatin1(bytes.left(1024)));
    const DecodedText decoded = decodeBytes(bytes, html);
    switch (decoded.problem) {
    case DecodeProblem::None:
        break;
    case DecodeProblem::Binary:
        return failure(DocumentLoader::tr("“%1” cannot be compared: it is a binary file, not text.")
                           .arg(path));
    case DecodeProblem::Undecodable:
        return failure(DocumentLoader::tr("“%1” cannot be decoded: its encoding is not recognised.")
                           .arg(path));
    }

    QStringList warnings;
    if (decoded.invalidSequences > 0) {
        warnings << DocumentLoader::tr("Invalid %1 sequences in “%2”: %3 (shown as �).")
                        .arg(decoded.encoding, path, QLocale().toString(decoded.invalidSequences));
    }
    if (const QString doubt = doubtWarning(decoded, path); !doubt.isEmpty())
        warnings << doubt;
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return buildDocument(decoded.text, path, decoded.encoding, sha256, warnings, options);
}

LoadResult documentFromText(const QString &text, const QString &name, const LoadOptions &options,
    std::optional<DocumentFormat> format)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QByteArray utf8 = body.toUtf8();
    if (utf8.size() > options.maxBytes)
        return tooLarge(name, utf8.size(), options.maxBytes);
    if (body.isEmpty())
        return failure(DocumentLoader::tr("“%1” is empty.").arg(name));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
    return buildDocument(body, name, QStringLiteral("UTF-8"), sha256, {}, options, format);
}

} // namespace Recension
