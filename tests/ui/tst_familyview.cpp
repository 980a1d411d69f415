// The family view on the harbour story's sample versions: the models' contents, a click
// (or Enter) on a pair asking for it side by side, the lineage tree's edges and lone
// nodes, and a text mark (not colour alone) in every cell.
#include "document/documentloader.h"
#include "family/family.h"
#include "ui/family/familygridmodels.h"
#include "ui/family/familymatrixmodel.h"
#include "ui/family/familyrunner.h"
#include "ui/family/familywindow.h"
#include "ui/family/lineageview.h"
#include "ui/window/mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace Recension;
using namespace Recension::Ui;

namespace {

enum Version { Original, Spun, Condensed, Unrelated, SpunCopy };

DocumentPtr load(const QString &name)
{
    return loadDocument(QStringLiteral(RECENSION_SAMPLES "/") + name, {}).document;
}

QVector<DocumentPtr> samples()
{
    return {load(QStringLiteral("harbour-original.txt")), load(QStringLiteral("harbour-spun.txt")),
            load(QStringLiteral("harbour-condensed.txt")), load(QStringLiteral("unrelated.txt")),
            load(QStringLiteral("harbour-spun-copy.txt"))};
}

QString text(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

/// The column of a version in a grid model (QuoteGridModel or FactGridModel).
template<typename Grid>
int columnOf(const Grid *model, int version)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->versionAt(c) == version)
            return c;
    return -1;
}

/// The first row whose `column` contains `words`, or -1.
int rowWith(const QAbstractItemModel *model, int column, const QString &words)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (text(model, row, column).contains(words))
            return row;
    return -1;
}

} // namespace

class TestFamilyView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrixCells_data();
    void matrixCells();
    void everyCellHasText();
    void clickOpensThePair();
    void enterOpensThePair();
    void lineageTree();
    void edgeEvidence();
    void verdictList();
    void quotationGrid_data();
    void quotationGrid();
    void factGrid_data();
    void factGrid();
    void cancelStopsTheRun();
    void marksShowInTheMatrixAndGrids();
    void pairsAlreadyComparedAreReused();
    void familyFollowsTheWorkspace();
    void cleanupTestCase();

private:
    FamilyWindow *m_window = nullptr;
};

void TestFamilyView::initTestCase()
{
    m_window = new FamilyWindow;
    QSignalSpy shown(m_window, &FamilyWindow::familyShown);
    m_window->analyse(samples(), Original, CompareOptions{});
    QVERIFY(shown.wait(120000));
    QVERIFY(m_window->family());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFamilyView::cleanupTestCase()
{
    delete m_window;
}

void TestFamilyView::matrixCells_data()
{
    QTest::addColumn<int>("left");
    QTest::addColumn<int>("right");
    QTest::addColumn<QString>("glyph");
    QTest::newRow("spun copy of the original: reworded") << int(Original) << int(Spun) << "\u2248";
    QTest::newRow("copy of the spun copy: same text") << int(Spun) << int(SpunCopy) << "\u2261";
    QTest::newRow("unrelated article: different") << int(Original) << int(Unrelated) << "\u2260";
    QTest::newRow("the matrix is symmetric") << int(Unrelated) << int(Original) << "\u2260";
}

void TestFamilyView::matrixCells()
{
    QFETCH(int, left);
    QFETCH(int, right);
    QFETCH(QString, glyph);
    const FamilyMatrixModel *model = m_window->matrixModel();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->columnCount(), 5);
    const QString cell = text(model, left, right);
    QVERIFY2(cell.startsWith(glyph), qPrintable(cell));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d+ % / \\d+ %")).match(cell).hasMatch(),
             qPrintable(cell));
    QCOMPARE(cell, text(model, right, left));
}

void TestFamilyView::everyCellHasText()
{
    const FamilyMatrixModel *model = m_window->matrixModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            QVERIFY(!text(model, row, column).isEmpty());
            QVERIFY(!text(model, row, column, Qt::ToolTipRole).isEmpty());
            const QString spoken = text(model, row, column, Qt::AccessibleTextRole);
            QVERIFY(!spoken.isEmpty());
            if (row != column)
                QVERIFY2(spoken.contains(QStringLiteral("meaning kept")), qPrintable(spoken));
        }
    }
    for (const QAbstractItemModel *grid : {static_cast<const QAbstractItemModel *>(m_window->quoteModel()),
                                           static_cast<const QAbstractItemModel *>(m_window->factModel())})
        for (int row = 0; row < grid->rowCount(); ++row)
            for (int column = 0; column < grid->columnCount(); ++column)
                if (grid->data(grid->index(row, column), Qt::BackgroundRole).isValid())
                    QVERIFY(!text(grid, row, column).isEmpty());
}

void TestFamilyView::clickOpensThePair()
{
    QTableView *view = m_window->matrixView();
    QSignalSpy pairs(m_window, &FamilyWindow::pairRequested);
    const QRect cell = view->visualRect(view->model()->index(Original, Condensed));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().at(0).toInt(), int(Original));
    QCOMPARE(pairs.first().at(1).toInt(), int(Condensed));
    const QRect diagonal = view->visualRect(view->model()->index(Spun, Spun));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, diagonal.center());
    QCOMPARE(pairs.size(), 1); // a version against itself is no pair
}

void TestFamilyView::enterOpensThePair()
{
    QTableView *view = m_window->matrixView();
    QSignalSpy pairs(m_window, &FamilyWindow::pairRequested);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(Spun, SpunCopy));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().at(0).toInt(), int(Spun));
    QCOMPARE(pairs.first().at(1).toInt(), int(SpunCopy));
}

void TestFamilyView::lineageTree()
{
    const LineageView *tree = m_window->lineageView();
    const QVector<std::pair<int, int>> expected{
        {int(Original), int(Spun)}, {int(Original), int(Condensed)}, {int(Spun), int(SpunCopy)}};
    QCOMPARE(tree->drawnEdges(), expected);
    QCOMPARE(tree->drawnApart(), QVector<int>{int(Unrelated)});
}

void TestFamilyView::edgeEvidence()
{
    const QStringList labels = m_window->lineageView()->edgeLabels();
    QCOMPARE(labels.size(), 3);
    bool copyEdge = false;
    for (const QString &label : labels) {
        QVERIFY2(label.contains(QStringLiteral("\u2192")), qPrintable(label)); // an example
        copyEdge = copyEdge || label.contains(QStringLiteral("shares"));
    }
    QVERIFY(copyEdge);
}

void TestFamilyView::verdictList()
{
    const QTreeWidget *list = m_window->verdictList();
    QCOMPARE(list->topLevelItemCount(), 5);
    QCOMPARE(list->topLevelItem(Original)->text(1), QStringLiteral("base"));
    QCOMPARE(list->topLevelItem(Spun)->text(1), QStringLiteral("spun copy"));
    QCOMPARE(list->topLevelItem(Unrelated)->text(1), QStringLiteral("unrelated"));
    QVERIFY(list->topLevelItem(Spun)->text(2).contains(QStringLiteral("meaning kept")));
    QVERIFY(!list->topLevelItem(Spun)->text(3).isEmpty());
}

void TestFamilyView::quotationGrid_data()
{
    QTest::addColumn<QString>("quotation");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("cell");
    QTest::newRow("one word changed in Solberg's last quotation")
        << "sorry" << int(Condensed) << "altered: sorry \u2192 wrong";
    QTest::newRow("Aalto's first quotation lost its marks") << "" << int(Condensed) << "unquoted";
    QTest::newRow("the unrelated article has none of them") << "" << int(Unrelated) << "missing";
}

void TestFamilyView::quotationGrid()
{
    QFETCH(QString, quotation);
    QFETCH(int, version);
    QFETCH(QString, cell);
    const QuoteGridModel *model = m_window->quoteModel();
    QVERIFY(model->baseRows() >= 4);
    QCOMPARE(model->columnCount(), QuoteGridModel::FirstVersionColumn + 4);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->versionAt(c) == version)
            column = c;
    QVERIFY(column >= 0);
    bool found = false;
    for (int row = 0; row < model->baseRows(); ++row) {
        if (!text(model, row, QuoteGridModel::QuotationColumn).contains(quotation))
            continue;
        found = found || text(model, row, column).startsWith(cell);
        QVERIFY(!text(model, row, QuoteGridModel::SpeakerColumn).isEmpty());
    }
    QVERIFY2(found, qPrintable(cell));
}

void TestFamilyView::factGrid_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("cell");
    QTest::newRow("14 vessels became 41") << "14" << int(Condensed) << "changed: 41";
    QTest::newRow("the respelled mayor") << "Wierzbicki" << int(Condensed) << "changed: Tomasz Wierzbiki";
    QTest::newRow("the spun copy keeps the figure") << "3,600" << int(Spun) << "3,600";
}

void TestFamilyView::factGrid()
{
    QFETCH(QString, base);
    QFETCH(int, version);
    QFETCH(QString, cell);
    const FactGridModel *model = m_window->factModel();
    QVERIFY(model->rowCount() > 5);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->versionAt(c) == version)
            column = c;
    bool found = false;
    QStringList seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!text(model, row, FactGridModel::BaseColumn).contains(base))
            continue;
        seen.append(text(model, row, column));
        found = found || text(model, row, column).contains(cell);
    }
    QVERIFY2(found, qPrintable(seen.join(QStringLiteral(" | "))));
}

void TestFamilyView::cancelStopsTheRun()
{
    FamilyWindow window;
    QSignalSpy cancelled(window.runner(), &FamilyRunner::cancelled);
    QSignalSpy finished(window.runner(), &FamilyRunner::finished);
    window.analyse(samples(), Original, CompareOptions{});
    window.runner()->cancel();
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!window.family());
}

void TestFamilyView::marksShowInTheMatrixAndGrids()
{
    const FamilyPtr family = m_window->family();
    const Comparison &c = *family->pair(Original, Condensed)->comparison;
    ReviewMarks marks;
    int quoteFinding = -1;
    for (int i = 0; i < c.findings.size(); ++i)
        if (c.findings[i].kind == FindingKind::Quote && c.findings[i].quote >= 0
            && c.spanText(Right, c.quotes[c.findings[i].quote].sides[Right]).contains(QStringLiteral("wrong")))
            quoteFinding = i;
    QVERIFY(quoteFinding >= 0);
    marks.markFinding(c, marks.resolve(c, {Original, Condensed}), {Original, Condensed},
                      quoteFinding, MarkState::Disputed, QStringLiteral("the wire has sorry"));
    int figure = -1;
    for (int i = 0; i < c.changes.size(); ++i)
        if (c.spanText(Left, c.changes[i].sides[Left]) == QStringLiteral("14"))
            figure = i;
    QVERIFY(figure >= 0);
    marks.markChange(c, marks.resolve(c, {Original, Condensed}), {Original, Condensed}, figure,
                     MarkState::Checked, QString());
    m_window->setMarks(marks);

    // The pair's cell, either way round, carries both signs and says them in words.
    const FamilyMatrixModel *matrix = m_window->matrixModel();
    for (const auto &[a, b] : {std::pair{int(Original), int(Condensed)}, std::pair{int(Condensed), int(Original)}}) {
        const QString cell = text(matrix, a, b);
        QVERIFY2(cell.endsWith(QStringLiteral("\n\u2713 \u2717")), qPrintable(cell));
        QVERIFY2(text(matrix, a, b, Qt::AccessibleTextRole)
                     .endsWith(QStringLiteral("Review marks: 1 checked, 1 disputed.")),
                 qPrintable(text(matrix, a, b, Qt::AccessibleTextRole)));
    }
    QVERIFY(!text(matrix, Original, Spun).contains(QStringLiteral("\u2713")));

    // The altered quotation's cell and the changed figure's cell, with the note.
    const QuoteGridModel *quotes = m_window->quoteModel();
    const int quoteRow = rowWith(quotes, QuoteGridModel::QuotationColumn, QStringLiteral("sorry"));
    QVERIFY(quoteRow >= 0);
    const int quoteColumn = columnOf(quotes, int(Condensed));
    QVERIFY2(text(quotes, quoteRow, quoteColumn).startsWith(QStringLiteral("\u2717 altered")),
             qPrintable(text(quotes, quoteRow, quoteColumn)));
    QVERIFY(text(quotes, quoteRow, quoteColumn, Qt::ToolTipRole)
                .endsWith(QStringLiteral("Disputed: the wire has sorry")));
    QVERIFY(!text(quotes, quoteRow, columnOf(quotes, int(Spun))).contains(QStringLiteral("\u2717")));
    const FactGridModel *facts = m_window->factModel();
    const int factRow = rowWith(facts, FactGridModel::BaseColumn, QStringLiteral("14"));
    QVERIFY(factRow >= 0);
    QVERIFY2(text(facts, factRow, columnOf(facts, int(Condensed))).startsWith(QStringLiteral("\u2713 ")),
             qPrintable(text(facts, factRow, columnOf(facts, int(Condensed)))));

    m_window->setMarks({});
    QVERIFY(!text(matrix, Original, Condensed).contains(QStringLiteral("\u2713")));
}

void TestFamilyView::pairsAlreadyComparedAreReused()
{
    // A version added to a family shown: only its own pairs are compared; the others are
    // the same comparisons (their change lists shared, not made again).
    FamilyWindow window;
    QVector<DocumentPtr> four = samples();
    four.removeLast();
    QSignalSpy shown(&window, &FamilyWindow::familyShown);
    window.analyse(four, Original, CompareOptions{});
    QVERIFY(shown.wait(120000));
    const FamilyPtr before = window.family();
    window.analyse(samples(), Original, CompareOptions{});
    QVERIFY(shown.wait(120000));
    const FamilyPtr after = window.family();
    QCOMPARE(after->versions.size(), 5);
    for (const FamilyPair &pair : before->pairs) {
        const FamilyPair *again = after->pair(pair.left, pair.right);
        QVERIFY(again);
        QCOMPARE(again->comparison->changes.constData(), pair.comparison->changes.constData());
    }
    QVERIFY(after->pair(Original, SpunCopy)->comparison);
}

void TestFamilyView::familyFollowsTheWorkspace()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString samples = QStringLiteral(RECENSION_SAMPLES "/");
    MainWindow window(MainWindow::Session::Transient);
    window.show();
    QCOMPARE(window.openFiles({samples + QStringLiteral("harbour-original.txt"),
                               samples + QStringLiteral("harbour-spun.txt"),
                               samples + QStringLiteral("harbour-condensed.txt")}),
             QStringList());
    QAction *open = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_J))
            open = action;
    QVERIFY(open);
    open->trigger();
    auto *family = window.findChild<FamilyWindow *>();
    QVERIFY(family);
    QSignalSpy shown(family, &FamilyWindow::familyShown);
    QVERIFY(shown.wait(120000));
    QCOMPARE(family->family()->versions.size(), 3);

    // A version opened in the main window joins the family view by itself.
    QCOMPARE(window.openFiles({samples + QStringLiteral("harbour-spun-copy.txt")}), QStringList());
    QVERIFY(shown.wait(120000));
    QCOMPARE(family->family()->versions.size(), 4);

    // A mark set in the workspace shows in the matrix.
    Workspace *ws = window.workspace();
    const Comparison &c = *family->family()->pair(0, 1)->comparison;
    ReviewMarks marks = ws->marks();
    marks.markChange(c, marks.resolve(c, {0, 1}), {0, 1}, 0, MarkState::Checked, QString());
    ws->setMarks(marks);
    QCOMPARE(family->placedMarks().pair(0, 1).checked, 1);
    QVERIFY(text(family->matrixModel(), 1, 0).contains(QStringLiteral("\u2713")));

    // A pair opened from the matrix shows at once: the family's comparison is reused.
    QSignalSpy started(ws, &Workspace::comparisonStarted);
    emit family->matrixView()->clicked(family->matrixModel()->index(0, 3));
    QCOMPARE(ws->pair(), (std::array<int, 2>{{0, 3}}));
    QCOMPARE(started.size(), 0);
    QCOMPARE(ws->comparison()->changes.constData(),
             family->family()->pair(0, 3)->comparison->changes.constData());
}

QTEST_MAIN(TestFamilyView)
#include "tst_familyview.moc"
