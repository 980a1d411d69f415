#pragma once

#include <QString>

namespace Recension::Cli {

/// @brief True when argv[1] names a headless sub-command (info, compare).
bool isHeadlessCommand(const QString &word);

/// @brief Runs a headless sub-command; picks the offscreen platform itself. Returns the exit status.
int run(int argc, char **argv);

/// @brief Installs the translators for the user's locale (Qt's own and Recension's).
void installTranslators();

} // namespace Recension::Cli
