// The one file of app/ that may reach the widgets: it picks the headless command line
// or the desktop window.
#include "cli/commandline.h"
#include "ui/application.h"

#include <QHashSeed>
#include <QString>

int main(int argc, char **argv)
{
    QHashSeed::setDeterministicGlobalSeed(); // one order of fonts in a PDF, run after run
    if (argc > 1 && Recension::Cli::isHeadlessCommand(QString::fromLocal8Bit(argv[1])))
        return Recension::Cli::run(argc, argv);
    return Recension::Ui::runApplication(argc, argv);
}
