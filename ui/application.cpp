#include "ui/application.h"

#include "cli/commandline.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace Recension::Ui {

namespace {

bool hasDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int runApplication(int argc, char **argv)
{
    if (!hasDisplay()) {
        std::fputs(QCoreApplication::translate(
                       "Recension::Ui",
                       "recension: no display to open a window on; use 'recension compare LEFT "
                       "RIGHT --json -' or 'recension info FILE' to work headless.\n")
                       .toLocal8Bit()
                       .constData(),
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Recension"));
    QCoreApplication::setApplicationName(QStringLiteral("recension"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECENSION_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Recension"));
    Cli::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Recension::Ui", "Compare versions of an article."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Recension::Ui", "Articles to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Recension::Ui
