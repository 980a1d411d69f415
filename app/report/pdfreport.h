#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QString>

class QIODevice;

namespace Recension {

/// @brief Writes the comparison as a landscape PDF to `device` (open for writing): page
/// one (documents, similarity, findings), both versions side by side, then the appendix
/// (quote audit, facts, change table when asked for, legend), "page N of M" on every page. The text stays selectable and searchable. Returns false, with the reason
/// in `error`, when it cannot paint.
bool writePdfReport(const Comparison &comparison, const ReportOptions &options, QIODevice *device,
                    const ReportProgress &progress = {}, QString *error = nullptr);

} // namespace Recension
