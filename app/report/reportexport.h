#pragma once

#include "compare/comparison.h"
#include "report/jsonwriter.h"
#include "report/reportoptions.h"

#include <QString>

namespace Recension {

enum class ReportFormat { Pdf, Html, Json, Docx };

/// @brief True when `path` names one of the compared files (through links and relative paths).
bool isComparedFile(const Comparison &comparison, const QString &path);

/// @brief Empty when a report may be written to `path`, else the translated reason
/// (OutputGuard's check against the compared files).
QString exportProblem(const Comparison &comparison, const QString &path);

/// @brief Writes the comparison as `format` to `path` through OutputGuard: atomically
/// (QSaveFile) over a regular file, as a stream into a device or FIFO, never over one of
/// the compared files. On failure returns false with a translated reason in `error`.
bool exportReport(const Comparison &comparison, ReportFormat format, const ReportOptions &options,
                  const QString &path, const ReportProgress &progress = {}, QString *error = nullptr);

} // namespace Recension
