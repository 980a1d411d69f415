#include "document/pdfreader.h"

#include "document/pdflayout.h"

#include <QCoreApplication>
#include <QLocale>

#include <poppler-qt6.h>

namespace Recension {

/// Gives the PDF reader's messages their translation context.
class PdfReader final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::PdfReader)
};

namespace {

void ignorePopplerMessage(const QString &, const QVariant &) { }

/// The lines of one page in Poppler's reading order; a word without a next word ends a line.
PdfPage readPage(const Poppler::Page &page)
{
    PdfPage result;
    result.size = page.pageSizeF();
    PdfLine line;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        line.text += word->text();
        line.box = line.box.isNull() ? word->boundingBox() : line.box.united(word->boundingBox());
        if (word->nextWord() == nullptr) {
            line.text = line.text.trimmed();
            if (!line.text.isEmpty())
                result.lines.append(line);
            line = PdfLine();
        } else if (word->hasSpaceAfter()) {
            line.text += u' ';
        }
    }
    line.text = line.text.trimmed();
    if (!line.text.isEmpty())
        result.lines.append(line);
    return result;
}

} // namespace

ExtractedText readPdf(const QByteArray &bytes, const QString &path, const PdfLimits &limits)
{
    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
    ExtractedText result;
    result.formatName = QStringLiteral("pdf");
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        result.error = PdfReader::tr("“%1” cannot be read: the PDF is damaged.").arg(path);
        return result;
    }
    if (document->isLocked()) {
        result.error = PdfReader::tr("“%1” cannot be read: the PDF is encrypted and needs a "
                                     "password to open.")
                           .arg(path);
        return result;
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        result.error = PdfReader::tr("“%1” cannot be read: the PDF has no pages (it may be "
                                     "damaged).")
                           .arg(path);
        return result;
    }
    const int readCount = std::min(pageCount, limits.maxPages);
    QVector<PdfPage> pages;
    pages.reserve(readCount);
    for (int i = 0; i < readCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? readPage(*page) : PdfPage());
    }
    const bool anyText = std::any_of(
        pages.cbegin(), pages.cend(), [](const PdfPage &page) { return !page.lines.isEmpty(); });
    if (!anyText) {
        result.error = PdfReader::tr("“%1” has no text layer: its pages are images (a scan?). "
                                     "Recension reads only text; run it through text "
                                     "recognition (OCR) first.")
                           .arg(path);
        return result;
    }
    if (readCount < pageCount) {
        result.warnings << PdfReader::tr("“%1” has %2 pages; only the first %3 were read.")
                               .arg(path, QLocale().toString(pageCount),
                                   QLocale().toString(readCount));
    }
    // Lines are numbered in reading order before the furniture goes, so that a line's
    // number is the one a reader counts on the printed page.
    for (PdfPage &page : pages) {
        orderColumns(page);
        for (int i = 0; i < page.lines.size(); ++i)
            page.lines[i].number = i + 1;
    }
    dropPageFurniture(pages);
    buildPdfParagraphs(pages, &result);
    return result;
}

} // namespace Recension
