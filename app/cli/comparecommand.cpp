#include "cli/comparecommand.h"

namespace Recension::Cli {

int runCompare(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return ExitUsage;
}

} // namespace Recension::Cli
