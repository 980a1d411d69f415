#include "document/packageddocument.h"

#include "document/docxreader.h"
#include "document/languagedetector.h"
#include "document/odtreader.h"
#include "document/paragraphbuilder.h"
#include "document/parserprocess.h"
#include "document/pdfreader.h"
#include "document/wordcount.h"
#include "document/ziparchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace Recension {

/// Gives the packaged formats' messages their translation context.
class PackagedDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::PackagedDocument)
};

namespace {

bool isPdf(const QByteArray &bytes, const QString &path)
{
    // Readers accept a little junk before the header, but a text that merely quotes the
    // header must stay text: junk counts only in a file named .pdf.
    return bytes.startsWith("%PDF-")
        || (bytes.left(1024).contains("%PDF-")
            && QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0);
}

ExtractedText failed(const QString &message)
{
    ExtractedText text;
    text.error = message;
    return text;
}

ExtractedText readZipPackage(const QByteArray &bytes, const QString &path)
{
    ZipArchive archive(bytes);
    if (!archive.isOpen()) {
        return failed(PackagedDocument::tr("“%1” cannot be read: %2")
                          .arg(path, archive.errorString()));
    }
    if (isDocxPackage(archive))
        return readDocx(archive, path);
    if (isOdtPackage(archive))
        return readOdt(archive, path);
    if (archive.limitReached()) {
        return failed(PackagedDocument::tr("“%1” cannot be read: %2")
                          .arg(path, archive.errorString()));
    }
    return failed(PackagedDocument::tr("“%1” is a zip package but neither a Word (.docx) nor an "
                                       "OpenDocument text (.odt) file.")
                      .arg(path));
}

QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace

PackagedFormat packagedFormat(const QByteArray &bytes, const QString &path)
{
    if (ZipArchive::looksLikeZip(bytes))
        return PackagedFormat::Zip;
    if (isPdf(bytes, path))
        return PackagedFormat::Pdf;
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return PackagedFormat::OleCompound;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("odt")
        || suffix == QLatin1String("pdf"))
        return PackagedFormat::Misnamed;
    return PackagedFormat::None;
}

ExtractedText extractPackagedText(const QByteArray &bytes, const QString &path)
{
    switch (packagedFormat(bytes, path)) {
    case PackagedFormat::Zip:
        return readZipPackage(bytes, path);
    case PackagedFormat::Pdf:
        return readPdf(bytes, path);
    case PackagedFormat::OleCompound:
        return failed(PackagedDocument::tr("“%1” is a password-protected Office file or an old "
                                           "Word (.doc) file; save it unprotected as .docx or "
                                           ".odt to compare it.")
                          .arg(path));
    case PackagedFormat::Misnamed:
        return failed(PackagedDocument::tr("“%1” cannot be read: its name says Word, "
                                           "OpenDocument or PDF, but its content is none of "
                                           "them (the file may be damaged).")
                          .arg(path));
    case PackagedFormat::None:
        break;
    }
    return failed(PackagedDocument::tr("“%1” is not a Word, OpenDocument or PDF file.").arg(path));
}

LoadResult loadPackagedDocument(
    const QByteArray &bytes, const QString &path, const LoadOptions &options)
{
    const ExtractedText text = extractInParserProcess(bytes, path);
    if (text.failed())
        return { nullptr, text.error };
    if (text.paragraphs.isEmpty()) {
        return { nullptr,
            PackagedDocument::tr("“%1” contains no readable text.").arg(path) };
    }

    auto document = std::make_shared<Document>();
    document->path = path;
    document->encoding = QStringLiteral("UTF-8");
    document->sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    document->format = documentFormatFromName(text.formatName);
    document->paragraphs = text.paragraphs;
    document->warnings = text.warnings;
    settleLanguage(*document, options.language);
    const QString &first = document->paragraphs.first().text;
    if (qualifiesAsTitle(first))
        document->title = first;
    else if (!text.heading.isEmpty())
        document->title = text.heading;
    else
        document->title = fileName(path);
    for (const Paragraph &paragraph : std::as_const(document->paragraphs))
        document->wordCount += countWords(paragraph.text);
    return { document, {} };
}

} // namespace Recension
