// recension-family-window-bench: opens a generated family of N versions (default 50) in
// the real window, headless, opens the family view from the Versions dock, and reports
// the longest GUI-thread stall while loading, while the family is analysed and shown,
// and while the user clicks pairs, switches tabs and resizes the window.
#include "ui/panels/documentlistpanel.h"
#include "ui/family/familyrunner.h"
#include "ui/family/familywindow.h"
#include "ui/window/mainwindow.h"

#include "benchpairs.h"
#include "familygenerator.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Recension;
using namespace Recension::Bench;
using namespace Recension::Ui;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens a generated family in the real window and prints the longest GUI-thread stall "
        "of each phase of the family view."));
    parser.addHelpOption();
    const QCommandLineOption versions(QStringLiteral("versions"), QStringLiteral("Versions in the family."),
                                      QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption words(QStringLiteral("words"), QStringLiteral("Words of the base."),
                                   QStringLiteral("N"), QStringLiteral("600"));
    parser.addOption(versions);
    parser.addOption(words);
    parser.process(app);

    QString error;
    const QStringList sources = sampleTexts(QStringLiteral(RECENSION_SAMPLES), &error);
    if (sources.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    FamilyGenerator generator(sources, 4242);
    const GeneratedFamily generated = generator.family(parser.value(words).toInt(),
                                                       parser.value(versions).toInt());
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < generated.members.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("version-%1.txt").arg(i + 1, 2, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(renderText(generated.members[i].paragraphs)) < 0)
            return 2;
        paths.append(path);
    }

    StallMonitor monitor;
    MainWindow window(MainWindow::Session::Transient);
    window.resize(1400, 900);
    window.show();
    pause(200);

    monitor.phase("load");
    const QStringList errors = window.openFiles(paths);
    if (!errors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(errors.join(QLatin1Char('\n'))));
        return 2;
    }
    waitFor([&] { return !window.isComparing(); }, 120);
    pause(200);

    monitor.phase("analyse and show the family");
    const double start = monitor.now();
    QPushButton *button = window.findChild<DocumentListPanel *>()->familyButton();
    button->click();
    auto *family = window.findChild<FamilyWindow *>();
    if (!family) {
        std::fprintf(stderr, "the family view did not open\n");
        return 2;
    }
    bool familyShown = false;
    QObject::connect(family, &FamilyWindow::familyShown, family, [&] { familyShown = true; });
    if (!waitFor([&] { return familyShown; }, 1200)) {
        std::fprintf(stderr, "the family was not analysed\n");
        return 2;
    }
    const double shown = monitor.now();
    pause(500);

    // The same family shown again with no analysis running: the GUI thread's own share.
    monitor.phase("show the family again, engine idle");
    familyShown = false;
    family->setFamily(family->family());
    waitFor([&] { return familyShown; }, 60);
    pause(300);

    monitor.phase("click pairs");
    QTableView *matrix = family->matrixView();
    for (int k = 1; k < 6; ++k) {
        matrix->scrollTo(matrix->model()->index(0, k));
        emit matrix->clicked(matrix->model()->index(0, k));
        waitFor([&] { return !window.isComparing(); }, 60);
        pause(100);
    }

    monitor.phase("tabs and resize");
    for (int tab = 0; tab < family->tabs()->count(); ++tab) {
        family->tabs()->setCurrentIndex(tab);
        pause(150);
    }
    for (int step = 0; step < 4; ++step) {
        family->resize(900 + 150 * step, 700 + 60 * step);
        pause(150);
    }
    monitor.phase("end");

    std::printf("versions: %d of about %d words\n", int(paths.size()), parser.value(words).toInt());
    std::printf("pairs compared: %lld in %.1f s\n", qlonglong(family->family()->pairs.size()),
                (shown - start) / 1000.0);
    double longest = 0;
    double longestCpu = 0;
    for (int i = 0; i < monitor.phases().size(); ++i) {
        const auto &[name, gap] = monitor.phases()[i];
        if (name == QLatin1String("end"))
            continue;
        const double cpu = monitor.cpuPhases()[i].second;
        std::printf("longest GUI-thread stall, %s: %.0f ms (GUI thread's own CPU in a gap: %.0f ms)\n",
                    qPrintable(name), gap, cpu);
        longest = std::max(longest, gap);
        longestCpu = std::max(longestCpu, cpu);
    }
    std::printf("longest GUI-thread stall overall: %.0f ms (own CPU %.0f ms)\n", longest, longestCpu);
    return 0;
}
