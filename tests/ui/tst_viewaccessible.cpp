// What a screen reader gets from the custom-painted comparison view.
#include "comparisonbuilder.h"
#include "ui/view/overviewstrip.h"
#include "ui/view/sidebysideview.h"
#include "ui/view/viewaccessible.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

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
        .change(Category::Number, Severity::High, 1, "12", 1, "15", true)
        .change(Category::Name, Severity::High, 2, "Smith", 2, "Smyth")
        .change(Category::Deleted, Severity::Medium, 3, "The old pier stays closed.", -1, {});
    return builder.build();
}

QAccessibleInterface *viewInterface(SideBySideView &view)
{
    return QAccessible::queryAccessibleInterface(&view);
}

} // namespace

class TestViewAccessible : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void viewHasTextsRowsAndChanges();
    void eachPaneIsItsVersionsText_data();
    void eachPaneIsItsVersionsText();
    void changesAreNamedAndDescribed_data();
    void changesAreNamedAndDescribed();
    void connectorRowsSayWhatFacesWhat();
    void textInterfaceFollowsTheSelection();
    void pressingAChangeMakesItCurrent();
    void itemsOfAnOldComparisonAreDropped();
    void overviewStripDescribesTheChanges();

private:
    std::unique_ptr<SideBySideView> m_view;
};

void TestViewAccessible::init()
{
    m_view = std::make_unique<SideBySideView>();
    m_view->resize(900, 500);
    m_view->show();
    m_view->setComparison(harbourStory());
    m_view->layOutAllRows();
}

void TestViewAccessible::viewHasTextsRowsAndChanges()
{
    QAccessibleInterface *view = viewInterface(*m_view);
    QVERIFY(view);
    QCOMPARE(view->role(), QAccessible::Pane);
    QCOMPARE(view->childCount(), int(ViewAccessible::ChildCount));
    QCOMPARE(view->child(ViewAccessible::LeftText)->role(), QAccessible::EditableText);
    QCOMPARE(view->child(ViewAccessible::RightText)->role(), QAccessible::EditableText);
    QCOMPARE(view->child(ViewAccessible::Connector)->role(), QAccessible::List);
    QCOMPARE(view->child(ViewAccessible::Changes)->role(), QAccessible::List);
    QCOMPARE(view->child(ViewAccessible::ScrollBar)->role(), QAccessible::ScrollBar);
    QVERIFY(view->child(ViewAccessible::Overview));
    for (int i = 0; i < view->childCount(); ++i)
        QCOMPARE(view->indexOfChild(view->child(i)), i);
    for (int i = 0; i < ViewAccessible::ScrollBar; ++i)
        QCOMPARE(view->child(i)->parent(), view);
    // A point in the left column finds the left text.
    const QRect left = view->child(ViewAccessible::LeftText)->rect();
    QCOMPARE(view->childAt(left.center().x(), left.center().y()), view->child(ViewAccessible::LeftText));
}

void TestViewAccessible::eachPaneIsItsVersionsText_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("left version") << int(Left);
    QTest::newRow("right version") << int(Right);
}

void TestViewAccessible::eachPaneIsItsVersionsText()
{
    QFETCH(int, side);
    QAccessibleInterface *pane = viewInterface(*m_view)->child(
        side == Left ? ViewAccessible::LeftText : ViewAccessible::RightText);
    QAccessibleTextInterface *text = pane->textInterface();
    QVERIFY(text);
    QStringList paragraphs;
    for (const Paragraph &paragraph : m_view->comparison()->documents[side]->paragraphs)
        paragraphs << paragraph.text;
    const QString joined = paragraphs.join(QLatin1Char('\n'));
    QCOMPARE(text->characterCount(), int(joined.size()));
    QCOMPARE(text->text(0, text->characterCount()), joined);
    QCOMPARE(pane->text(QAccessible::Value), joined);
    QVERIFY(pane->text(QAccessible::Name).contains(
        m_view->comparison()->documents[side]->displayName()));
    QVERIFY(pane->state().readOnly);
    // A character's rectangle leads back to the character.
    const int offset = int(joined.indexOf(QStringLiteral("improved")));
    const QRect rect = text->characterRect(offset);
    QVERIFY(!rect.isEmpty());
    QCOMPARE(text->offsetAtPoint(rect.center() + QPoint(1, 0)), offset);
}

void TestViewAccessible::changesAreNamedAndDescribed_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::newRow("a synonym") << 1 << "Change 2: synonym, low severity"
                               << "Left: “security”; right: “safety”";
    QTest::newRow("a number inside a quotation")
        << 2 << "Change 3: number, high severity, inside a quotation" << "Left: “12”; right: “15”";
    QTest::newRow("a deletion") << 4 << "Change 5: deleted, medium severity"
                                << "Left: “The old pier stays closed.”; right: nothing";
}

void TestViewAccessible::changesAreNamedAndDescribed()
{
    QFETCH(int, change);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QAccessibleInterface *changes = viewInterface(*m_view)->child(ViewAccessible::Changes);
    QCOMPARE(changes->childCount(), 5);
    QAccessibleInterface *item = changes->child(change);
    QVERIFY(item && item->isValid());
    QCOMPARE(item->role(), QAccessible::ListItem);
    QCOMPARE(item->text(QAccessible::Name), name);
    QCOMPARE(item->text(QAccessible::Description), description);
    QCOMPARE(changes->indexOfChild(item), change);
    QCOMPARE(item->parent(), changes);
    QCOMPARE(changes->child(change), item); // made once
    QVERIFY(!item->rect().isEmpty());
}

void TestViewAccessible::connectorRowsSayWhatFacesWhat()
{
    QAccessibleInterface *rows = viewInterface(*m_view)->child(ViewAccessible::Connector);
    QCOMPARE(rows->childCount(), 4);
    QCOMPARE(rows->child(1)->text(QAccessible::Name), QStringLiteral("Row 2: modified passage"));
    QCOMPARE(rows->child(1)->text(QAccessible::Description),
             QStringLiteral("Left: paragraph 2; right: paragraph 2"));
    QCOMPARE(rows->child(3)->text(QAccessible::Name), QStringLiteral("Row 4: deleted passage"));
    QCOMPARE(rows->child(3)->text(QAccessible::Description),
             QStringLiteral("Left: paragraph 4; right: nothing (a gap)"));
}

void TestViewAccessible::textInterfaceFollowsTheSelection()
{
    QAccessibleInterface *view = viewInterface(*m_view);
    QAccessibleTextInterface *left = view->child(ViewAccessible::LeftText)->textInterface();
    QAccessibleTextInterface *right = view->child(ViewAccessible::RightText)->textInterface();
    const QString joined = left->text(0, left->characterCount());
    const int start = int(joined.indexOf(QStringLiteral("security")));
    // A screen reader selects: the view shows it.
    left->setSelection(0, start, start + 8);
    QCOMPARE(m_view->selectedText(), QStringLiteral("security"));
    QCOMPARE(left->selectionCount(), 1);
    QCOMPARE(right->selectionCount(), 0);
    int from = -1;
    int to = -1;
    left->selection(0, &from, &to);
    QCOMPARE(from, start);
    QCOMPARE(to, start + 8);
    QCOMPARE(left->cursorPosition(), start + 8);
    // The view selects: the interface says so.
    m_view->selectAll(Right);
    QCOMPARE(right->selectionCount(), 1);
    right->selection(0, &from, &to);
    QCOMPARE(from, 0);
    QCOMPARE(to, right->characterCount());
    QCOMPARE(left->selectionCount(), 0);
    right->removeSelection(0);
    QVERIFY(m_view->selection().isEmpty());
}

void TestViewAccessible::pressingAChangeMakesItCurrent()
{
    QAccessibleInterface *changes = viewInterface(*m_view)->child(ViewAccessible::Changes);
    QAccessibleInterface *item = changes->child(3);
    QAccessibleActionInterface *action = item->actionInterface();
    QVERIFY(action);
    QVERIFY(action->actionNames().contains(QAccessibleActionInterface::pressAction()));
    QSignalSpy clicked(m_view.get(), &SideBySideView::changeClicked);
    action->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_view->currentChange(), 3);
    QCOMPARE(clicked.count(), 1);
    QVERIFY(item->state().selected);
    QVERIFY(!changes->child(2)->state().selected);
}

void TestViewAccessible::itemsOfAnOldComparisonAreDropped()
{
    QAccessibleInterface *changes = viewInterface(*m_view)->child(ViewAccessible::Changes);
    const QAccessible::Id old = QAccessible::uniqueId(changes->child(0));
    ComparisonBuilder builder;
    builder.left({"Rain fell."}).right({"Snow fell."}).link(LinkKind::Modified, {0}, {0})
        .change(Category::Replaced, Severity::Medium, 0, "Rain", 0, "Snow");
    m_view->setComparison(builder.build());
    QCOMPARE(changes->childCount(), 1);
    QAccessibleInterface *fresh = changes->child(0);
    QVERIFY(fresh->isValid());
    QCOMPARE(fresh->text(QAccessible::Description), QStringLiteral("Left: “Rain”; right: “Snow”"));
    QVERIFY(QAccessible::accessibleInterface(old) == nullptr || QAccessible::uniqueId(fresh) != old);
}

void TestViewAccessible::overviewStripDescribesTheChanges()
{
    auto *overview = m_view->findChild<OverviewStrip *>();
    QAccessibleInterface *strip = QAccessible::queryAccessibleInterface(overview);
    QVERIFY(strip);
    QCOMPARE(strip->text(QAccessible::Name), QStringLiteral("Overview of changes"));
    const QString description = strip->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("5 changes")), qPrintable(description));
}

QTEST_MAIN(TestViewAccessible)
#include "tst_viewaccessible.moc"
