#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QByteArray>

namespace Recension {

/// @brief The comparison as one self-contained HTML page (UTF-8): inline CSS, no script,
/// no external resource; summary and legend, quote audit, facts, side-by-side table.
QByteArray htmlReport(const Comparison &comparison, const ReportOptions &options,
                      const ReportProgress &progress = {});

/// @brief The report's style sheet, for a page that holds several reports.
QString htmlReportStyleSheet();
/// @brief The report's content without the page around it (html, head, body), for a page
/// that holds several reports (the family report); ids and links are its own.
QString htmlReportBody(const Comparison &comparison, const ReportOptions &options,
                       const ReportProgress &progress = {});

} // namespace Recension
