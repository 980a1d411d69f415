#pragma once

#include "compare/auditcontext.h"
#include "compare/comparison.h"

namespace Recension {

/// @brief Lists the numbers, dates, names, titles and organisations of the left version
/// with their fate in the right one (same, changed, missing), and those only the right one
/// has (added). Fills Comparison::facts; needs the changes numbered and the speakers audited.
void auditFacts(const AuditContext &context, Comparison *comparison);

} // namespace Recension
