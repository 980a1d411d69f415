#include "cli/infocommand.h"

namespace Recension::Cli {

int runInfo(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 1;
}

} // namespace Recension::Cli
