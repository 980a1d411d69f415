#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QByteArray>

namespace Recension {

/// @brief The comparison as one self-contained HTML page (UTF-8): inline CSS, no script,
/// no external resource; summary and legend, quote audit, facts, side-by-side table.
QByteArray htmlReport(const Comparison &comparison, const ReportOptions &options,
                      const ReportProgress &progress = {});

} // namespace Recension
