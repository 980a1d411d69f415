#pragma once

#include <QStringList>

namespace Recension::Cli {

/// @brief `recension info [--json] FILE...`; `arguments` has the program name first.
int runInfo(const QStringList &arguments);

} // namespace Recension::Cli
