#pragma once

#include <QString>

class QCommandLineParser;

namespace Recension::Cli {

/// What run() returns when the arguments are the window's: main() then opens it.
constexpr int OpenWindow = -1;

/// @brief Handles everything that needs no display: the sub-commands, --help, --version and
/// usage errors (an unknown option, an argument that is neither a file nor a command).
/// Returns the exit status, or OpenWindow when the window should open on the arguments.
int run(int argc, char **argv);

/// @brief The window's options (`recension [FILE...]`), from the option table.
void setUpWindowParser(QCommandLineParser &parser);

/// @brief The parser's help with "recension COMMAND" in the usage line (Qt names only the
/// path the program was started with).
QString subcommandHelp(const QCommandLineParser &parser, const QString &command);

/// @brief Prints "recension: MESSAGE" on standard error.
void printError(const QString &message);

/// @brief Prints "recension: MESSAGE" and the hint "Try 'recension [COMMAND] --help'" on
/// standard error; returns the usage exit status (1).
int usageError(const QString &message, const QString &command = {});

/// @brief Installs the translators for the user's locale (Qt's own and Recension's).
void installTranslators();

} // namespace Recension::Cli
