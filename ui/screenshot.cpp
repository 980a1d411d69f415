#include "ui/screenshot.h"

#include "ui/mainwindow.h"

#include <QEventLoop>
#include <QPixmap>
#include <QSize>
#include <cstdio>
#include <cstring>

namespace Recension::Ui {

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("recension: %1\n").arg(message)), stderr);
}

} // namespace

bool Screenshot::requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0
            || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

Screenshot::Status Screenshot::render(const QString &output, const QStringList &files,
                                      const QString &panel, const QSize &size)
{
    // In the window's tab order (MainWindow::Panel).
    const QStringList panels{QStringLiteral("findings"), QStringLiteral("changes"),
                             QStringLiteral("quotations"), QStringLiteral("facts")};
    if (!panels.contains(panel)) {
        printError(tr("--panel takes one of: %1").arg(panels.join(QStringLiteral(", "))));
        return Status::Usage;
    }
    if (output.isEmpty() || files.size() < 2) {
        printError(tr("--screenshot needs an output file and two versions: "
                      "recension --screenshot FILE.png LEFT RIGHT"));
        return Status::Usage;
    }
    MainWindow window(MainWindow::Session::Transient);
    window.resize(size);
    const QStringList errors = window.openFiles(files);
    if (!errors.isEmpty()) {
        for (const QString &error : errors)
            printError(error);
        return Status::InputError;
    }
    window.show();
    if (window.isComparing()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::comparisonFinished, &loop, &QEventLoop::quit);
        QObject::connect(&window, &MainWindow::comparisonCancelled, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!window.comparison()) {
        printError(tr("the comparison did not finish"));
        return Status::InputError;
    }
    window.showPanel(panels.indexOf(panel));
    // Let the layout settle (docks, splitter, first paint of the visible rows).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull() || !pixmap.save(output)) {
        printError(tr("cannot write %1").arg(output));
        return Status::OutputError;
    }
    return Status::Ok;
}

} // namespace Recension::Ui
