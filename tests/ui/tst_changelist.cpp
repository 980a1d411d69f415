#include "comparisonbuilder.h"
#include "compare/comparator.h"
#include "document/documentloader.h"
#include "ui/panels/changefilterproxy.h"
#include "ui/panels/changelistmodel.h"
#include "ui/panels/changelistpanel.h"
#include "ui/panels/changeorder.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

Q_DECLARE_METATYPE(Recension::Category)
Q_DECLARE_METATYPE(Recension::Severity)
Q_DECLARE_METATYPE(Qt::SortOrder)

namespace {

/// The order the list had with QSortFilterProxyModel, one lessThan() per pair of rows,
/// after a refilter (equal rows in change order): what the rank-based order must equal.
class ReferenceProxy final : public QSortFilterProxyModel
{
public:
    QSet<int> hidden; ///< categories

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return static_cast<const ChangeListModel *>(sourceModel())
            ->lessThan(left.row(), right.row(), ChangeListModel::Column(left.column()));
    }
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        return !hidden.contains(first.data(ChangeListModel::CategoryRole).toInt());
    }
};

QVector<int> shownChanges(const QAbstractItemModel &model)
{
    QVector<int> changes;
    for (int r = 0; r < model.rowCount(); ++r)
        changes << model.index(r, 0).data(ChangeListModel::ChangeIndexRole).toInt();
    return changes;
}

ComparisonPtr compareSamples(const QString &left, const QString &right)
{
    const auto load = [](const QString &name) {
        return loadDocument(QStringLiteral(RECENSION_SAMPLES "/") + name, {}).document;
    };
    return compareDocuments(load(left), load(right), CompareOptions());
}

} // namespace

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
    void sortedOrderEqualsOnePairAtATime_data();
    void sortedOrderEqualsOnePairAtATime();
    void countingSortKeepsChangeOrderInTies();
    void ranksFromThePoolForALongList();
    void staleRanksAreDropped();
    void selectionFollowsItsChange();

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

void TestChangeList::sortedOrderEqualsOnePairAtATime_data()
{
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("hideSynonyms");
    const struct
    {
        const char *name;
        ChangeListModel::Column column;
    } columns[] = {{"number", ChangeListModel::Column::Number},
                   {"category", ChangeListModel::Column::Category},
                   {"severity", ChangeListModel::Column::Severity},
                   {"left text", ChangeListModel::Column::LeftText},
                   {"right text", ChangeListModel::Column::RightText},
                   {"quotation", ChangeListModel::Column::InQuote},
                   {"review mark", ChangeListModel::Column::Review}};
    for (const auto &column : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *way = order == Qt::AscendingOrder ? "ascending" : "descending";
            QTest::addRow("spun copy by %s, %s", column.name, way)
                << "harbour-spun.txt" << int(column.column) << order << false;
            QTest::addRow("unrelated article by %s, %s, synonyms hidden", column.name, way)
                << "unrelated.txt" << int(column.column) << order << true;
        }
    }
}

void TestChangeList::sortedOrderEqualsOnePairAtATime()
{
    QFETCH(QString, right);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, hideSynonyms);
    const ComparisonPtr comparison = compareSamples(QStringLiteral("harbour-original.txt"), right);
    QVERIFY(comparison);
    QVERIFY(comparison->changes.size() > 20);
    ChangeListModel model;
    model.setComparison(comparison);
    // Marks on every third change, so the review column has ties of three kinds.
    QHash<int, PlacedMark> marks;
    for (int c = 0; c < comparison->changes.size(); c += 3)
        marks.insert(c, {c % 2 ? MarkState::Disputed : MarkState::Checked, QString()});
    model.setMarks(marks);

    ChangeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setComparison(comparison);
    proxy.setCategoryVisible(Category::Synonym, !hideSynonyms);
    proxy.sort(column, order);
    QVERIFY(!proxy.isSorting());

    ReferenceProxy reference;
    if (hideSynonyms)
        reference.hidden.insert(int(Category::Synonym));
    reference.setSourceModel(&model);
    reference.sort(column, order);
    QCOMPARE(shownChanges(proxy), shownChanges(reference));
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.rowOfChange(proxy.changeAt(r)), r);
}

void TestChangeList::countingSortKeepsChangeOrderInTies()
{
    const QVector<int> ranks{2, 0, 2, 1, 0};
    QCOMPARE(ChangeOrder::sorted(ranks, Qt::AscendingOrder), (QVector<int>{1, 4, 3, 0, 2}));
    QCOMPARE(ChangeOrder::sorted(ranks, Qt::DescendingOrder), (QVector<int>{0, 2, 3, 1, 4}));
    QCOMPARE(ChangeOrder::sorted({}, Qt::AscendingOrder), QVector<int>());
}

void TestChangeList::ranksFromThePoolForALongList()
{
    const ComparisonPtr comparison =
        compareSamples(QStringLiteral("harbour-original.txt"), QStringLiteral("unrelated.txt"));
    ChangeListModel model;
    model.setComparison(comparison);
    ChangeFilterProxy proxy;
    proxy.setBackgroundFrom(0);
    proxy.setSourceModel(&model);
    proxy.sort(int(ChangeListModel::Column::Number), Qt::AscendingOrder);
    const QVector<int> byNumber = shownChanges(proxy);
    proxy.sort(int(ChangeListModel::Column::RightText), Qt::DescendingOrder);
    // Until the ranks arrive the rows keep their order.
    QVERIFY(proxy.isSorting());
    QCOMPARE(shownChanges(proxy), byNumber);
    QTRY_VERIFY(!proxy.isSorting());
    ReferenceProxy reference;
    reference.setSourceModel(&model);
    reference.sort(int(ChangeListModel::Column::RightText), Qt::DescendingOrder);
    QCOMPARE(shownChanges(proxy), shownChanges(reference));
}

void TestChangeList::staleRanksAreDropped()
{
    // Two comparisons of as many changes: the first's ranks taken for the second would
    // show the second's rows as 1, 0, 3, 2; its own ranks show them as 3, 2, 1, 0.
    const auto build = [](const QStringList &words) {
        ComparisonBuilder builder;
        builder.left({words.join(QLatin1Char(' '))}).right({QStringLiteral("x")});
        builder.link(LinkKind::Modified, {0}, {0});
        for (const QString &word : words)
            builder.change(Category::Deleted, Severity::Low, 0, word, -1, {});
        return builder.build();
    };
    const ComparisonPtr first = build({"banana", "apple", "damson", "cherry"});
    const ComparisonPtr second = build({"wasp", "viper", "urchin", "toad"});
    ChangeListModel model;
    model.setComparison(first);
    ChangeFilterProxy proxy;
    proxy.setBackgroundFrom(0);
    proxy.setSourceModel(&model);
    QVector<QVector<int>> shown;
    connect(&proxy, &QAbstractItemModel::layoutChanged, this,
            [&] { shown << shownChanges(proxy); });
    proxy.sort(int(ChangeListModel::Column::LeftText), Qt::AscendingOrder);
    QVERIFY(proxy.isSorting());
    // The next comparison arrives before the first one's ranks.
    model.setComparison(second);
    QVERIFY(proxy.isSorting());
    QCOMPARE(shownChanges(proxy), (QVector<int>{0, 1, 2, 3}));
    QTRY_VERIFY(!proxy.isSorting());
    QTest::qWait(100); // room for a late answer
    QCOMPARE(shownChanges(proxy), (QVector<int>{3, 2, 1, 0}));
    QCOMPARE(shown, (QVector<QVector<int>>{{3, 2, 1, 0}}));
}

void TestChangeList::selectionFollowsItsChange()
{
    ChangeListPanel panel;
    panel.setComparison(m_comparison);
    panel.setCurrentChange(3);
    panel.table()->sortByColumn(int(ChangeListModel::Column::Severity), Qt::DescendingOrder);
    QCOMPARE(panel.currentChange(), 3);
    QCOMPARE(panel.table()->currentIndex().row(), 1); // the two high changes come first
    panel.setCategoryVisible(Category::Number, false);
    QCOMPARE(panel.currentChange(), 3);
    QCOMPARE(panel.table()->currentIndex().row(), 0);
    panel.setCategoryVisible(Category::Number, true);
    QCOMPARE(panel.currentChange(), 3);
    panel.setCategoryVisible(Category::Name, false);
    QCOMPARE(panel.currentChange(), -1);
}

QTEST_MAIN(TestChangeList)
#include "tst_changelist.moc"
