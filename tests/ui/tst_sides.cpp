// One source of truth for sides: after every move a user makes on the pair (swap, cancel,
// a version picked, reordered, removed, its provenance edited), every label of the window
// names the version whose text the pane beside it shows.
#include "comparisonbuilder.h"
#include "document/documentloader.h"
#include "fakeengine.h"
#include "ui/window/comparisonstatus.h"
#include "ui/panels/documentlistpanel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/pairbar.h"
#include "ui/dialogs/provenancedialog.h"
#include "ui/view/sidebysideview.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;
using Recension::Test::FakeEngine;

namespace {

/// Paragraph i faces paragraph i; each pair that differs is one replaced change.
ComparisonPtr alignByIndex(const DocumentPtr &left, const DocumentPtr &right)
{
    auto comparison = std::make_shared<Comparison>();
    comparison->documents = {left, right};
    const int common = int(qMin(left->paragraphs.size(), right->paragraphs.size()));
    for (int i = 0; i < qMax(left->paragraphs.size(), right->paragraphs.size()); ++i) {
        Link link;
        if (i < common) {
            const bool same = left->paragraphs[i].text == right->paragraphs[i].text;
            link.kind = same ? LinkKind::Identical : LinkKind::Modified;
            link.paragraphs = {QVector<int>{i}, QVector<int>{i}};
            if (!same) {
                Change change;
                change.id = int(comparison->changes.size()) + 1;
                change.category = Category::Replaced;
                change.sides = {Span{i, 0, int(left->paragraphs[i].text.size())},
                                Span{i, 0, int(right->paragraphs[i].text.size())}};
                change.link = int(comparison->links.size());
                comparison->changes.append(change);
            }
        } else if (i < left->paragraphs.size()) {
            link.kind = LinkKind::Deleted;
            link.paragraphs = {QVector<int>{i}, QVector<int>()};
        } else {
            link.kind = LinkKind::Inserted;
            link.paragraphs = {QVector<int>(), QVector<int>{i}};
        }
        comparison->links.append(link);
    }
    return comparison;
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &key)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == key)
            return action;
    }
    return nullptr;
}

/// The paragraphs a pane shows, top to bottom, as the view lays them out.
QStringList paneText(const SideBySideView &view, Side side)
{
    QStringList texts;
    const ComparisonPtr shown = view.comparison();
    if (!shown)
        return texts;
    const RowModel &rows = view.rowModel();
    for (int r = 0; r < rows.rowCount(); ++r) {
        for (int paragraph : rows.row(r).paragraphs[side])
            texts << shown->documents[side]->paragraphs[paragraph].text;
    }
    return texts;
}

/// A built document with the SHA-256 of its text, so the workspace may cache it.
DocumentPtr hashed(const DocumentPtr &built)
{
    auto document = std::make_shared<Document>(*built);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Paragraph &paragraph : document->paragraphs)
        hash.addData(paragraph.text.toUtf8() + '\n');
    document->sha256 = QString::fromLatin1(hash.result().toHex());
    return document;
}

QStringList paragraphTexts(const DocumentPtr &document)
{
    QStringList texts;
    for (const Paragraph &paragraph : document->paragraphs)
        texts << paragraph.text;
    return texts;
}

struct SidesFixture
{
    SidesFixture()
    {
        engine.make = alignByIndex;
        window.runner()->setCompareFunction(engine.function());
        window.resize(1200, 800);
        window.show();
    }

    /// Every label against the panes; an empty string when all agree, else what differs.
    QString disagreement()
    {
        Workspace &ws = *window.workspace();
        auto *bar = window.findChild<PairBar *>();
        auto *list = window.findChild<QListWidget *>(QStringLiteral("versionList"));
        const ComparisonPtr shown = window.view()->comparison();
        std::array<DocumentPtr, 2> named;
        for (Side side : {Left, Right}) {
            const int picked = bar->combo(side)->currentIndex();
            named[side] = ws.at(picked);
            if (!named[side])
                return QStringLiteral("picker %1 names no version").arg(side);
            if (bar->combo(side)->currentText() != PairBar::itemText(ws, picked))
                return QStringLiteral("picker %1 reads %2").arg(side).arg(bar->combo(side)->currentText());
            if (bar->combo(side)->count() != ws.count())
                return QStringLiteral("picker %1 lists %2 of %3 versions")
                    .arg(side).arg(bar->combo(side)->count()).arg(ws.count());
            if (!shown)
                return QStringLiteral("no comparison is shown");
            if (paneText(*window.view(), side) != paragraphTexts(named[side]))
                return QStringLiteral("the %1 pane does not show %2: %3")
                    .arg(side == Left ? "left" : "right", named[side]->label(),
                         paneText(*window.view(), side).join(QLatin1Char('|')));
            const QString role = side == Left ? QStringLiteral("left") : QStringLiteral("right");
            const QString row = list->item(picked)->text();
            if (!row.startsWith(named[side]->label()) || !row.contains(role))
                return QStringLiteral("the dock's row %1 reads %2").arg(picked).arg(row);
            for (int i = 0; i < list->count(); ++i) {
                if (i != picked && list->item(i)->text().contains(QStringLiteral(", %1)").arg(role)))
                    return QStringLiteral("the dock marks row %1 %2 too").arg(i).arg(role);
            }
        }
        const QString title = QStringLiteral("%1 ↔ %2").arg(named[Left]->label(), named[Right]->label());
        if (window.windowTitle() != title)
            return QStringLiteral("the title reads %1").arg(window.windowTitle());
        if (window.comparison()->documents != named)
            return QStringLiteral("the workspace's comparison is of other versions");
        // Copy as Evidence cites what the panes show.
        window.setCurrentChange(0);
        QGuiApplication::clipboard()->clear();
        actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))->trigger();
        const QString evidence = QGuiApplication::clipboard()->text();
        const Change &change = shown->changes.first();
        for (Side side : {Left, Right}) {
            const QString expected = QStringLiteral("%1 (%2, line %3): \"%4\"")
                .arg(side == Left ? QStringLiteral("Left ") : QStringLiteral("Right"),
                     named[side]->label())
                .arg(named[side]->paragraphs[change.sides[side].paragraph].line)
                .arg(paneText(*window.view(), side).at(change.sides[side].paragraph));
            if (!evidence.contains(expected))
                return QStringLiteral("the evidence lacks %1 in:\n%2").arg(expected, evidence);
            const QString citation = named[side]->citation();
            if (!citation.isEmpty() && !evidence.contains(citation))
                return QStringLiteral("the evidence does not cite %1").arg(citation);
        }
        return {};
    }

    bool waitForPair()
    {
        if (!window.isComparing())
            return true;
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        return finished.wait(5000);
    }

    /// Starts a request with the slow engine, then presses Cancel.
    bool cancelAfter(const std::function<void()> &request)
    {
        *engine.slow = true;
        QSignalSpy progress(window.workspace(), &Workspace::progressChanged);
        QSignalSpy cancelled(&window, &MainWindow::comparisonCancelled);
        request();
        if (!window.isComparing() || !progress.wait())
            return false;
        const QString during = disagreement();
        if (!during.isEmpty()) {
            qWarning("while comparing: %s", qPrintable(during));
            return false;
        }
        QTest::mouseClick(window.comparisonStatus()->cancelButton(), Qt::LeftButton);
        const bool ok = cancelled.wait();
        *engine.slow = false;
        return ok;
    }

    FakeEngine engine;
    MainWindow window{MainWindow::Session::Transient};
};

} // namespace

class TestSides : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyLabelNamesThePanesVersion_data();
    void everyLabelNamesThePanesVersion();
    void pickersListEveryVersionAndSwapOnTheOtherSide();
    void dockMarksTheBaseInWords();
    void provenanceEditedInTheDialogNamesTheVersionEverywhere();

private:
    void openVersions(SidesFixture &f);
};

void TestSides::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestSides::openVersions(SidesFixture &f)
{
    const LoadResult gazette =
        loadDocument(QStringLiteral(RECENSION_FIXTURES "/documents/provenance/harbour-gazette.html"));
    QVERIFY2(gazette.ok(), qPrintable(gazette.error));
    f.window.addDocument(gazette.document);
    f.window.addDocument(hashed(ComparisonBuilder::document(
        {"Harbour reopens after storm repairs",
         "The port opened again on Monday once three weeks of repair work were done.",
         "“We expect the ferries to run on time from today,” said harbour master Ines Carvalho."},
        QStringLiteral("harbour-spun.txt"))));
    f.window.addDocument(hashed(ComparisonBuilder::document(
        {"Harbour reopens after storm repairs",
         "The port opened again on Monday after three weeks of repair work.",
         "“We expect ferries to run on time,” the harbour master said."},
        QStringLiteral("harbour-spun-copy.txt"))));
    QVERIFY(f.waitForPair());
}

void TestSides::everyLabelNamesThePanesVersion_data()
{
    QTest::addColumn<QString>("moves");
    QTest::newRow("three versions opened") << "";
    QTest::newRow("swap") << "swap";
    QTest::newRow("swap then cancel a long comparison") << "swap-cancel";
    QTest::newRow("swap, then swap back from the cache") << "swap,swap-cached";
    QTest::newRow("a version picked on the left, then cancel") << "pick-cancel";
    QTest::newRow("the right version picked on the left swaps") << "pick-other";
    QTest::newRow("an option, then cancel") << "option-cancel";
    QTest::newRow("reorder") << "reorder";
    QTest::newRow("swap, then reorder") << "swap,reorder";
    QTest::newRow("remove the left version") << "remove-left";
    QTest::newRow("remove a version outside the pair") << "remove-other";
    QTest::newRow("provenance edited") << "provenance";
    QTest::newRow("swap, cancel, then provenance edited") << "swap-cancel,provenance";
}

void TestSides::everyLabelNamesThePanesVersion()
{
    QFETCH(QString, moves);
    SidesFixture f;
    openVersions(f);
    QCOMPARE(f.disagreement(), QString());
    Workspace *ws = f.window.workspace();
    auto *bar = f.window.findChild<PairBar *>();
    for (const QString &move : moves.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (move == QLatin1String("swap")) {
            f.window.swapSides();
            QVERIFY(f.waitForPair());
        } else if (move == QLatin1String("swap-cached")) {
            f.window.swapSides();
            QVERIFY(!f.window.isComparing());
        } else if (move == QLatin1String("swap-cancel")) {
            QVERIFY(f.cancelAfter([&] { f.window.swapSides(); }));
        } else if (move == QLatin1String("pick-cancel")) {
            QVERIFY(f.cancelAfter([&] {
                bar->combo(Left)->setCurrentIndex(2);
                emit bar->combo(Left)->activated(2);
            }));
        } else if (move == QLatin1String("pick-other")) {
            const int right = ws->pair()[Right];
            bar->combo(Left)->setCurrentIndex(right);
            emit bar->combo(Left)->activated(right);
            QVERIFY(f.waitForPair());
            QCOMPARE(ws->pair()[Left], right);
        } else if (move == QLatin1String("option-cancel")) {
            QVERIFY(f.cancelAfter([&] {
                actionWithShortcut(f.window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C))->trigger();
            }));
            QVERIFY(!f.window.preferences().options.ignoreCase);
            QVERIFY(!actionWithShortcut(f.window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C))
                         ->isChecked());
        } else if (move == QLatin1String("reorder")) {
            QVERIFY(ws->moveDocument(2, 0));
        } else if (move == QLatin1String("remove-left")) {
            f.window.removeDocument(ws->pair()[Left]);
            QVERIFY(f.waitForPair());
        } else if (move == QLatin1String("remove-other")) {
            f.window.removeDocument(2);
            QVERIFY(f.waitForPair());
        } else if (move == QLatin1String("provenance")) {
            const int left = ws->pair()[Left];
            QVERIFY(ws->setProvenance(left, {QStringLiteral("Port Daily"),
                                             QStringLiteral("https://portdaily.example/h"),
                                             QStringLiteral("2026-11-22"), {}}));
            QVERIFY(f.window.windowTitle().contains(QStringLiteral("Port Daily")));
        }
        QCOMPARE(f.disagreement(), QString());
    }
}

void TestSides::pickersListEveryVersionAndSwapOnTheOtherSide()
{
    SidesFixture f;
    openVersions(f);
    auto *bar = f.window.findChild<PairBar *>();
    Workspace *ws = f.window.workspace();
    for (int pick = 0; pick < 3; ++pick) {
        bar->combo(Left)->setCurrentIndex(pick);
        emit bar->combo(Left)->activated(pick);
        QVERIFY(f.waitForPair());
        for (Side side : {Left, Right})
            QCOMPARE(bar->combo(side)->count(), 3);
        QCOMPARE(ws->pair()[Left], pick);
        QVERIFY(ws->pair()[Right] != pick);
        QCOMPARE(f.disagreement(), QString());
    }
}

void TestSides::dockMarksTheBaseInWords()
{
    SidesFixture f;
    openVersions(f);
    auto *panel = f.window.findChild<DocumentListPanel *>();
    QListWidget *list = panel->list();
    QCOMPARE(list->item(0)->text(),
             QStringLiteral("The Harbour Gazette — harbour-gazette.html  (base, left)"));
    list->setCurrentRow(2);
    QVERIFY(panel->baseButton()->isEnabled());
    QTest::mouseClick(panel->baseButton(), Qt::LeftButton);
    QCOMPARE(f.window.workspace()->base(), 2);
    QCOMPARE(list->item(2)->text(), QStringLiteral("harbour-spun-copy.txt  (base)"));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("base")));
    QVERIFY(!panel->baseButton()->isEnabled());
    auto *bar = f.window.findChild<PairBar *>();
    QCOMPARE(bar->combo(Left)->itemText(2), QStringLiteral("harbour-spun-copy.txt (base)"));
}

void TestSides::provenanceEditedInTheDialogNamesTheVersionEverywhere()
{
    SidesFixture f;
    openVersions(f);
    auto *panel = f.window.findChild<DocumentListPanel *>();
    const int right = f.window.workspace()->pair()[Right];
    panel->list()->setCurrentRow(right);
    bool filled = false;
    QTimer::singleShot(0, [&filled] {
        auto *dialog = qobject_cast<ProvenanceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->field(0)->setText(QStringLiteral("Spin Daily"));
        dialog->field(1)->setText(QStringLiteral("https://spin.example/harbour"));
        dialog->field(2)->setText(QStringLiteral("not a date"));
        // A date that is not ISO 8601 is refused before it reaches the workspace.
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        const bool refused = !ok->isEnabled();
        dialog->field(2)->setText(QStringLiteral("2026-11-22"));
        filled = refused && ok->isEnabled();
        ok->click();
    });
    QTest::mouseClick(panel->provenanceButton(), Qt::LeftButton);
    QVERIFY(filled);
    const DocumentPtr edited = f.window.workspace()->at(right);
    QCOMPARE(edited->label(), QStringLiteral("Spin Daily — harbour-spun.txt"));
    QCOMPARE(edited->provenance.published, QStringLiteral("2026-11-22"));
    QVERIFY(f.window.windowTitle().endsWith(QStringLiteral("Spin Daily — harbour-spun.txt")));
    QCOMPARE(f.disagreement(), QString()); // the evidence cites it too
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("Right source: Spin Daily, https://spin.example/harbour, published 2026-11-22 "
                       "(harbour-spun.txt)")));
}

QTEST_MAIN(TestSides)
#include "tst_sides.moc"
