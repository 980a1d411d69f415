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
    return failure(DocumentLoader::tr("“%1” is too large to compare (%2; the limit is %3).")
                       .arg(path, sizeText(size), sizeText(limit)));
}

bool startsLikeHtml(QStringView text)
{
    const QStringView head = trimBlank(text.left(1024));
    return head.startsWith(u"<!doctype html", Qt::CaseInsensitive)
        || head.startsWith(u"<html", Qt::CaseInsensitive);
}

/// Splits decoded text by its format, names the title and counts the words.
LoadResult buildDocument(const QString &text, const QString &path, const QString &encoding,
    const QString &sha256, const QStringList &warnings, const LoadOptions &options)
{
    auto document = std::make_shared<Document>();
    document->path = path;
    document->encoding = encoding;
    document->sha256 = sha256;
    document->warnings = warnings;
    document->language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    document->format = detectFormat(path, text);

    QString heading;
    switch (document->format) {
    case DocumentFormat::PlainText:
        document->paragraphs = plainTextParagraphs(text);
        break;
    case DocumentFormat::Markdown: {
        MarkupText markup = readMarkdown(text);
        document->paragraphs = std::move(markup.paragraphs);
        heading = markup.heading;
        break;
    }
    case DocumentFormat::Html: {
        MarkupText markup = readHtml(text);
        document->paragraphs = std::move(markup.paragraphs);
        heading = markup.heading;
        break;
    }
    }
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
    const QFileInfo info(path);
    if (!info.exists())
        return failure(DocumentLoader::tr("“%1” cannot be read: there is no such file.").arg(path));
    if (info.isDir())
        return failure(
            DocumentLoader::tr("“%1” cannot be read: it is a folder, not a file.").arg(path));
    if (!info.isFile())
        return failure(
            DocumentLoader::tr("“%1” cannot be read: it is not a regular file.").arg(path));
    if (info.size() > options.maxBytes)
        return tooLarge(path, info.size(), options.maxBytes);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable())
            return failure(DocumentLoader::tr("“%1” cannot be read: permission denied.").arg(path));
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
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return buildDocument(decoded.text, path, decoded.encoding, sha256, warnings, options);
}

LoadResult documentFromText(const QString &text, const QString &name, const LoadOptions &options)
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
    return buildDocument(body, name, QStringLiteral("UTF-8"), sha256, {}, options);
}

} // namespace Recension
