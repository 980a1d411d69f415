#include "comparisonbuilder.h"
#include "ui/view/overviewstrip.h"
#include "ui/view/sidebysideview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

namespace {

/// `count` paragraphs of varying length; every tenth one differs between the sides.
ComparisonPtr longStory(int count)
{
    QStringList left;
    QStringList right;
    for (int i = 0; i < count; ++i) {
        const QString filler = QStringLiteral(" The council met again to discuss the harbour.")
                                   .repeated(1 + i % 7);
        left << QStringLiteral("Paragraph %1 says the security review went well.").arg(i) + filler;
        right << QStringLiteral("Paragraph %1 says the %2 review went well.")
                         .arg(i)
                         .arg(i % 10 == 0 ? QStringLiteral("safety") : QStringLiteral("security"))
                + filler;
    }
    ComparisonBuilder builder;
    builder.left(left).right(right);
    for (int i = 0; i < count; ++i)
        builder.link(i % 10 == 0 ? LinkKind::Modified : LinkKind::Identical, {i}, {i});
    for (int i = 0; i < count; i += 10)
        builder.change(Category::Synonym, Severity::Low, i, "security", i, "safety");
    return builder.build();
}

ComparisonPtr movedStory()
{
    ComparisonBuilder builder;
    builder.left({"Harbour report", "The mayor spoke first.", "Boats returned.", "Rain fell."})
        .right({"Harbour report", "Boats returned.", "Rain fell.", "The mayor spoke first."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Moved, {1}, {3})
        .link(LinkKind::Identical, {2}, {1})
        .link(LinkKind::Identical, {3}, {2});
    return builder.build();
}

} // namespace

class TestSideBySideView : public QObject
{
    Q_OBJECT

private slots:
    void bothColumnsShareTheRows();
    void rowsAreLaidOutLazily();
    void layingOutKeepsTheTopRow();
    void currentChangeScrollsIntoView_data();
    void currentChangeScrollsIntoView();
    void hitTestFindsTheChange();
    void findMatchesBothColumns();
    void overviewHasOneTickPerChangeSide();
    void paintsMovedPassageAndGaps();
};

void TestSideBySideView::bothColumnsShareTheRows()
{
    SideBySideView view;
    view.resize(900, 500);
    view.setComparison(movedStory());
    const RowModel &rows = view.rowModel();
    QCOMPARE(rows.rowCount(), 5);
    for (const Row &row : rows.rows())
        QVERIFY(row.hasSide(Left) || row.hasSide(Right));
    view.layOutAllRows();
    // Each row is as tall as its taller side.
    for (int r = 0; r < rows.rowCount(); ++r) {
        const RowGeometry &g = view.geometry();
        QCOMPARE(g.rowHeight(r),
                 qMax(g.cellHeight(r, Left), g.cellHeight(r, Right)) + 2 * g.padding());
        QCOMPARE(g.rowTop(r + 1), g.rowTop(r) + g.rowHeight(r));
    }
}

void TestSideBySideView::rowsAreLaidOutLazily()
{
    SideBySideView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setComparison(longStory(30000));
    view.grab(); // one paint: only the rows in view get laid out
    const RowGeometry &geometry = view.geometry();
    QCOMPARE(geometry.rowCount(), 30000);
    QVERIFY(geometry.isExact(0));
    QVERIFY(geometry.exactCount() < 30000);
    for (int r = view.firstVisibleRow(); r <= view.lastVisibleRow(); ++r)
        QVERIFY(geometry.isExact(r));
    // Jump to the middle: the rows there are laid out, the scroll bar spans everything.
    view.scrollToRow(15000);
    QVERIFY(view.isRowVisible(15000));
    QVERIFY(geometry.isExact(15000));
    QCOMPARE(view.verticalScrollBar()->maximum(),
             geometry.totalHeight() - view.viewport()->height());
}

void TestSideBySideView::layingOutKeepsTheTopRow()
{
    SideBySideView view;
    view.resize(800, 400);
    view.show();
    view.setComparison(longStory(2000));
    view.scrollToRow(1200);
    const int top = view.firstVisibleRow();
    const int offset = view.verticalScrollBar()->value() - view.geometry().rowTop(top);
    view.layOutAllRows(); // refines every row above: the view must not move
    QCOMPARE(view.geometry().exactCount(), 2000);
    QCOMPARE(view.firstVisibleRow(), top);
    QCOMPARE(view.verticalScrollBar()->value() - view.geometry().rowTop(top), offset);
}

void TestSideBySideView::currentChangeScrollsIntoView_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("first change, already in view") << 0;
    QTest::newRow("change far below") << 150;
    QTest::newRow("last change") << 199;
}

void TestSideBySideView::currentChangeScrollsIntoView()
{
    QFETCH(int, change);
    SideBySideView view;
    view.resize(900, 500);
    view.show();
    const ComparisonPtr comparison = longStory(2000);
    view.setComparison(comparison);
    view.setCurrentChange(change);
    QCOMPARE(view.currentChange(), change);
    const int row = view.rowModel().rowsOfChange(comparison->changes[change])[Left];
    QVERIFY(view.isRowVisible(row));
    const QRect rect = view.changeRect(change);
    QVERIFY(!rect.isEmpty());
    QVERIFY(view.viewport()->rect().contains(rect));
}

void TestSideBySideView::hitTestFindsTheChange()
{
    SideBySideView view;
    view.resize(900, 500);
    view.show();
    const ComparisonPtr comparison = longStory(100);
    view.setComparison(comparison);
    view.setCurrentChange(3);
    for (Side side : {Left, Right}) {
        const QRect rect = view.changeRect(3, side);
        QVERIFY(!rect.isEmpty());
        QCOMPARE(view.changeAt(rect.center()), 3);
    }
    // The connector strip between the columns holds no text.
    QCOMPARE(view.changeAt(QPoint(view.viewport()->width() / 2, view.changeRect(3).center().y())),
             -1);

    QSignalSpy clicked(&view, &SideBySideView::changeClicked);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.changeRect(3, Right).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 3);
}

void TestSideBySideView::findMatchesBothColumns()
{
    SideBySideView view;
    view.resize(900, 500);
    view.show();
    view.setComparison(longStory(300));
    QSignalSpy spy(&view, &SideBySideView::findMatchesChanged);
    view.setFindText(QStringLiteral("SAFETY"));
    QCOMPARE(view.findMatches().size(), 30);
    for (const FindMatch &m : view.findMatches())
        QCOMPARE(m.side, Right);
    view.setFindText(QStringLiteral("paragraph 25 "));
    QCOMPARE(view.findMatches().size(), 2);
    QCOMPARE(view.findMatches()[0].side, Left);
    QCOMPARE(view.findMatches()[1].side, Right);
    QVERIFY(view.findNext());
    QCOMPARE(view.currentFindMatch(), 0);
    QVERIFY(view.isRowVisible(25));
    QVERIFY(view.findNext());
    QVERIFY(view.findNext()); // wraps
    QCOMPARE(view.currentFindMatch(), 0);
    QVERIFY(view.findNext(true));
    QCOMPARE(view.currentFindMatch(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 2);
    view.setFindText(QString());
    QVERIFY(!view.findNext());
}

void TestSideBySideView::overviewHasOneTickPerChangeSide()
{
    SideBySideView view;
    view.resize(900, 500);
    view.show();
    view.setComparison(longStory(200));
    const auto *overview = view.findChild<OverviewStrip *>();
    QVERIFY(overview);
    QCOMPARE(overview->tickCount(), 40);
    QVERIFY(overview->isVisible());
    // Clicking near its bottom shows the end of the comparison.
    QTest::mouseClick(const_cast<OverviewStrip *>(overview), Qt::LeftButton, {},
                      QPoint(overview->width() / 2, overview->height() - 3));
    QVERIFY(view.isRowVisible(view.rowModel().rowCount() - 1));
    QTest::mouseClick(const_cast<OverviewStrip *>(overview), Qt::LeftButton, {},
                      QPoint(overview->width() / 2, 2));
    QVERIFY(view.isRowVisible(0));
}

void TestSideBySideView::paintsMovedPassageAndGaps()
{
    SideBySideView view;
    view.resize(900, 400);
    view.show();
    view.setComparison(movedStory());
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    // The moved passage's left side faces a gap: the gap is painted in the gap colour.
    const auto rows = view.rowModel().rowsOfLink(1);
    const int y = view.geometry().rowTop(rows[Left]) + view.geometry().rowHeight(rows[Left]) / 2;
    const QPoint inRightGap(view.viewport()->width() - 20, y);
    const QColor pixel = image.pixelColor(view.viewport()->mapTo(&view, inRightGap));
    const Palette &colours = view.colours();
    QVERIFY2(pixel.rgb() == colours.gapFill.rgb() || pixel.rgb() == colours.gapHatch.rgb(),
             qPrintable(pixel.name()));
}

QTEST_MAIN(TestSideBySideView)
#include "tst_sidebysideview.moc"
