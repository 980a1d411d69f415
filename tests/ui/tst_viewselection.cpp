// The comparison view's keys, selection, copy and focus frame.
#include "comparisonbuilder.h"
#include "ui/view/sidebysideview.h"
#include "ui/view/viewselection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

namespace {

const QStringList LeftParagraphs{
    QStringLiteral("Harbour report"),
    QStringLiteral("Officials said security improved by 12 percent after the review."),
    QStringLiteral("Smith spoke first."),
    QStringLiteral("The old pier stays closed."),
};
const QStringList RightParagraphs{
    QStringLiteral("Harbour report"),
    QStringLiteral("Officials stated safety improved by 15 percent after the review."),
    QStringLiteral("Smyth spoke first."),
};

ComparisonPtr harbourStory()
{
    ComparisonBuilder builder;
    builder.left(LeftParagraphs)
        .right(RightParagraphs)
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Modified, {2}, {2})
        .link(LinkKind::Deleted, {3}, {})
        .change(Category::Inflection, Severity::Low, 1, "said", 1, "stated")
        .change(Category::Synonym, Severity::Low, 1, "security", 1, "safety")
        .change(Category::Number, Severity::High, 1, "12", 1, "15")
        .change(Category::Name, Severity::High, 2, "Smith", 2, "Smyth")
        .change(Category::Deleted, Severity::Medium, 3, "The old pier stays closed.", -1, {});
    return builder.build();
}

ComparisonPtr longStory(int count)
{
    QStringList paragraphs;
    for (int i = 0; i < count; ++i)
        paragraphs << QStringLiteral("Paragraph %1 says the council met again about the harbour.").arg(i);
    ComparisonBuilder builder;
    builder.left(paragraphs).right(paragraphs);
    for (int i = 0; i < count; ++i)
        builder.link(LinkKind::Identical, {i}, {i});
    return builder.build();
}

/// The viewport point of a place (the middle of its caret).
QPoint pointOf(const SideBySideView &view, const TextPlace &place)
{
    return view.placeRect(place).center();
}

struct ShownView
{
    explicit ShownView(const ComparisonPtr &comparison, QSize size = {900, 500})
    {
        view.resize(size);
        view.show();
        view.setComparison(comparison);
        view.layOutAllRows();
        view.setFocus();
    }
    SideBySideView view;
};

} // namespace

class TestViewSelection : public QObject
{
    Q_OBJECT

private slots:
    void selectedTextIsThePanesWords_data();
    void selectedTextIsThePanesWords();
    void paneTextMapsOffsets();
    void keysScrollLikeATextViewer_data();
    void keysScrollLikeATextViewer();
    void dragSelectsText_data();
    void dragSelectsText();
    void dragPastTheEdgeScrollsAndSelectsOn();
    void doubleClickSelectsAWordAndTripleClickTheParagraph();
    void shiftKeysExtendTheSelection_data();
    void shiftKeysExtendTheSelection();
    void ctrlASelectsThePaneAndCtrlCCopiesIt();
    void selectionAndFocusArePainted();
};

void TestViewSelection::selectedTextIsThePanesWords_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("fromParagraph");
    QTest::addColumn<int>("fromOffset");
    QTest::addColumn<int>("toParagraph");
    QTest::addColumn<int>("toOffset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a word inside a paragraph") << int(Left) << 1 << 15 << 1 << 23 << "security";
    QTest::newRow("selected backwards") << int(Left) << 1 << 23 << 1 << 15 << "security";
    QTest::newRow("across two paragraphs, a blank line between")
        << int(Right) << 1 << 57 << 2 << 5 << "review.\n\nSmyth";
    QTest::newRow("a caret alone") << int(Left) << 2 << 3 << 2 << 3 << "";
    QTest::newRow("the whole right version")
        << int(Right) << 0 << 0 << 2 << 18 << RightParagraphs.join(QStringLiteral("\n\n"));
}

void TestViewSelection::selectedTextIsThePanesWords()
{
    QFETCH(int, side);
    QFETCH(int, fromParagraph);
    QFETCH(int, fromOffset);
    QFETCH(int, toParagraph);
    QFETCH(int, toOffset);
    QFETCH(QString, expected);
    const ComparisonPtr story = harbourStory();
    ViewSelection selection;
    selection.select({Side(side), fromParagraph, fromOffset}, {Side(side), toParagraph, toOffset});
    QCOMPARE(selection.text(*story->documents[side]), expected);
    QCOMPARE(selection.isEmpty(), expected.isEmpty());
}

void TestViewSelection::paneTextMapsOffsets()
{
    const ComparisonPtr story = harbourStory();
    const PaneText pane(story->documents[Right]);
    const QString joined = RightParagraphs.join(QLatin1Char('\n'));
    QCOMPARE(pane.length(), int(joined.size()));
    QCOMPARE(pane.text(0, pane.length()), joined);
    QCOMPARE(pane.text(10, 40), joined.mid(10, 30));
    QCOMPARE(pane.text(14, 15), QStringLiteral("\n"));
    for (int offset = 0; offset <= pane.length(); ++offset)
        QCOMPARE(pane.offsetOf(pane.placeAt(Right, offset)), offset);
    QCOMPARE(pane.placeAt(Right, 15), (TextPlace{Right, 1, 0}));
    QCOMPARE(pane.placeAt(Right, 14), (TextPlace{Right, 0, 14}));
}

void TestViewSelection::keysScrollLikeATextViewer_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Home goes to the top") << int(Qt::Key_Home) << 0 << "top";
    QTest::newRow("Ctrl+Home goes to the top") << int(Qt::Key_Home) << int(Qt::ControlModifier) << "top";
    QTest::newRow("End goes to the bottom") << int(Qt::Key_End) << 0 << "bottom";
    QTest::newRow("Ctrl+End goes to the bottom") << int(Qt::Key_End) << int(Qt::ControlModifier) << "bottom";
    QTest::newRow("Page Down goes a page less a line down") << int(Qt::Key_PageDown) << 0 << "page down";
    QTest::newRow("Page Up goes a page less a line up") << int(Qt::Key_PageUp) << 0 << "page up";
    QTest::newRow("Down goes a little down") << int(Qt::Key_Down) << 0 << "line down";
    QTest::newRow("Up goes a little up") << int(Qt::Key_Up) << 0 << "line up";
}

void TestViewSelection::keysScrollLikeATextViewer()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, expected);
    ShownView shown(longStory(400));
    SideBySideView &view = shown.view;
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int before = bar->value();
    QTest::keyClick(&view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    const int page = view.viewport()->height();
    const int line = view.fontMetrics().lineSpacing();
    if (expected == QLatin1String("top")) {
        QCOMPARE(bar->value(), 0);
        QVERIFY(view.isRowVisible(0));
    } else if (expected == QLatin1String("bottom")) {
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isRowVisible(view.rowModel().rowCount() - 1));
    } else if (expected.startsWith(QLatin1String("page"))) {
        const int step = bar->value() - before;
        QCOMPARE(qAbs(step), page - line);
        QCOMPARE(step > 0, expected.endsWith(QLatin1String("down")));
    } else {
        const int step = bar->value() - before;
        QVERIFY(qAbs(step) > 0 && qAbs(step) < page / 2);
        QCOMPARE(step > 0, expected.endsWith(QLatin1String("down")));
    }
    QVERIFY(view.selection().isEmpty()); // scrolling selects nothing
}

void TestViewSelection::dragSelectsText_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("fromParagraph");
    QTest::addColumn<int>("fromOffset");
    QTest::addColumn<int>("toParagraph");
    QTest::addColumn<int>("toOffset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a word of the left pane") << int(Left) << 1 << 15 << 1 << 23 << "security";
    QTest::newRow("backwards in the right pane") << int(Right) << 1 << 23 << 1 << 17 << "safety";
    QTest::newRow("down across paragraphs") << int(Left) << 2 << 6 << 3 << 7 << "spoke first.\n\nThe old";
}

void TestViewSelection::dragSelectsText()
{
    QFETCH(int, side);
    QFETCH(int, fromParagraph);
    QFETCH(int, fromOffset);
    QFETCH(int, toParagraph);
    QFETCH(int, toOffset);
    QFETCH(QString, expected);
    ShownView shown(harbourStory());
    SideBySideView &view = shown.view;
    const QPoint from = pointOf(view, {Side(side), fromParagraph, fromOffset});
    const QPoint to = pointOf(view, {Side(side), toParagraph, toOffset});
    QCOMPARE(view.placeAt(from, Side(side)), (TextPlace{Side(side), fromParagraph, fromOffset}));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), (from + to) / 2);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(view.selectedText(), expected);
    QCOMPARE(view.selection().side(), Side(side));
}

void TestViewSelection::dragPastTheEdgeScrollsAndSelectsOn()
{
    ShownView shown(longStory(200), {800, 300});
    SideBySideView &view = shown.view;
    const QPoint from = pointOf(view, {Left, 0, 0});
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), QPoint(from.x(), view.viewport()->height() / 2));
    const QPoint below(from.x(), view.viewport()->height() + 30);
    QTest::mouseMove(view.viewport(), below);
    // The view scrolls on its own while the pointer stays below it.
    QVERIFY(QTest::qWaitFor([&] { return view.selection().end().paragraph > 20; }, 5000));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, below);
    QVERIFY(view.verticalScrollBar()->value() > 0);
    const QString text = view.selectedText();
    QVERIFY(text.startsWith(QStringLiteral("Paragraph 0 says")));
    QVERIFY(text.contains(QStringLiteral("Paragraph 20 says")));
    // Linear: one blank line between each pair of paragraphs, nothing else added.
    QCOMPARE(int(text.count(QStringLiteral("\n\n"))), view.selection().end().paragraph);
}

void TestViewSelection::doubleClickSelectsAWordAndTripleClickTheParagraph()
{
    ShownView shown(harbourStory());
    SideBySideView &view = shown.view;
    const QPoint inWord = pointOf(view, {Right, 1, 19}); // inside "safety"
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, inWord);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, inWord);
    QCOMPARE(view.selectedText(), QStringLiteral("safety"));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, inWord);
    QCOMPARE(view.selectedText(), RightParagraphs[1]);
    // A later single click only puts the caret.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, inWord);
    QVERIFY(view.selection().isEmpty());
    QVERIFY(view.selection().hasCaret());
}

void TestViewSelection::shiftKeysExtendTheSelection_data()
{
    QTest::addColumn<int>("caretParagraph"); // -1: no caret, start from the current change
    QTest::addColumn<int>("caretOffset");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("presses");
    QTest::addColumn<QString>("expected");
    const int shift = int(Qt::ShiftModifier);
    const int word = int(Qt::ShiftModifier | Qt::ControlModifier);
    QTest::newRow("Shift+Right takes characters") << 1 << 15 << int(Qt::Key_Right) << shift << 3 << "sec";
    QTest::newRow("Shift+Left takes characters back") << 1 << 23 << int(Qt::Key_Left) << shift << 4 << "rity";
    QTest::newRow("Ctrl+Shift+Right takes words") << 1 << 0 << int(Qt::Key_Right) << word << 2 << "Officials said";
    QTest::newRow("Shift+Right crosses into the next paragraph")
        << 2 << 16 << int(Qt::Key_Right) << shift << 4 << "t.\n\nT";
    QTest::newRow("Shift+End takes the rest of the line")
        << 2 << 6 << int(Qt::Key_End) << shift << 1 << "spoke first.";
    QTest::newRow("Ctrl+Shift+End takes the rest of the pane")
        << 2 << 6 << int(Qt::Key_End) << word << 1 << "spoke first.\n\nThe old pier stays closed.";
    QTest::newRow("Shift+Down goes to the next paragraph") << 2 << 0 << int(Qt::Key_Down) << shift << 1
        << "Smith spoke first.\n\n";
    QTest::newRow("Shift+Right from the current change")
        << -1 << 0 << int(Qt::Key_Right) << word << 1 << "12";
}

void TestViewSelection::shiftKeysExtendTheSelection()
{
    QFETCH(int, caretParagraph);
    QFETCH(int, caretOffset);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, presses);
    QFETCH(QString, expected);
    ShownView shown(harbourStory());
    SideBySideView &view = shown.view;
    if (caretParagraph >= 0)
        view.setSelection({Left, caretParagraph, caretOffset}, {Left, caretParagraph, caretOffset});
    else
        view.setCurrentChange(2); // the number: "12" on the left
    for (int i = 0; i < presses; ++i)
        QTest::keyClick(&view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QString text = view.selectedText();
    // A line move lands at the goal column of the next paragraph: compare up to its start.
    if (key == Qt::Key_Down)
        text = text.left(int(expected.size()));
    QCOMPARE(text, expected);
}

void TestViewSelection::ctrlASelectsThePaneAndCtrlCCopiesIt()
{
    ShownView shown(harbourStory());
    SideBySideView &view = shown.view;
    QGuiApplication::clipboard()->clear();
    view.setSelection({Right, 1, 3}, {Right, 1, 3});
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    const QString whole = RightParagraphs.join(QStringLiteral("\n\n"));
    QCOMPARE(view.selectedText(), whole);
    QVERIFY(view.copyAction()->isEnabled());
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), whole);
    // Exactly the words: no change numbers, no marks, no names of categories.
    QVERIFY(!QGuiApplication::clipboard()->text().contains(QLatin1Char('#')));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("number")));
    // Escape keeps the caret and drops the selection; Copy then has nothing to copy.
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(view.selection().isEmpty());
    QVERIFY(!view.copyAction()->isEnabled());
    QVERIFY(!view.copy());
}

void TestViewSelection::selectionAndFocusArePainted()
{
    ShownView shown(harbourStory());
    SideBySideView &view = shown.view;
    QApplication::setActiveWindow(&view);
    view.setFocus();
    QVERIFY(QTest::qWaitFor([&] { return view.hasFocus(); }));
    view.setSelection({Left, 1, 0}, {Left, 1, 9}); // "Officials", not a change
    const QImage image = view.grab().toImage();
    const QRect word = view.placeRect({Left, 1, 0}).united(view.placeRect({Left, 1, 9}));
    const QPoint inWord = view.viewport()->mapTo(&view, QPoint(word.left() + 3, word.center().y()));
    const Palette &colours = view.colours();
    // Some pixel of the word's box has the selection colour (the rest is glyphs).
    bool selected = false;
    for (int x = word.left(); x < word.right() && !selected; ++x) {
        const QPoint p = view.viewport()->mapTo(&view, QPoint(x, word.top() + 2));
        selected = image.pixelColor(p).rgb() == colours.selection.rgb();
    }
    QVERIFY2(selected, qPrintable(image.pixelColor(inWord).name()));
    // The focus frame runs along the viewport's edge.
    const QPoint corner = view.viewport()->mapTo(&view, QPoint(view.viewport()->width() / 2, 1));
    QCOMPARE(image.pixelColor(corner).rgb(), colours.focusFrame.rgb());
    view.clearFocus();
    const QImage unfocused = view.grab().toImage();
    QVERIFY(unfocused.pixelColor(corner).rgb() != colours.focusFrame.rgb());
}

QTEST_MAIN(TestViewSelection)
#include "tst_viewselection.moc"
