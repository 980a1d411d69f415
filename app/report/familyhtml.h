#pragma once

#include "family/family.h"
#include "report/reportoptions.h"

#include <QByteArray>

namespace Recension {

/// @brief The family as one self-contained HTML page (UTF-8): the matrix of every pair,
/// the lineage as a nested list of edges with their evidence, the verdicts, the quotation
/// and fact grids, then each copy against the base as the pair report shows it.
QByteArray familyHtmlReport(const FamilyAnalysis &family, const ReportOptions &options);

} // namespace Recension
