// Review marks in the window: the actions of the change list and the findings panel, the
// Review column's sign and note, and marks that stay on their change when the window
// compares again with other options.
#include "ui/panels/changelistmodel.h"
#include "ui/panels/changelistpanel.h"
#include "ui/panels/findinglistmodel.h"
#include "ui/panels/findingspanel.h"
#include "ui/window/mainwindow.h"
#include "ui/panels/reviewmarkscontroller.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;

namespace {

const QString Original = QStringLiteral(RECENSION_SAMPLES "/harbour-original.txt");
const QString Spun = QStringLiteral(RECENSION_SAMPLES "/harbour-spun.txt");

/// The change list's row of a change, in the table's (sorted, filtered) order.
int rowOf(ChangeListPanel *panel, int changeIndex)
{
    QAbstractItemModel *model = panel->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ChangeListModel::ChangeIndexRole).toInt() == changeIndex)
            return row;
    return -1;
}

QString reviewCell(ChangeListPanel *panel, int changeIndex, int role = Qt::DisplayRole)
{
    const QModelIndex index = panel->table()->model()->index(
        rowOf(panel, changeIndex), int(ChangeListModel::Column::Review));
    return index.data(role).toString();
}

QString findingCell(FindingsPanel *panel, int findingIndex, int role = Qt::DisplayRole)
{
    FindingListModel *model = panel->model();
    return model->index(model->rowOfFinding(findingIndex), int(FindingListModel::Column::Review))
        .data(role)
        .toString();
}

/// The first change of a category, or -1.
int firstOf(const Comparison &comparison, Category category)
{
    for (int i = 0; i < comparison.changes.size(); ++i)
        if (comparison.changes[i].category == category)
            return i;
    return -1;
}

/// The change with the same places in another comparison, or -1.
int samePlaces(const Comparison &comparison, const Change &change)
{
    for (int i = 0; i < comparison.changes.size(); ++i)
        if (comparison.changes[i].sides == change.sides)
            return i;
    return -1;
}

} // namespace

class TestReviewMarksWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionsMarkTheChangeList();
    void shortcutsActInTheListWithFocus();
    void findingsAreMarkedToo();
    void notesAreEditedAndCleared();
    void actionsFollowTheSelection();
    void marksSurviveARecompare_data();
    void marksSurviveARecompare();
    void removingAVersionDropsItsMarks();
    void orphanedMarksAreSaid();

private:
    bool openSamples();

    MainWindow *m_window = nullptr;
};

void TestReviewMarksWindow::init()
{
    m_window = new MainWindow(MainWindow::Session::Transient);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(openSamples());
}

void TestReviewMarksWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

bool TestReviewMarksWindow::openSamples()
{
    QSignalSpy finished(m_window, &MainWindow::comparisonFinished);
    if (!m_window->openFiles({Original, Spun}).isEmpty())
        return false;
    return finished.wait(60000) && m_window->comparison();
}

void TestReviewMarksWindow::actionsMarkTheChangeList()
{
    const ComparisonPtr comparison = m_window->comparison();
    ChangeListPanel *list = m_window->changeList();
    const int synonym = firstOf(*comparison, Category::Synonym);
    QVERIFY(synonym >= 0);
    QCOMPARE(reviewCell(list, synonym), QString());
    QCOMPARE(reviewCell(list, synonym, Qt::AccessibleTextRole), QStringLiteral("Not marked"));

    m_window->showPanel(MainWindow::ChangesTab);
    list->setCurrentChange(synonym);
    QSignalSpy changed(m_window->reviewMarks(), &ReviewMarksController::marksChanged);
    m_window->reviewMarks()->changeActions().checked->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reviewCell(list, synonym), QStringLiteral("✓ Checked"));
    QCOMPARE(reviewCell(list, synonym, Qt::ToolTipRole), QStringLiteral("Checked"));

    m_window->reviewMarks()->changeActions().disputed->trigger();
    QCOMPARE(reviewCell(list, synonym), QStringLiteral("✗ Disputed"));
    QCOMPARE(m_window->reviewMarks()->marks().size(), 1);
    // The actions are the table's context menu.
    QVERIFY(list->table()->actions().contains(m_window->reviewMarks()->changeActions().note));
    QCOMPARE(list->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
}

void TestReviewMarksWindow::shortcutsActInTheListWithFocus()
{
    const ComparisonPtr comparison = m_window->comparison();
    ChangeListPanel *list = m_window->changeList();
    const int change = firstOf(*comparison, Category::Synonym);
    m_window->showPanel(MainWindow::ChangesTab);
    list->setCurrentChange(change);
    m_window->activateWindow();
    list->table()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(list->table(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(reviewCell(list, change), QStringLiteral("✗ Disputed"));
    QTest::keyClick(list->table(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(reviewCell(list, change), QStringLiteral("✓ Checked"));
    QTest::keyClick(list->table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(reviewCell(list, change), QString());
    QVERIFY(m_window->reviewMarks()->marks().isEmpty());
}

void TestReviewMarksWindow::findingsAreMarkedToo()
{
    const ComparisonPtr comparison = m_window->comparison();
    QVERIFY(!comparison->findings.isEmpty());
    FindingsPanel *findings = m_window->findingsPanel();
    m_window->showPanel(MainWindow::FindingsTab);
    findings->setCurrentFinding(0);
    m_window->reviewMarks()->findingActions().disputed->trigger();
    QCOMPARE(findingCell(findings, 0), QStringLiteral("✗ Disputed"));
    QCOMPARE(findingCell(findings, 0, Qt::AccessibleTextRole), QStringLiteral("Disputed"));
    QCOMPARE(m_window->reviewMarks()->placedMarks().findings.size(), 1);
    QVERIFY(m_window->reviewMarks()->placedMarks().changes.isEmpty());
}

void TestReviewMarksWindow::notesAreEditedAndCleared()
{
    ReviewMarksController *marks = m_window->reviewMarks();
    QString asked;
    marks->setNoteEditor([&asked](const QString &, const QString &label, QString *note) {
        asked = label;
        *note = QStringLiteral("Ask the desk which word the wire used");
        return true;
    });
    const ComparisonPtr comparison = m_window->comparison();
    ChangeListPanel *list = m_window->changeList();
    const int change = firstOf(*comparison, Category::Synonym);
    m_window->showPanel(MainWindow::ChangesTab);
    list->setCurrentChange(change);
    marks->changeActions().disputed->trigger();
    marks->changeActions().note->trigger();
    QCOMPARE(asked, QStringLiteral("Note on change %1:").arg(comparison->changes[change].id));
    QCOMPARE(reviewCell(list, change), QStringLiteral("✗ Ask the desk which word the wire used"));
    QCOMPARE(reviewCell(list, change, Qt::AccessibleTextRole),
             QStringLiteral("Disputed: Ask the desk which word the wire used"));
    // Changing the state keeps the note.
    marks->changeActions().checked->trigger();
    QCOMPARE(reviewCell(list, change), QStringLiteral("✓ Ask the desk which word the wire used"));

    // A cancelled dialog changes nothing.
    marks->setNoteEditor([](const QString &, const QString &, QString *note) {
        *note = QStringLiteral("lost");
        return false;
    });
    marks->changeActions().note->trigger();
    QCOMPARE(reviewCell(list, change), QStringLiteral("✓ Ask the desk which word the wire used"));

    marks->changeActions().clear->trigger();
    QCOMPARE(reviewCell(list, change), QString());
    QVERIFY(marks->marks().isEmpty());
}

void TestReviewMarksWindow::actionsFollowTheSelection()
{
    ReviewMarksController *marks = m_window->reviewMarks();
    ChangeListPanel *list = m_window->changeList();
    m_window->showPanel(MainWindow::ChangesTab);
    list->setCurrentChange(-1);
    QVERIFY(!marks->changeActions().checked->isEnabled());
    list->setCurrentChange(0);
    QVERIFY(marks->changeActions().checked->isEnabled());
    QVERIFY(marks->changeActions().disputed->isEnabled());
    QVERIFY(!marks->changeActions().note->isEnabled());
    QVERIFY(!marks->changeActions().clear->isEnabled());
    marks->changeActions().checked->trigger();
    QVERIFY(marks->changeActions().note->isEnabled());
    QVERIFY(marks->changeActions().clear->isEnabled());
}

void TestReviewMarksWindow::marksSurviveARecompare_data()
{
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::newRow("ignore case") << true << false;
    QTest::newRow("ignore punctuation") << false << true;
}

void TestReviewMarksWindow::marksSurviveARecompare()
{
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    ReviewMarksController *marks = m_window->reviewMarks();
    const ComparisonPtr before = m_window->comparison();
    const int name = firstOf(*before, Category::Name);
    const int synonym = firstOf(*before, Category::Synonym);
    QVERIFY(name >= 0 && synonym >= 0);
    marks->markChanges({synonym}, MarkState::Checked);
    marks->markChanges({name}, MarkState::Disputed);
    m_window->findingsPanel()->setCurrentFinding(0);
    marks->markFinding(0, MarkState::Checked);
    const QString finding = before->findings[0].gist[Left];

    QSignalSpy finished(m_window, &MainWindow::comparisonFinished);
    Preferences preferences = m_window->preferences();
    preferences.options.ignoreCase = ignoreCase;
    preferences.options.ignorePunctuation = ignorePunctuation;
    m_window->setPreferences(preferences);
    QVERIFY(finished.wait(60000));
    const ComparisonPtr after = m_window->comparison();
    QVERIFY(after != before);

    ChangeListPanel *list = m_window->changeList();
    const int newName = samePlaces(*after, before->changes[name]);
    const int newSynonym = samePlaces(*after, before->changes[synonym]);
    QVERIFY(newName >= 0 && newSynonym >= 0);
    QCOMPARE(reviewCell(list, newName), QStringLiteral("✗ Disputed"));
    QCOMPARE(reviewCell(list, newSynonym), QStringLiteral("✓ Checked"));
    int newFinding = -1;
    for (int i = 0; i < after->findings.size(); ++i)
        if (after->findings[i].gist[Left] == finding)
            newFinding = i;
    QVERIFY(newFinding >= 0);
    QCOMPARE(findingCell(m_window->findingsPanel(), newFinding), QStringLiteral("✓ Checked"));
    QVERIFY(marks->resolution().orphaned.isEmpty());
}

void TestReviewMarksWindow::removingAVersionDropsItsMarks()
{
    ReviewMarksController *marks = m_window->reviewMarks();
    marks->markChanges({0}, MarkState::Checked);
    QCOMPARE(marks->marks().size(), 1);
    m_window->removeDocument(1);
    QVERIFY(marks->marks().isEmpty());
}

// A mark whose words the comparison no longer has (here: a mark on words neither version
// holds) is kept, and the Findings tab says so.
void TestReviewMarksWindow::orphanedMarksAreSaid()
{
    ReviewMarks marks;
    ReviewMark gone;
    gone.versions = {{0, 1}};
    gone.anchor.text = {QStringLiteral("lighthouse"), QStringLiteral("beacon")};
    marks.append(gone);
    m_window->reviewMarks()->setMarks(marks);
    m_window->showPanel(MainWindow::FindingsTab);
    const auto labels = m_window->findingsPanel()->findChildren<QLabel *>();
    const auto said = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text().startsWith(QStringLiteral("1 review mark"));
    });
    QVERIFY(said != labels.cend());
    QCOMPARE(m_window->reviewMarks()->resolution().orphaned, QVector<int>{0});
    QCOMPARE(m_window->reviewMarks()->marks().size(), 1);
    m_window->reviewMarks()->setMarks({});
    QVERIFY(!(*said)->isVisible());
}

QTEST_MAIN(TestReviewMarksWindow)
#include "tst_reviewmarkswindow.moc"
