#pragma once

#include <QStringList>

namespace Recension::Cli {

/// @brief `recension family FILE... [--base FILE] [--json F|-]`; program name first.
/// Prints the verdicts and the lineage tree, or writes the family document as JSON.
int runFamily(const QStringList &arguments);

} // namespace Recension::Cli
