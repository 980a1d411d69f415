#include "comparisonbuilder.h"
#include "document/documentset.h"
#include "fakeengine.h"
#include "ui/panels/changelistpanel.h"
#include "workspace/comparisonrunner.h"
#include "ui/window/comparisonstatus.h"
#include "ui/view/findbar.h"
#include "ui/window/mainwindow.h"
#include "ui/view/sidebysideview.h"

#include <QAction>
#include <QApplication>
#include <QMimeData>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;
using Recension::Test::FakeEngine;

namespace {

ComparisonPtr harbourStory()
{
    ComparisonBuilder builder;
    builder.left({"Harbour report", "Officials said security improved by 12 percent.",
                  "Smith spoke first.", "The old pier stays closed."})
        .right({"Harbour report", "Officials stated safety improved by 15 percent.",
                "Smyth spoke first."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Modified, {2}, {2})
        .link(LinkKind::Deleted, {3}, {})
        .change(Category::Inflection, Severity::Low, 1, "said", 1, "stated")
        .change(Category::Synonym, Severity::Low, 1, "security", 1, "safety")
        .change(Category::Number, Severity::High, 1, "12", 1, "15")
        .change(Category::Name, Severity::High, 2, "Smith", 2, "Smyth")
        .change(Category::Deleted, Severity::Medium, 3, "The old pier stays closed.", -1, {})
        .similarity(0.8);
    return builder.build();
}

ComparisonPtr longStory(int count)
{
    QStringList left;
    QStringList right;
    for (int i = 0; i < count; ++i) {
        left << QStringLiteral("Paragraph %1 says the security review of the harbour went "
                               "well, the council said on Monday.")
                    .arg(i);
        right << QStringLiteral("Paragraph %1 says the %2 review of the harbour went well, "
                                "the council said on Monday.")
                     .arg(i)
                     .arg(i % 10 == 0 ? QStringLiteral("safety") : QStringLiteral("security"));
    }
    ComparisonBuilder builder;
    builder.left(left).right(right);
    for (int i = 0; i < count; ++i)
        builder.link(i % 10 == 0 ? LinkKind::Modified : LinkKind::Identical, {i}, {i});
    for (int i = 0; i < count; i += 10)
        builder.change(Category::Synonym, Severity::Low, i, "security", i, "safety");
    return builder.build();
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &key)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == key)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void openingAPairFillsBothPanesAndTheList();
    void f7SelectsTheNextChangeAndScrollsToIt_data();
    void f7SelectsTheNextChangeAndScrollsToIt();
    void categoryFilterHidesItsChanges();
    void optionChangeRerunsTheComparison();
    void cancelStopsALongRun();
    void evidenceNamesBothFilesAndLines();
    void swapAndRemoveKeepAPair();
    void pasteAddsAVersion();
    void findBarHighlightsBothColumns();
    void droppedFilesOpen();
    void realEngineOnWrittenVersions();

private:
    using Fixture = Recension::Test::WindowFixture;
};

void TestMainWindow::openingAPairFillsBothPanesAndTheList()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QCOMPARE(f.window.pair(), (std::array<int, 2>{0, 1}));
    const RowModel &rows = f.window.view()->rowModel();
    QCOMPARE(rows.rowCount(), 4);
    QVERIFY(rows.row(3).hasSide(Left));
    QVERIFY(!rows.row(3).hasSide(Right)); // the deleted paragraph faces a gap
    QCOMPARE(f.window.changeList()->visibleCount(), 5);
    const QString status = f.window.comparisonStatus()->summaryText();
    QVERIFY2(status.contains(QStringLiteral("synonym 1")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("80 %")), qPrintable(status));
    QVERIFY(f.window.windowTitle().contains(QStringLiteral("story-a.txt")));
}

void TestMainWindow::f7SelectsTheNextChangeAndScrollsToIt_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<int>("expected");
    QTest::newRow("first F7 selects the first change") << -1 << false << 0;
    QTest::newRow("F7 goes to a change far below") << 149 << false << 150;
    QTest::newRow("Shift+F7 goes back") << 150 << true << 149;
    QTest::newRow("F7 after the last wraps to the first") << 199 << false << 0;
}

void TestMainWindow::f7SelectsTheNextChangeAndScrollsToIt()
{
    QFETCH(int, from);
    QFETCH(bool, backwards);
    QFETCH(int, expected);
    const ComparisonPtr story = longStory(2000);
    Fixture f(story);
    QVERIFY(f.open(story));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    if (from >= 0)
        f.window.setCurrentChange(from);
    QTest::keyClick(&f.window, Qt::Key_F7, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    QCOMPARE(f.window.currentChange(), expected);
    QCOMPARE(f.window.changeList()->currentChange(), expected);
    SideBySideView *view = f.window.view();
    const int row = view->rowModel().rowsOfChange(story->changes[expected])[Left];
    QVERIFY(view->isRowVisible(row));
    QVERIFY(view->viewport()->rect().contains(view->changeRect(expected)));
}

void TestMainWindow::categoryFilterHidesItsChanges()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    f.window.changeList()->setCategoryVisible(Category::Synonym, false);
    f.window.changeList()->setCategoryVisible(Category::Number, false);
    QCOMPARE(f.window.changeList()->visibleCount(), 3);
    QList<int> visited;
    for (int i = 0; i < 3; ++i) {
        f.window.goToChange(false);
        visited << f.window.currentChange();
    }
    QCOMPARE(visited, (QList<int>{0, 3, 4}));
}

void TestMainWindow::optionChangeRerunsTheComparison()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QCOMPARE(*f.engine.calls, 1);
    QVERIFY(!*f.engine.lastIgnoreCase);

    QSignalSpy finished(&f.window, &MainWindow::comparisonFinished);
    QAction *ignoreCase = actionWithShortcut(f.window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QVERIFY(ignoreCase);
    QVERIFY(ignoreCase->isCheckable());
    ignoreCase->trigger();
    QVERIFY(finished.wait());
    QCOMPARE(*f.engine.calls, 2);
    QVERIFY(*f.engine.lastIgnoreCase);
    QVERIFY(f.window.preferences().options.ignoreCase);
    QVERIFY(f.window.comparison()->options.ignoreCase);

    // A display-only preference does not re-run.
    Preferences p = f.window.preferences();
    p.scheme = ColourScheme::ColourBlindSafe;
    f.window.setPreferences(p);
    QVERIFY(!f.window.isComparing());
    QCOMPARE(*f.engine.calls, 2);
}

void TestMainWindow::cancelStopsALongRun()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    *f.engine.slow = true;
    QSignalSpy cancelled(&f.window, &MainWindow::comparisonCancelled);
    QSignalSpy progress(f.window.runner(), &ComparisonRunner::progressChanged);
    f.window.addDocument(story->documents[Left]);
    f.window.addDocument(story->documents[Right]);
    QVERIFY(f.window.isComparing());
    QVERIFY(progress.wait());
    QPushButton *cancel = f.window.comparisonStatus()->cancelButton();
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(cancelled.wait());
    QVERIFY(!f.window.isComparing());
    QVERIFY(!f.window.comparison());
    QVERIFY(!cancel->isVisible());
}

void TestMainWindow::evidenceNamesBothFilesAndLines()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    f.window.setCurrentChange(3);
    QGuiApplication::clipboard()->clear();
    QAction *evidence =
        actionWithShortcut(f.window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(evidence);
    QVERIFY(evidence->isEnabled());
    evidence->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("name (high severity): Smith → Smyth")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Left  (story-a.txt, line 5): \"Smith spoke first.\"")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Right (story-b.txt, line 5): \"Smyth spoke first.\"")),
             qPrintable(text));
}

void TestMainWindow::swapAndRemoveKeepAPair()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QSignalSpy finished(&f.window, &MainWindow::comparisonFinished);
    f.window.swapSides();
    QVERIFY(finished.wait());
    QCOMPARE(f.window.pair(), (std::array<int, 2>{1, 0}));
    QCOMPARE(f.window.comparison()->documents[Left], story->documents[Right]);
    // The swapped comparison shows the deleted paragraph on the right, facing a gap.
    const RowModel &rows = f.window.view()->rowModel();
    QVERIFY(!rows.row(3).hasSide(Left));
    QVERIFY(rows.row(3).hasSide(Right));

    const DocumentPtr third = ComparisonBuilder::document({"Harbour report"}, "story-c.txt");
    f.window.addDocument(third);
    QCOMPARE(f.window.documents()->count(), 3);
    QCOMPARE(f.window.pair(), (std::array<int, 2>{1, 0})); // a third version waits
    f.window.removeDocument(1);
    QVERIFY(finished.wait());
    // The left side lost its version and takes the other remaining one.
    QCOMPARE(f.window.pair(), (std::array<int, 2>{1, 0}));
    QCOMPARE(f.window.documents()->at(1), third);
}

void TestMainWindow::pasteAddsAVersion()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Harbour report\n\nOfficials said safety improved.\n"));
    QAction *paste = actionWithShortcut(f.window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QVERIFY(paste);
    paste->trigger();
    QCOMPARE(f.window.documents()->count(), 3);
    const DocumentPtr pasted = f.window.documents()->at(2);
    QCOMPARE(pasted->paragraphs.size(), 2);
    QCOMPARE(pasted->paragraphs[1].text, QStringLiteral("Officials said safety improved."));
}

void TestMainWindow::findBarHighlightsBothColumns()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(f.window.findBar()->isVisible());
    QTest::keyClicks(f.window.findBar()->field(), QStringLiteral("spoke"));
    QCOMPARE(f.window.view()->findMatches().size(), 2);
    QTest::keyClick(f.window.findBar()->field(), Qt::Key_Return);
    QCOMPARE(f.window.view()->currentFindMatch(), 0);
    QTest::keyClick(f.window.findBar()->field(), Qt::Key_Return);
    QCOMPARE(f.window.view()->currentFindMatch(), 1);
    QTest::keyClick(f.window.findBar()->field(), Qt::Key_Escape);
    QVERIFY(!f.window.findBar()->isVisible());
    QCOMPARE(f.window.view()->findMatches().size(), 0);
}

void TestMainWindow::droppedFilesOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<QUrl> urls;
    for (const char *name : {"one.txt", "two.txt"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Market day\n\nThe market opens at nine.\n");
        urls << QUrl::fromLocalFile(file.fileName());
    }
    Fixture f(harbourStory());
    QSignalSpy finished(&f.window, &MainWindow::comparisonFinished);
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.window, &drop);
    QCOMPARE(f.window.documents()->count(), 2);
    QCOMPARE(f.window.documents()->at(1)->displayName(), QStringLiteral("two.txt"));
    QVERIFY(finished.wait());
}

void TestMainWindow::realEngineOnWrittenVersions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("ferry-a.txt"));
    const QString b = dir.filePath(QStringLiteral("ferry-b.txt"));
    auto write = [](const QString &path, const QByteArray &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write(a, "Ferry service resumes\n\nThe ferry to the island will run again on "
                     "Monday, the port authority said.\n\n\"We expect 300 passengers a day,\" "
                     "said director Anna Berg.\n\nTickets cost 12 euros.\n"));
    QVERIFY(write(b, "Ferry service resumes\n\nThe ferry to the island will operate again on "
                     "Tuesday, the port authority stated.\n\n\"We expect 500 passengers a "
                     "day,\" said director Anna Borg.\n\nTickets cost 12 euros.\n"));

    MainWindow window(MainWindow::Session::Transient);
    window.resize(1200, 800);
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QCOMPARE(window.openFiles({a, b}), QStringList());
    QVERIFY(finished.wait(60000));
    const ComparisonPtr comparison = window.comparison();
    QVERIFY(comparison);
    QVERIFY(!comparison->changes.isEmpty());
    QCOMPARE(window.changeList()->visibleCount(), int(comparison->changes.size()));
    QVERIFY(window.view()->rowModel().rowCount() >= 4);
    QCOMPARE(window.openFiles({dir.filePath(QStringLiteral("missing.txt"))}).size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
