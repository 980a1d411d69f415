#include "ui/window/application.h"

#include "cli/commandline.h"
#include "ui/window/mainwindow.h"
#include "ui/window/screenshot.h"

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
    // The desktop file's name: Wayland's app id (on X11 the class is the application name,
    // the desktop file's StartupWMClass).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.recension.Recension"));
    Cli::installTranslators();

    // Cli::run() has checked the arguments already, against the same table.
    QCommandLineParser parser;
    Cli::setUpWindowParser(parser);
    parser.process(app);

    const QString screenshot = QStringLiteral("screenshot");
    if (parser.isSet(screenshot))
        return int(Screenshot::render(parser.value(screenshot), parser.positionalArguments(),
                                      parser.value(QStringLiteral("panel"))));

    MainWindow window;
    window.show();
    // Files on the command line win; with none, the last session (or a crashed run's
    // recovered workspace) reopens.
    const QStringList files = parser.positionalArguments();
    QStringList errors;
    if (files.isEmpty()) {
        errors = window.reopenLastSession();
    } else {
        errors = window.openFiles(files);
        window.startAutosave();
    }
    if (!errors.isEmpty())
        QMessageBox::warning(&window,
                             QCoreApplication::translate("Recension::Ui", "Open Versions"),
                             errors.join(QLatin1Char('\n')));
    return app.exec();
}

} // namespace Recension::Ui
