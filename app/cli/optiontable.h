#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <vector>

class QCommandLineParser;

namespace Recension::Cli {

/// One option of one command, as the help, the man page and the completions show it.
/// Texts are untranslated (QT_TRANSLATE_NOOP in `context`, the command's own).
struct OptionSpec
{
    const char *command;      ///< "" for the window (recension [FILE...]), else a sub-command
    const char *name;         ///< long name without dashes: "json"
    const char *context;      ///< translation context of the texts below
    const char *valueName;    ///< nullptr for a switch: "FILE"
    const char *description;
    const char *defaultValue; ///< nullptr when there is none
};

/// One sub-command: `recension NAME ARGUMENTS`, with one line of help.
struct CommandSpec
{
    const char *name;
    const char *context;
    const char *arguments; ///< "LEFT RIGHT"
    const char *summary;
};

/// @brief Every option of every command: the one table the parsers, the help, the man page
/// and the shell completions are built from or tested against.
const std::vector<OptionSpec> &optionTable();

/// @brief The sub-commands, in the order the help lists them.
const std::vector<CommandSpec> &commandTable();

/// @brief The command's entry, or nullptr when `name` is not a sub-command.
const CommandSpec *findCommand(QStringView name);

/// @brief The translated option `name` of `command` (an unknown name is a programming error).
QCommandLineOption commandOption(const char *command, const char *name);

/// @brief Adds -h/--help and every option of `command` from the table to `parser`.
void addCommandOptions(QCommandLineParser &parser, const char *command);

} // namespace Recension::Cli
