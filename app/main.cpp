// The one file of app/ that may reach the widgets: the command line handles what needs no
// display (sub-commands, --help, --version, usage errors); the rest opens the window.
#include "cli/commandline.h"
#include "ui/application.h"

#include <QHashSeed>

int main(int argc, char **argv)
{
    QHashSeed::setDeterministicGlobalSeed(); // one order of fonts in a PDF, run after run
    const int status = Recension::Cli::run(argc, argv);
    if (status != Recension::Cli::OpenWindow)
        return status;
    return Recension::Ui::runApplication(argc, argv);
}
