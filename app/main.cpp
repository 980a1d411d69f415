// The one file of app/ that may reach the widgets: it picks the headless command line
// or the desktop window.
#include "cli/commandline.h"
#include "cli/parsedocumentcommand.h"
#include "document/parserprocess.h"
#include "ui/application.h"

#include <QString>

int main(int argc, char **argv)
{
    // Word, OpenDocument and PDF parsers run in a child of this same binary (issue 13).
    if (argc == 3 && qstrcmp(argv[1], Recension::parseDocumentCommand) == 0)
        return Recension::Cli::runParseDocument(argc, argv);
    Recension::setParserProcess({ true, {}, 60000 });
    if (argc > 1 && Recension::Cli::isHeadlessCommand(QString::fromLocal8Bit(argv[1])))
        return Recension::Cli::run(argc, argv);
    return Recension::Ui::runApplication(argc, argv);
}
