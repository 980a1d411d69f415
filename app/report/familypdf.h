#pragma once

#include "family/family.h"
#include "report/reportoptions.h"

#include <QString>

class QIODevice;

namespace Recension {

/// @brief Writes the family as a landscape PDF: page one holds the matrix of every pair,
/// the lineage tree (drawn) and the quotation grid, then the fact grid; then each copy
/// against the base in the pair report's own pages, "page N of M" throughout. Returns
/// false, with the reason in `error`, when it cannot paint.
bool writeFamilyPdf(const FamilyAnalysis &family, const ReportOptions &options,
                    QIODevice *device, QString *error = nullptr);

} // namespace Recension
