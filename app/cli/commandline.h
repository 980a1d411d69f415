#pragma once

#include <QString>

class QCommandLineParser;

namespace Recension::Cli {

/// @brief True when argv[1] names a headless sub-command (info, compare).
bool isHeadlessCommand(const QString &word);

/// @brief Runs a headless sub-command; picks the offscreen platform itself. Returns the exit status.
int run(int argc, char **argv);

/// @brief The parser's help with the sub-command in the usage line (Qt names only the program).
QString subcommandHelp(const QCommandLineParser &parser, const QString &program,
                       const QString &command);

/// @brief Installs the translators for the user's locale (Qt's own and Recension's).
void installTranslators();

} // namespace Recension::Cli
