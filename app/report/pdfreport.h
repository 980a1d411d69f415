#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QString>

#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace Recension {

/// @brief Writes the comparison as a landscape PDF to `device` (open for writing): page
/// one (documents, similarity, findings), both versions side by side, then the appendix
/// (quote audit, facts, change table when asked for, legend), "page N of M" on every page. The text stays selectable and searchable. Returns false, with the reason
/// in `error`, when it cannot paint.
bool writePdfReport(const Comparison &comparison, const ReportOptions &options, QIODevice *device,
                    const ReportProgress &progress = {}, QString *error = nullptr);

/// @brief The PDF with its creation time set to a fixed date, for byte-identical output
/// when the report carries no timestamp.
QByteArray pdfWithoutCreationTime(QByteArray pdf);

/// @brief Sets a writer up as every report's pages are: paper, landscape, margins, creator.
void setUpPdfWriter(QPdfWriter &writer, const ReportOptions &options);

/// @brief A pair report laid out on a writer's pages, so that it can be painted alone or
/// after other pages (the family report puts each copy against the base after its own
/// page one). The writer must be set up (setUpPdfWriter) before the pages are laid out.
class PdfPairPages final
{
public:
    /// `firstPage`: the printed number of its first page, for the page references inside.
    PdfPairPages(const Comparison &comparison, const ReportOptions &options, QPdfWriter *writer,
                 const ReportProgress &progress = {}, int firstPage = 1);
    ~PdfPairPages();
    PdfPairPages(const PdfPairPages &) = delete;
    PdfPairPages &operator=(const PdfPairPages &) = delete;

    int pageCount() const;
    /// @brief Paints every page, numbered from `firstPage` (1-based) of `totalPages`; a new
    /// page is begun before each page unless it is the document's first (`firstPage` 1).
    void paint(QPainter &painter, int firstPage, int totalPages,
               const ReportProgress &progress = {}) const;

private:
    struct Layout;
    std::unique_ptr<Layout> d;
};

} // namespace Recension
