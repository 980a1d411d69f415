// recension-window-bench: drives the real window, headless, through loading, comparing,
// scrolling, searching, filtering and sorting a pair, and reports the longest stall of the GUI
// thread in each phase (a timer asks for the GUI thread every 5 ms; a stall is the
// longest gap between two of its ticks).
#include "ui/panels/changefilterproxy.h"
#include "ui/panels/changelistmodel.h"
#include "ui/panels/changelistpanel.h"
#include "ui/panels/changesearchindex.h"
#include "ui/window/mainwindow.h"
#include "ui/view/sidebysideview.h"

#include "stallmonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Recension;
using namespace Recension::Ui;
using namespace Recension::Bench;

namespace {

class PaintWatch final : public QObject
{
public:
    double paintedAt = -1;
    const StallMonitor *monitor = nullptr;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0)
            paintedAt = monitor->now();
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Drives the real window headless on LEFT and RIGHT and prints the longest GUI-thread "
        "stall of each phase and how long the view takes to appear after the engine ends."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("LEFT"), QStringLiteral("The first version."));
    parser.addPositionalArgument(QStringLiteral("RIGHT"), QStringLiteral("The second version."));
    const QCommandLineOption searches(QStringLiteral("search"),
                                      QStringLiteral("Texts typed into the change list's search, comma-separated."),
                                      QStringLiteral("LIST"), QStringLiteral("e,P,Jehoshaphat"));
    parser.addOption(searches);
    const QCommandLineOption stalls(QStringLiteral("stalls"),
                                    QStringLiteral("Print every GUI-thread stall longer than MS as it ends."),
                                    QStringLiteral("MS"));
    parser.addOption(stalls);
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(1);

    StallMonitor monitor;
    monitor.reportStallsOver(parser.value(stalls).toDouble());
    MainWindow window(MainWindow::Session::Transient);
    window.resize(1400, 900);
    window.show();
    pause(200);
    auto *view = window.findChild<SideBySideView *>();
    auto *panel = window.findChild<ChangeListPanel *>();
    if (!view || !panel) {
        std::fprintf(stderr, "the window has no view or change list\n");
        return 2;
    }
    // The window takes the engine's result in one slot that ends with comparisonFinished;
    // the GUI thread was last free just before that slot began.
    double engineDone = -1;
    PaintWatch paints;
    paints.monitor = &monitor;
    bool finished = false;
    QObject::connect(&window, &MainWindow::comparisonFinished, &window, [&] {
        finished = true;
        engineDone = monitor.lastTick();
        paints.paintedAt = -1; // the next paint is the first of the comparison
    });

    monitor.phase("load");
    const double start = monitor.now();
    const QStringList errors = window.openFiles(parser.positionalArguments());
    const double loaded = monitor.now();
    if (!errors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(errors.join(QLatin1Char('\n'))));
        return 2;
    }
    monitor.phase("compare and show");
    view->viewport()->installEventFilter(&paints);
    if (!waitFor([&] { return finished; }, 600)) {
        std::fprintf(stderr, "the comparison did not finish\n");
        return 2;
    }
    const double shown = monitor.now();
    waitFor([&] { return paints.paintedAt >= 0; }, 10);
    pause(300);

    monitor.phase("scroll");
    QScrollBar *bar = view->verticalScrollBar();
    for (int step = 0; step <= 20; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / 20));
        pause(30);
    }
    bar->setValue(0);
    pause(100);

    auto *search = panel->findChild<QLineEdit *>();
    auto *index = panel->findChild<ChangeSearchIndex *>();
    QVector<std::pair<QString, double>> searchTimes;
    monitor.phase("search");
    for (const QString &text : parser.value(searches).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const double typed = monitor.now();
        for (int k = 1; k <= text.size(); ++k) {
            search->setText(text.left(k));
            pause(80);
        }
        waitFor([&] { return !index || index->isIdle(); }, 120);
        pause(50);
        searchTimes.append({text, monitor.now() - typed});
        search->clear();
        waitFor([&] { return !index || index->isIdle(); }, 120);
        pause(50);
    }

    monitor.phase("filter");
    for (int c = 0; c < CategoryCount; c += 3) {
        panel->setCategoryVisible(Category(c), false);
        pause(50);
        panel->setCategoryVisible(Category(c), true);
        pause(50);
    }
    monitor.phase("sort");
    // Each column both ways; the text columns' collation ranks come from the pool.
    const double sortStart = monitor.now();
    for (int column = 0; column < ChangeListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            panel->table()->sortByColumn(column, order);
            waitFor([&] { return !panel->proxy()->isSorting(); }, 120);
            pause(30);
        }
    }
    panel->table()->sortByColumn(int(ChangeListModel::Column::Number), Qt::AscendingOrder);
    const double sortTime = monitor.now() - sortStart;
    monitor.phase("end");

    const ComparisonPtr comparison = window.comparison();
    std::printf("pair: %s | %s\n", qPrintable(parser.positionalArguments()[0]),
                qPrintable(parser.positionalArguments()[1]));
    std::printf("changes: %lld\n", comparison ? qlonglong(comparison->changes.size()) : -1LL);
    std::printf("openFiles (loading on the GUI thread's call): %.0f ms\n", loaded - start);
    std::printf("result taken to comparisonFinished: %.0f ms\n", engineDone >= 0 ? shown - engineDone : -1.0);
    std::printf("result taken to the view's first paint: %.0f ms\n",
                engineDone >= 0 && paints.paintedAt >= 0 ? paints.paintedAt - engineDone : -1.0);
    std::printf("every column sorted both ways, keys included: %.0f ms\n", sortTime);
    for (const auto &[text, ms] : searchTimes)
        std::printf("search \"%s\": typed and answered in %.0f ms\n", qPrintable(text), ms);
    double longest = 0;
    for (const auto &[name, gap] : monitor.phases()) {
        if (name == QLatin1String("end"))
            continue;
        std::printf("longest GUI-thread stall, %s: %.0f ms\n", qPrintable(name), gap);
        longest = std::max(longest, gap);
    }
    std::printf("longest GUI-thread stall overall: %.0f ms\n", longest);
    return 0;
}
