#include "cli/optiontable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace Recension::Cli {

namespace {

QString translated(const char *context, const char *text)
{
    return text ? QCoreApplication::translate(context, text) : QString();
}

} // namespace

// Each text keeps the translation context its command has always used, so that the
// existing German and French translations still apply.
const std::vector<OptionSpec> &optionTable()
{
    static const std::vector<OptionSpec> table = {
        {"", "version", "Recension::Ui", nullptr,
         QT_TRANSLATE_NOOP("Recension::Ui", "Print the version and exit."), nullptr},
        {"", "screenshot", "Recension::Ui", QT_TRANSLATE_NOOP("Recension::Ui", "FILE.png"),
         QT_TRANSLATE_NOOP("Recension::Ui", "Render the window comparing the first two files to an "
                                            "image file, then exit."),
         nullptr},
        {"", "panel", "Recension::Ui", QT_TRANSLATE_NOOP("Recension::Ui", "PANEL"),
         QT_TRANSLATE_NOOP("Recension::Ui", "With --screenshot: the lower panel to show (findings, "
                                            "changes, quotations or facts), or family: the "
                                            "family view of every version."),
         "findings"},

        {"info", "json", "Recension::Cli::InfoCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::InfoCommand",
                           "Print the documents as JSON (an object for one file, else an array)."),
         nullptr},
        {"info", "language", "Recension::Cli::InfoCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::InfoCommand", "tag"),
         QT_TRANSLATE_NOOP("Recension::Cli::InfoCommand", "Language of the files (default: en)."),
         "en"},

        {"compare", "json", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Write the comparison as JSON to FILE (- for standard output)."),
         nullptr},
        {"compare", "html", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Write a self-contained HTML report to FILE."),
         nullptr},
        {"compare", "pdf", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "Write a PDF report to FILE."), nullptr},
        {"compare", "ignore-case", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "Do not report changes of letter case."),
         nullptr},
        {"compare", "ignore-punctuation", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Do not report changes of punctuation only."),
         nullptr},
        {"compare", "synonyms-unimportant", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Do not report synonym swaps outside quotations."),
         nullptr},
        {"compare", "language", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "tag"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Language of both versions (default: en)."),
         "en"},
        {"compare", "paper", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "size"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Paper size of the PDF: a4 or letter (default: a4)."),
         "a4"},
        {"compare", "changes-only", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Reports show only changed passages, each with a sentence of context."),
         nullptr},
        {"compare", "no-timestamp", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Leave the time of the comparison out, for byte-identical output."),
         nullptr},
        {"compare", "watch", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Watch the names and terms of FILE (UTF-8, one a line): a change that "
                           "touches one is high and a finding."),
         nullptr},
        {"compare", "findings", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Print the findings, what a fact-checker must look at, one a line."),
         nullptr},
        {"compare", "docx", "Recension::Cli::CompareCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Write the right version to FILE as a Word document with tracked "
                           "changes against the left and a comment on each finding."),
         nullptr},
        {"compare", "changes-table", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Reports end with the full table of every change."),
         nullptr},
        {"compare", "facts-only", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Reports mark changes of fact only, leave low changes unmarked and "
                           "fold unchanged paragraphs."),
         nullptr},
        {"compare", "keep-clutter", "Recension::Cli::CompareCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Compare web-page clutter too (share prompts, counters, credits...), "
                           "which is otherwise set aside."),
         nullptr},
        {"family", "base", "Recension::Cli::FamilyCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand",
                           "The source version (default: the first)."),
         nullptr},
        {"family", "json", "Recension::Cli::FamilyCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand",
                           "Write the family document as JSON to FILE (- for standard output)."),
         nullptr},
        {"family", "pdf", "Recension::Cli::FamilyCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand",
                           "Write the family report as PDF to FILE: the matrix, the lineage tree "
                           "and the quotation grid, then each copy against the base."),
         nullptr},
        {"family", "html", "Recension::Cli::FamilyCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand", "FILE"),
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand",
                           "Write the family report as one self-contained HTML page to FILE."),
         nullptr},
        {"family", "language", "Recension::Cli::FamilyCommand",
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand", "tag"),
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand", "Language of the versions (default: en)."),
         "en"},
        {"family", "no-timestamp", "Recension::Cli::FamilyCommand", nullptr,
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand",
                           "Leave the time out, for byte-identical output."),
         nullptr},
        // A new option is an entry here, the man page and the completions;
        // tests/cli/tst_commandline checks that they agree.
    };
    return table;
}

const std::vector<CommandSpec> &commandTable()
{
    static const std::vector<CommandSpec> table = {
        {"compare", "Recension::Cli::CompareCommand", "LEFT RIGHT",
         QT_TRANSLATE_NOOP("Recension::Cli::CompareCommand",
                           "Align two versions, name every divergence, write JSON, HTML or PDF.")},
        {"family", "Recension::Cli::FamilyCommand", "FILE...",
         QT_TRANSLATE_NOOP("Recension::Cli::FamilyCommand",
                           "Judge each version of a story against the base and find who copied whom.")},
        {"info", "Recension::Cli::InfoCommand", "FILE...",
         QT_TRANSLATE_NOOP("Recension::Cli::InfoCommand",
                           "Show how each file is read: title, format, encoding, words.")},
    };
    return table;
}

const CommandSpec *findCommand(QStringView name)
{
    for (const CommandSpec &command : commandTable()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QCommandLineOption commandOption(const char *command, const char *name)
{
    for (const OptionSpec &spec : optionTable()) {
        if (std::strcmp(spec.command, command) != 0 || std::strcmp(spec.name, name) != 0)
            continue;
        QCommandLineOption option(QLatin1String(spec.name),
                                  translated(spec.context, spec.description),
                                  translated(spec.context, spec.valueName));
        if (spec.defaultValue)
            option.setDefaultValue(QLatin1String(spec.defaultValue));
        return option;
    }
    qFatal("recension: no option --%s for '%s' in the option table", name, command);
}

void addCommandOptions(QCommandLineParser &parser, const char *command)
{
    parser.addHelpOption();
    for (const OptionSpec &spec : optionTable()) {
        // --version is handled before any parser, for every command at once.
        if (std::strcmp(spec.command, command) == 0 && std::strcmp(spec.name, "version") != 0)
            parser.addOption(commandOption(command, spec.name));
    }
}

} // namespace Recension::Cli
