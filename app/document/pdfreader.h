#pragma once

#include "document/extractedtext.h"

#include <QByteArray>

namespace Recension {

/// Bounds on what the PDF reader takes in.
struct PdfLimits
{
    int maxPages = 500; ///< later pages are left out, with a warning
};

/// @brief The text of a PDF through Poppler, in reading order (columns one after the other):
/// lines joined into paragraphs by their spacing, a word hyphenated at a line end joined
/// again, running headers, footers and page numbers (lines repeated at the same place on
/// most pages, or a lone number in a margin) dropped. A paragraph's page and lastPage are
/// the pages it starts and ends on, its line and lastLine its first and last line there. A PDF without a text layer, an encrypted one and a
/// damaged one each get their own message.
ExtractedText readPdf(const QByteArray &bytes, const QString &path, const PdfLimits &limits = {});

} // namespace Recension
