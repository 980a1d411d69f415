#include "comparisonbuilder.h"
#include "ui/changefilterproxy.h"
#include "ui/changelistmodel.h"
#include "ui/changelistpanel.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

Q_DECLARE_METATYPE(Recension::Category)
Q_DECLARE_METATYPE(Recension::Severity)

class TestChangeList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cells_data();
    void cells();
    void categoryFilterHidesItsRows_data();
    void categoryFilterHidesItsRows();
    void severityFilter();
    void searchText_data();
    void searchText();
    void stepFollowsFilteredOrder();
    void stepFollowsSortedOrder();
    void selectionReportsTheChange();

private:
    ComparisonPtr m_comparison;
};

void TestChangeList::init()
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
        .change(Category::Name, Severity::High, 2, "Smith", 2, "Smyth", true)
        .change(Category::Deleted, Severity::Medium, 3, "The old pier stays closed.", -1, {});
    m_comparison = builder.build();
}

void TestChangeList::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("synonym shows both words")
        << 1 << QStringList{"2", "synonym", "low", "security", "safety", "", ""};
    QTest::newRow("name inside a quotation is marked")
        << 3 << QStringList{"4", "name", "high", "Smith", "Smyth", "quotation", ""};
    QTest::newRow("deletion has an empty right side")
        << 4 << QStringList{"5", "deleted", "medium", "The old pier stays closed.", "", "", ""};
}

void TestChangeList::cells()
{
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    ChangeListModel model;
    model.setComparison(m_comparison);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), ChangeListModel::ColumnCount);
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(row, c).data().toString();
    QCOMPARE(cells, expected);
    QCOMPARE(model.index(row, 0).data(ChangeListModel::ChangeIndexRole).toInt(), row);
}

void TestChangeList::categoryFilterHidesItsRows_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<int>("remaining");
    QTest::newRow("hiding synonyms") << Category::Synonym << 4;
    QTest::newRow("hiding numbers") << Category::Number << 4;
    QTest::newRow("hiding a category with no change") << Category::Moved << 5;
}

void TestChangeList::categoryFilterHidesItsRows()
{
    QFETCH(Category, category);
    QFETCH(int, remaining);
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    QCOMPARE(panel.visibleCount(), 5);
    panel.setCategoryVisible(category, false);
    QCOMPARE(panel.visibleCount(), remaining);
    for (int r = 0; r < panel.visibleCount(); ++r) {
        const int change = panel.proxy()->changeAt(r);
        QVERIFY(m_comparison->changes[change].category != category);
    }
    panel.setCategoryVisible(category, true);
    QCOMPARE(panel.visibleCount(), 5);
}

void TestChangeList::severityFilter()
{
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    panel.setSeverityVisible(Severity::Low, false);
    panel.setSeverityVisible(Severity::Medium, false);
    QCOMPARE(panel.visibleCount(), 2);
    QCOMPARE(panel.proxy()->changeAt(0), 2);
    QCOMPARE(panel.proxy()->changeAt(1), 3);
    QCOMPARE(panel.proxy()->rowOfChange(0), -1);
}

void TestChangeList::searchText_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("visible");
    QTest::newRow("a word of the left side") << "security" << 1;
    QTest::newRow("a word of the right side, other case") << "SMYTH" << 1;
    QTest::newRow("a category name") << "synonym" << 1;
    QTest::newRow("nothing matches") << "zeppelin" << 0;
    QTest::newRow("empty search shows all") << "" << 5;
}

void TestChangeList::searchText()
{
    QFETCH(QString, search);
    QFETCH(int, visible);
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    panel.setSearchText(search);
    QCOMPARE(panel.visibleCount(), visible);
}

void TestChangeList::stepFollowsFilteredOrder()
{
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    panel.setCategoryVisible(Category::Synonym, false);
    QCOMPARE(panel.step(false), 0);
    QCOMPARE(panel.step(false), 2); // the synonym (index 1) is filtered out
    QCOMPARE(panel.step(false), 3);
    QCOMPARE(panel.step(false), 4);
    QCOMPARE(panel.step(false), 0); // wraps
    QCOMPARE(panel.step(true), 4);
    QCOMPARE(panel.currentChange(), 4);
}

void TestChangeList::stepFollowsSortedOrder()
{
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    // By severity, descending: the two high ones first, in their original order.
    panel.table()->sortByColumn(int(ChangeListModel::Column::Severity), Qt::DescendingOrder);
    QCOMPARE(panel.step(false), 2);
    QCOMPARE(panel.step(false), 3);
    QCOMPARE(panel.step(false), 4);
}

void TestChangeList::selectionReportsTheChange()
{
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    QSignalSpy spy(&panel, &ChangeListPanel::currentChangeChanged);
    panel.setCurrentChange(3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), 3);
    QCOMPARE(panel.currentChange(), 3);
    // A change the filter hides cannot stay selected.
    panel.setCategoryVisible(Category::Name, false);
    panel.setCurrentChange(3);
    QCOMPARE(panel.currentChange(), -1);
}

QTEST_MAIN(TestChangeList)
#include "tst_changelist.moc"
