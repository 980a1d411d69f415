// The one file of app/ that may reach the widgets: the command line handles what needs no
// display (sub-commands, --help, --version, usage errors); the rest opens the window.
#include "cli/commandline.h"
#include "cli/parsedocumentcommand.h"
#include "document/parserprocess.h"
#include "ui/window/application.h"

#include <QHashSeed>

int main(int argc, char **argv)
{
    QHashSeed::setDeterministicGlobalSeed(); // one order of fonts in a PDF, run after run
    // Word, OpenDocument and PDF parsers run in a child of this same binary (issue 13).
    if (argc == 3 && qstrcmp(argv[1], Recension::parseDocumentCommand) == 0)
        return Recension::Cli::runParseDocument(argc, argv);
    Recension::setParserProcess({ true, {}, 60000 });
    const int status = Recension::Cli::run(argc, argv);
    if (status != Recension::Cli::OpenWindow)
        return status;
    return Recension::Ui::runApplication(argc, argv);
}
