#include "ui/window/screenshot.h"

#include "document/documentset.h"
#include "document/outputguard.h"
#include "ui/family/familyrunner.h"
#include "ui/family/familywindow.h"
#include "ui/window/mainwindow.h"

#include <QEventLoop>
#include <QTabWidget>
#include <QFileInfo>
#include <QImageWriter>
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

// The picture's format follows the name's suffix; a name without a known one (a device
// such as /dev/stdout) gets PNG.
QByteArray imageFormat(const QString &output)
{
    const QByteArray suffix = QFileInfo(output).suffix().toLower().toLatin1();
    return QImageWriter::supportedImageFormats().contains(suffix) ? suffix : QByteArray("png");
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

namespace {

/// The family view of every open version, the first as the base, once analysed.
QPixmap familyView(MainWindow &window, const QSize &size)
{
    FamilyWindow family(&window);
    family.resize(size);
    QEventLoop loop;
    QObject::connect(&family, &FamilyWindow::familyShown, &loop, &QEventLoop::quit);
    QObject::connect(family.runner(), &FamilyRunner::cancelled, &loop, &QEventLoop::quit);
    family.analyse(window.documents()->documents(), 0, window.preferences().options);
    loop.exec();
    family.tabs()->setCurrentIndex(FamilyWindow::QuotationsTab);
    family.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return family.family() ? family.grab() : QPixmap();
}

} // namespace

Screenshot::Status Screenshot::render(const QString &output, const QStringList &files,
                                      const QString &panel, const QSize &size)
{
    // In the window's tab order (MainWindow::Panel).
    const QStringList panels{QStringLiteral("findings"), QStringLiteral("changes"),
                             QStringLiteral("quotations"), QStringLiteral("facts"),
                             QStringLiteral("family")};
    if (!panels.contains(panel)) {
        printError(tr("--panel takes one of: %1").arg(panels.join(QStringLiteral(", "))));
        return Status::Usage;
    }
    if (output.isEmpty() || files.size() < 2) {
        printError(tr("--screenshot needs an output file and two versions: "
                      "recension --screenshot FILE.png LEFT RIGHT"));
        return Status::Usage;
    }
    // Checked before the comparison runs, so a refused output costs nothing.
    const OutputGuard guard(files);
    if (const QString problem = guard.check(output); !problem.isEmpty()) {
        printError(problem);
        return Status::OutputError;
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
    QPixmap pixmap;
    if (panel == QLatin1String("family")) {
        pixmap = familyView(window, size);
    } else {
        window.showPanel(panels.indexOf(panel));
        // Let the layout settle (docks, splitter, first paint of the visible rows).
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        pixmap = window.grab();
    }
    const auto writer = [&](QIODevice &device, QString *reason) {
        if (pixmap.isNull() || !pixmap.save(&device, imageFormat(output).constData())) {
            *reason = tr("the window could not be rendered as %1")
                          .arg(QString::fromLatin1(imageFormat(output).toUpper()));
            return false;
        }
        return true;
    };
    QString error;
    if (!guard.write(output, writer, &error)) {
        printError(error);
        return Status::OutputError;
    }
    return Status::Ok;
}

} // namespace Recension::Ui
