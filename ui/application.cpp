#include "ui/application.h"

#include "cli/commandline.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
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
    // A screenshot needs no display: choose the offscreen platform before Qt starts.
    if (Screenshot::requested(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    QGuiApplication::setDesktopFileName(QStringLiteral("recension"));
    Cli::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Recension::Ui", "Compare versions of an article."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Recension::Ui",
                                    "Render the window comparing the first two files to an "
                                    "image file, then exit."),
        QCoreApplication::translate("Recension::Ui", "FILE.png"));
    parser.addOption(screenshot);
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QCoreApplication::translate("Recension::Ui",
                                    "With --screenshot: the lower panel to show (findings, "
                                    "changes, quotations or facts)."),
        QCoreApplication::translate("Recension::Ui", "PANEL"), QStringLiteral("findings"));
    parser.addOption(panel);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Recension::Ui", "Articles to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    if (parser.isSet(screenshot))
        return int(Screenshot::render(parser.value(screenshot), parser.positionalArguments(),
                                      parser.value(panel)));

    MainWindow window;
    window.show();
    const QStringList errors = window.openFiles(parser.positionalArguments());
    if (!errors.isEmpty())
        QMessageBox::warning(&window,
                             QCoreApplication::translate("Recension::Ui", "Open Versions"),
                             errors.join(QLatin1Char('\n')));
    return app.exec();
}

} // namespace Recension::Ui
