#pragma once

#include "compare/auditcontext.h"
#include "compare/comparison.h"

namespace Recension {

/// @brief Pairs every quotation of one version with its counterpart in the other (moved,
/// split by its attribution or run over several paragraphs), names its fate and speaker,
/// and turns a changed attribution into a `speaker` change. Fills Comparison::quotes;
/// needs the changes numbered.
void auditQuotes(const AuditContext &context, Comparison *comparison);

/// @brief A quotation's severity by its fate (spec QUOTE): high for altered and added,
/// medium for unquoted and missing, low for verbatim.
Severity quoteSeverity(QuoteStatus status);

} // namespace Recension
