#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QByteArray>

namespace Recension::Test {

/// @brief A small hand-built comparison of two invented versions of one story, covering
/// every row shape (modified, moved, deleted, inserted, identical), a quotation, facts, an
/// emoji (a surrogate pair) and a decomposed accent before changes, Cyrillic and Greek,
/// markup characters to escape, and a paragraph of five sentences changed in the third.
ComparisonPtr handBuiltComparison();

/// @brief handBuiltComparison() with what the reports lead with: findings of both
/// severities (one on a quotation, one on a change of medium severity) and wording kept.
ComparisonPtr reportComparison();

/// @brief reportComparison() with a photo credit set aside in the left version and a share
/// prompt at the top of the right one.
ComparisonPtr reportComparisonWithClutter();

/// @brief The PDF report of `comparison` as bytes (a failure is logged and gives what was
/// written).
QByteArray pdfReportBytes(const Comparison &comparison, const ReportOptions &options);

/// @brief The span of the first `needle` in `side`'s paragraph (UTF-16 offsets).
Span findSpan(const Comparison &comparison, Side side, int paragraph, const QString &needle);

} // namespace Recension::Test
