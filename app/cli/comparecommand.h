#pragma once

#include <QStringList>

namespace Recension::Cli {

/// Exit statuses of `recension compare` (shared/spec/comparison-json.md).
enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitInput = 2, ExitOutput = 3 };

/// @brief `recension compare LEFT RIGHT [--json F|-] [--html F] [--pdf F]
/// [--watch F] [--findings]`; program name first.
int runCompare(const QStringList &arguments);

} // namespace Recension::Cli
