#pragma once

#include "document/extractedtext.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace Recension {

/// One line of text on a PDF page, in points from the page's top-left corner.
struct PdfLine
{
    QString text;
    QRectF box;
    int number = 0; ///< 1-based line of its page in reading order, running headers counted
};

/// The lines of one page in reading order (the order Poppler gives: columns one after the
/// other), and the page's size.
struct PdfPage
{
    QVector<PdfLine> lines;
    QSizeF size;
};

/// @brief Removes running headers, footers and page numbers: lines in the top or bottom
/// margin repeated (digits aside) at the same height on at least half of the pages, and
/// lines in a margin that are only a page number. Returns how many lines went.
int dropPageFurniture(QVector<PdfPage> &pages);

/// @brief Puts the lines of `page` in reading order from their geometry: lines that span
/// two columns (titles, wide pictures' captions) cut the page into bands, and in each band
/// the columns are read left to right, each from top to bottom.
void orderColumns(PdfPage &page);

/// @brief Joins the lines of `pages` into paragraphs of `out` by their spacing, indent and
/// size, across columns and pages when a sentence runs on, and rejoins a word hyphenated at
/// a line end. Each paragraph's page and lastPage are its first and last page, its line and
/// lastLine the numbers of its first and last line on them (all 1-based).
/// The first paragraph set larger than the body text on the first page becomes the heading.
void buildPdfParagraphs(const QVector<PdfPage> &pages, ExtractedText *out);

} // namespace Recension
