// The window's side of triage: the Findings tab, the summary line, F8, "Hide synonym
// swaps" that never hides a fact, and the two similarity figures.
#include "comparisonbuilder.h"
#include "fakeengine.h"
#include "ui/panels/changelistpanel.h"
#include "ui/window/comparisonstatus.h"
#include "ui/view/findinghighlight.h"
#include "ui/panels/findinglistmodel.h"
#include "ui/panels/findingspanel.h"
#include "ui/view/findingsummary.h"
#include "ui/window/mainwindow.h"
#include "ui/view/sidebysideview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;
using Recension::Test::WindowFixture;

namespace {

/// A harbour story with one finding of most kinds; the engine lists a medium hedge
/// before the last high ones, and the window must still show high first.
ComparisonPtr harbourStory()
{
    ComparisonBuilder builder;
    builder
        .left({"Harbour report",
               "The Harbour Safety Board said 12 boats were damaged.",
               "\"We will not reopen the pier,\" Smith said.",
               "The Harbour Safety Board will meet in May.",
               "The old pier stays closed, Smith added."})
        .right({"Harbour report",
                "The Harbour Security Board said 15 boats were harmed.",
                "\"We will reopen the pier,\" Smyth said.",
                "The Harbour Security Board may meet in May."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Modified, {2}, {2})
        .link(LinkKind::Modified, {3}, {3})
        .link(LinkKind::Deleted, {4}, {})
        .change(Category::Name, Severity::High, 1, "Safety", 1, "Security")      // 1
        .change(Category::Number, Severity::High, 1, "12", 1, "15")              // 2
        .change(Category::Synonym, Severity::Low, 1, "damaged", 1, "harmed")     // 3
        .change(Category::Polarity, Severity::High, 2, "not ", -1, {})           // 4
        .change(Category::Speaker, Severity::High, 2, "Smith", 2, "Smyth")       // 5
        .change(Category::Name, Severity::High, 3, "Safety", 3, "Security")      // 6
        .change(Category::Hedge, Severity::Medium, 3, "will", 3, "may")          // 7
        .change(Category::Deleted, Severity::Medium, 4,
                "The old pier stays closed, Smith added.", -1, {})               // 8
        .quote(QuoteStatus::Altered, "Smith", 2, "We will not reopen the pier,", 2,
               "We will reopen the pier,", {4})
        .finding(FindingKind::Name, Severity::High, {1, 6}, -1,
                 {"Harbour Safety Board", "Harbour Security Board"})
        .finding(FindingKind::Number, Severity::High, {2})
        .finding(FindingKind::Hedge, Severity::Medium, {7})
        .finding(FindingKind::Polarity, Severity::High, {4}, -1, {"will not reopen", "will reopen"})
        .finding(FindingKind::Quote, Severity::High, {4}, 0,
                 {"We will not reopen the pier,", "We will reopen the pier,"})
        .finding(FindingKind::Speaker, Severity::High, {5})
        .finding(FindingKind::Claim, Severity::Medium, {8}, -1,
                 {"The old pier stays closed, Smith added.", ""})
        .similarity(0.84)
        .wordsKept(0.41);
    return builder.build();
}

/// Findings given as words: "name", "quote:added", "claim:dropped", ... (no changes).
ComparisonPtr findingsOnly(const QStringList &kinds)
{
    ComparisonBuilder builder;
    builder.left({"Title"}).right({"Title"});
    const QStringList names{"name", "number", "speaker", "polarity", "hedge", "watched",
                            "quote", "claim"};
    const QStringList statuses{"verbatim", "altered", "missing", "added", "unquoted"};
    int quotes = 0;
    for (const QString &spec : kinds) {
        const QString kind = spec.section(QLatin1Char(':'), 0, 0);
        const QString detail = spec.section(QLatin1Char(':'), 1);
        const auto findingKind = FindingKind(names.indexOf(kind));
        if (findingKind == FindingKind::Quote) {
            builder.quote(QuoteStatus(statuses.indexOf(detail)), {}, -1, {}, -1, {});
            builder.finding(findingKind, Severity::High, {}, quotes++, {"said", "says"});
        } else if (findingKind == FindingKind::Claim) {
            const bool dropped = detail == QLatin1String("dropped");
            builder.finding(findingKind, Severity::Medium, {}, -1,
                            {dropped ? "A claim." : "", dropped ? "" : "A claim."});
        } else {
            builder.finding(findingKind, Severity::High, {}, -1, {"a", "b"});
        }
    }
    return builder.build();
}

QVector<int> findingIdsInTable(const FindingsPanel *panel)
{
    QVector<int> ids;
    for (int row = 0; row < panel->count(); ++row)
        ids << panel->model()->findingAt(row) + 1;
    return ids;
}

} // namespace

class TestFindingsWindow : public QObject
{
    Q_OBJECT

private slots:
    void findingsTabIsFirstAndSelected();
    void tableRows_data();
    void tableRows();
    void f8StepsAndWraps_data();
    void f8StepsAndWraps();
    void selectingAFindingFramesEveryPlace();
    void enterGoesToTheFinding();
    void evidenceOfTheCurrentFinding();
    void evidenceOfSeveralSelectedChanges();
    void summaryLine_data();
    void summaryLine();
    void hideSynonymsNeverHidesAFact_data();
    void hideSynonymsNeverHidesAFact();
    void statusFigures_data();
    void statusFigures();
};

void TestFindingsWindow::findingsTabIsFirstAndSelected()
{
    const ComparisonPtr story = harbourStory();
    WindowFixture f(story);
    QVERIFY(f.open(story));
    auto *tabs = f.window.findChild<QTabWidget *>(QStringLiteral("auditTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->widget(0), f.window.findingsPanel());
    QCOMPARE(tabs->currentIndex(), int(MainWindow::FindingsTab));
    QVERIFY(f.window.findingsPanel()->isVisible());
    // High first, then in the engine's order: the medium hedge (3) and claim (7) last.
    QCOMPARE(findingIdsInTable(f.window.findingsPanel()), (QVector<int>{1, 2, 4, 5, 6, 3, 7}));
    QVERIFY(f.window.findingSummary()->isVisible());
}

void TestFindingsWindow::tableRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("a name changed in two places")
        << 0 << QStringList{"high", "name", "Harbour Safety Board → Harbour Security Board", "2", "", ""};
    QTest::newRow("an altered quotation names its speaker")
        << 3 << QStringList{"high", "quotation altered", "We will not reopen the pier, → We will "
                            "reopen the pier,", "1", "Smith", ""};
    QTest::newRow("a dropped claim has only a left side")
        << 6 << QStringList{"medium", "claim dropped", "The old pier stays closed, Smith added. →",
                            "1", "", ""};
}

void TestFindingsWindow::tableRows()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    FindingListModel model;
    model.setComparison(harbourStory());
    QStringList shown;
    for (int column = 0; column < FindingListModel::ColumnCount; ++column)
        shown << model.index(row, column).data().toString();
    QCOMPARE(shown, cells);
    // Severity is told by text and by an icon, never by colour alone.
    QVERIFY(!model.index(row, 0).data(Qt::DecorationRole).isNull());
}

void TestFindingsWindow::f8StepsAndWraps_data()
{
    QTest::addColumn<int>("fromRow");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<int>("expectedRow");
    QTest::newRow("first F8 selects the first finding") << -1 << false << 0;
    QTest::newRow("F8 goes to the next") << 0 << false << 1;
    QTest::newRow("F8 after the last wraps to the first") << 6 << false << 0;
    QTest::newRow("first Shift+F8 selects the last") << -1 << true << 6;
    QTest::newRow("Shift+F8 on the first wraps to the last") << 0 << true << 6;
    QTest::newRow("Shift+F8 goes back") << 4 << true << 3;
}

void TestFindingsWindow::f8StepsAndWraps()
{
    QFETCH(int, fromRow);
    QFETCH(bool, backwards);
    QFETCH(int, expectedRow);
    const ComparisonPtr story = harbourStory();
    WindowFixture f(story);
    QVERIFY(f.open(story));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    FindingsPanel *panel = f.window.findingsPanel();
    if (fromRow >= 0)
        f.window.setCurrentFinding(panel->model()->findingAt(fromRow));
    f.window.showPanel(MainWindow::ChangesTab); // F8 brings the findings back
    QTest::keyClick(&f.window, Qt::Key_F8, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    const int expected = panel->model()->findingAt(expectedRow);
    QCOMPARE(f.window.currentFinding(), expected);
    QCOMPARE(f.window.currentPanel(), int(MainWindow::FindingsTab));
    // F7 still steps through every change, from the finding's first place.
    const int first = story->findings[expected].changes.first() - 1;
    QCOMPARE(f.window.currentChange(), first);
    QTest::keyClick(&f.window, Qt::Key_F7);
    QCOMPARE(f.window.currentChange(), (first + 1) % int(story->changes.size()));
}

void TestFindingsWindow::selectingAFindingFramesEveryPlace()
{
    const ComparisonPtr story = harbourStory();
    WindowFixture f(story);
    QVERIFY(f.open(story));
    f.window.setCurrentFinding(0); // Harbour Safety Board, paragraphs 1 and 3
    QCOMPARE(f.window.findingHighlight()->changes(), (QVector<int>{0, 5}));
    QCOMPARE(f.window.currentChange(), 0);
    f.window.view()->layOutAllRows();
    const QVector<QRect> frames = f.window.findingHighlight()->visibleFrames();
    QCOMPARE(frames.size(), 4); // two places, both sides each
    for (int change : {0, 5}) {
        for (Side side : {Left, Right})
            QVERIFY(frames.contains(f.window.view()->changeRect(change, side)));
    }
    // A change outside the finding ends its frames.
    f.window.setCurrentChange(2);
    QVERIFY(f.window.findingHighlight()->changes().isEmpty());
}

void TestFindingsWindow::enterGoesToTheFinding()
{
    const ComparisonPtr story = harbourStory();
    WindowFixture f(story);
    QVERIFY(f.open(story));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QTableView *table = f.window.findingsPanel()->table();
    table->setFocus();
    f.window.setCurrentFinding(story->findings.size() - 1); // the dropped claim, last row
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(f.window.currentChange(), 7);
    QVERIFY(f.window.view()->hasFocus());
}

void TestFindingsWindow::evidenceOfTheCurrentFinding()
{
    const ComparisonPtr story = harbourStory();
    WindowFixture f(story);
    QVERIFY(f.open(story));
    f.window.setCurrentFinding(4); // the altered quotation
    QGuiApplication::clipboard()->clear();
    QAction *evidence = nullptr;
    for (QAction *action : f.window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
            evidence = action;
    }
    QVERIFY(evidence && evidence->isEnabled());
    evidence->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Finding 5 (high severity): quotation altered")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Quotation by Smith")), qPrintable(text));
}

void TestFindingsWindow::evidenceOfSeveralSelectedChanges()
{
    const ComparisonPtr story = harbourStory();
    WindowFixture f(story);
    QVERIFY(f.open(story));
    f.window.showPanel(MainWindow::ChangesTab);
    QTableView *table = f.window.changeList()->table();
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(f.window.changeList()->selectedChanges(), (QVector<int>{1, 3}));
    QGuiApplication::clipboard()->clear();
    f.window.copyChangesEvidence(f.window.changeList()->selectedChanges());
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("Change 2 of 8\nnumber (high severity): 12 → 15")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Change 4 of 8\npolarity (high severity, inside a "
                                          "quotation by Smith): not →")),
             qPrintable(text));
}

void TestFindingsWindow::summaryLine_data()
{
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no findings")
        << QStringList{} << "No findings: no change of fact, quotation or claim to check.";
    QTest::newRow("one of a kind is singular")
        << QStringList{"number"} << "1 number";
    QTest::newRow("the issue's example, in the order of the kinds")
        << QStringList{"quote:altered", "name", "claim:dropped", "number", "name",
                       "quote:altered", "polarity", "name", "quote:altered", "quote:altered"}
        << "3 names · 1 number · 1 negation · 4 quotations altered · 1 claim dropped";
    QTest::newRow("quotations and claims by what became of them")
        << QStringList{"quote:added", "quote:missing", "quote:missing", "quote:unquoted",
                       "claim:added", "claim:added"}
        << "1 quotation added · 2 quotations missing · 1 quotation no longer quoted · "
           "2 claims added";
    QTest::newRow("speakers, hedges and watched terms")
        << QStringList{"watched", "hedge", "speaker", "speaker"}
        << "2 speakers · 1 hedge · 1 watched term";
}

void TestFindingsWindow::summaryLine()
{
    QFETCH(QStringList, findings);
    QFETCH(QString, expected);
    const ComparisonPtr comparison = findingsOnly(findings);
    QCOMPARE(FindingSummary::plainText(*comparison), expected);
    FindingSummary label;
    label.setComparison(comparison);
    QCOMPARE(label.accessibleDescription(), expected);
    // Each part leads to the first finding it counts.
    for (const FindingSummary::Part &part : FindingSummary::parts(*comparison))
        QVERIFY(label.text().contains(QStringLiteral("<a href=\"%1\">").arg(part.firstFinding)));
}

void TestFindingsWindow::hideSynonymsNeverHidesAFact_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("watched");
    QTest::addColumn<bool>("inHighFinding");
    QTest::addColumn<bool>("shown");
    QTest::newRow("a plain synonym swap is hidden") << int(Category::Synonym) << false << false << false;
    QTest::newRow("a watched synonym stays") << int(Category::Synonym) << true << false << true;
    QTest::newRow("a synonym in an altered quotation's finding stays")
        << int(Category::Synonym) << false << true << true;
    QTest::newRow("a number stays") << int(Category::Number) << false << false << true;
    QTest::newRow("a speaker stays") << int(Category::Speaker) << false << false << true;
    QTest::newRow("a name stays") << int(Category::Name) << false << false << true;
    QTest::newRow("a polarity change stays") << int(Category::Polarity) << false << false << true;
    QTest::newRow("an inflection is not a synonym swap")
        << int(Category::Inflection) << false << false << true;
}

void TestFindingsWindow::hideSynonymsNeverHidesAFact()
{
    QFETCH(int, category);
    QFETCH(bool, watched);
    QFETCH(bool, inHighFinding);
    QFETCH(bool, shown);
    ComparisonBuilder builder;
    builder.left({"Title", "The Trade Minister said it."})
        .right({"Title", "The Commerce Minister said it."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .change(Category(category), Severity::High, 1, "Trade", 1, "Commerce");
    if (watched)
        builder.watched();
    if (inHighFinding)
        builder.finding(FindingKind::Quote, Severity::High, {1});
    ChangeListPanel panel;
    panel.setComparison(builder.build());
    QCOMPARE(panel.visibleCount(), 1);
    panel.setSynonymsHidden(true);
    QCOMPARE(panel.visibleCount(), shown ? 1 : 0);
    panel.setSynonymsHidden(false);
    QCOMPARE(panel.visibleCount(), 1);
}

void TestFindingsWindow::statusFigures_data()
{
    QTest::addColumn<double>("meaning");
    QTest::addColumn<double>("wording");
    QTest::addColumn<int>("category"); // -1: no change
    QTest::addColumn<QString>("expected");
    QTest::newRow("a spun copy keeps the meaning, not the wording")
        << 0.84 << 0.41 << int(Category::Synonym) << "Meaning kept 84 % · Wording kept 41 %";
    QTest::newRow("capped by the engine")
        << 0.9999 << 0.9999 << int(Category::Number)
        << "Meaning kept > 99.9 % · Wording kept > 99.9 %";
    QTest::newRow("rounds to 100 but is not whole")
        << 0.996 << 0.97 << int(Category::Synonym) << "Meaning kept > 99.9 % · Wording kept 97 %";
    QTest::newRow("whole while a number changed still says a change remains")
        << 1.0 << 1.0 << int(Category::Number) << "Meaning kept > 99.9 % · Wording kept > 99.9 %";
    QTest::newRow("only punctuation changed")
        << 1.0 << 1.0 << int(Category::Punctuation) << "Meaning kept 100 % · Wording kept 100 %";
    QTest::newRow("identical") << 1.0 << 1.0 << -1 << "Meaning kept 100 % · Wording kept 100 %";
}

void TestFindingsWindow::statusFigures()
{
    QFETCH(double, meaning);
    QFETCH(double, wording);
    QFETCH(int, category);
    QFETCH(QString, expected);
    ComparisonBuilder builder;
    builder.left({"Title", "It rose by 12 percent."}).right({"Title", "It rose by 15 percent."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .similarity(meaning)
        .wordsKept(wording);
    if (category >= 0)
        builder.change(Category(category), Severity::Low, 1, "12", 1, "15");
    ComparisonStatus status;
    status.setComparison(builder.build());
    QCOMPARE(status.similarityText(), expected);
}

QTEST_MAIN(TestFindingsWindow)
#include "tst_findingswindow.moc"
