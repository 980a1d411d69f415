#pragma once

#include "compare/auditcontext.h"
#include "compare/comparison.h"

namespace Recension {

/// @brief Builds Comparison::findings by the spec's FINDING: the changes of fact (name,
/// number, speaker, polarity, hedge, watched term) grouped so the same change made in
/// several places is one finding, the altered, added, unquoted and missing quotations,
/// and the sentences deleted or inserted whole that hold a number or a name (claims);
/// high before medium, then in reading order of the left version. Needs the changes
/// classified and numbered, the quote and fact audits done and watched changes marked.
void buildFindings(const AuditContext &context, Comparison *comparison);

/// @brief The whole text of a span of one version, a span running on over paragraphs
/// joined with single spaces.
QString fullSpanText(const Comparison &comparison, Side side, const Span &span);

} // namespace Recension
