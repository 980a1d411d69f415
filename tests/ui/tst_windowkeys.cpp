// The whole window from the keyboard and the clipboard: Tab order, Edit › Copy, Paste as
// New Version with HTML, and the Categories filter's count.
#include "comparisonbuilder.h"
#include "document/documentset.h"
#include "fakeengine.h"
#include "ui/panels/changelistpanel.h"
#include "ui/window/clipboarddocument.h"
#include "ui/window/mainwindow.h"
#include "ui/window/pairbar.h"
#include "ui/view/sidebysideview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;
using Fixture = Recension::Test::WindowFixture;

namespace {

ComparisonPtr harbourStory()
{
    ComparisonBuilder builder;
    builder.left({"Harbour report", "Officials said security improved by 12 percent.",
                  "Smith spoke first."})
        .right({"Harbour report", "Officials stated safety improved by 15 percent.",
                "Smyth spoke first."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Modified, {2}, {2})
        .change(Category::Inflection, Severity::Low, 1, "said", 1, "stated")
        .change(Category::Synonym, Severity::Low, 1, "security", 1, "safety")
        .change(Category::Number, Severity::High, 1, "12", 1, "15")
        .change(Category::Name, Severity::High, 2, "Smith", 2, "Smyth");
    return builder.build();
}

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

QToolButton *categoryButton(ChangeListPanel *panel)
{
    for (QToolButton *button : panel->findChildren<QToolButton *>()) {
        if (button->text().startsWith(QStringLiteral("&Categories")))
            return button;
    }
    return nullptr;
}

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT

private slots:
    void tabGoesThroughTheWholeWindow();
    void editCopyCopiesTheViewsSelection();
    void pasteReadsHtmlOrText_data();
    void pasteReadsHtmlOrText();
    void categoriesButtonCountsTheShownCategories_data();
    void categoriesButtonCountsTheShownCategories();
};

void TestWindowKeys::tabGoesThroughTheWholeWindow()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QApplication::setActiveWindow(&f.window);
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.window.showPanel(MainWindow::ChangesTab);
    QComboBox *firstPicker = f.window.findChild<PairBar *>()->findChildren<QComboBox *>().first();
    firstPicker->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([&] { return firstPicker->hasFocus(); }));

    QList<QWidget *> visited;
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (i > 0 && focus == firstPicker)
            break;
        visited << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList path;
    for (QWidget *w : std::as_const(visited))
        path << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName()
                    + QLatin1Char('/') + w->accessibleName();
    QVERIFY2(visited.size() < 40, qPrintable(path.join(QStringLiteral(" > "))));
    QCOMPARE(QApplication::focusWidget(), firstPicker);
    QTableView *changes = f.window.changeList()->table();
    QTabBar *tabs = f.window.findChild<QTabBar *>();
    const auto at = [&](QWidget *w) { return visited.indexOf(w); };
    QVERIFY(at(f.window.view()) > 0);
    QVERIFY2(at(tabs) > at(f.window.view()), qPrintable(path.join(QStringLiteral(" > "))));
    QVERIFY(at(changes) > at(tabs));
    const QLineEdit *search = f.window.changeList()->findChild<QLineEdit *>();
    QVERIFY(at(const_cast<QLineEdit *>(search)) > at(tabs));
    QCOMPARE(visited.count(changes), 1); // Tab left the list at once
    // Shift+Tab walks back the same way.
    changes->setFocus(Qt::TabFocusReason);
    QTest::keyClick(changes, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), visited.at(at(changes) - 1));
}

void TestWindowKeys::editCopyCopiesTheViewsSelection()
{
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QAction *copy = menuAction(f.window, QStringLiteral("&Edit"), QStringLiteral("&Copy"));
    QAction *selectAll = menuAction(f.window, QStringLiteral("&Edit"), QStringLiteral("Select &All"));
    QVERIFY(copy && selectAll);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QVERIFY(!copy->isEnabled());
    f.window.view()->setSelection({Right, 1, 17}, {Right, 1, 23});
    QVERIFY(copy->isEnabled());
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("safety"));
    selectAll->trigger(); // the pane of the caret
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Harbour report\n\nOfficials stated safety improved by 15 percent.\n\n"
                            "Smyth spoke first."));
}

void TestWindowKeys::pasteReadsHtmlOrText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs"); // empty: nothing is added
    const QStringList two{QStringLiteral("Harbour report"),
                          QStringLiteral("Officials said safety improved.")};
    const QString page = QStringLiteral(
        "<meta charset='utf-8'><h1>Harbour report</h1><nav>Home · News</nav>"
        "<p>Officials said <b>safety</b> improved.</p>");
    QTest::newRow("HTML alone, as some editors copy") << page << QString() << two;
    QTest::newRow("HTML and plain text, as a browser copies: the HTML keeps the paragraphs")
        << page << QStringLiteral("Harbour report Home · News Officials said safety improved.") << two;
    QTest::newRow("plain text alone")
        << QString() << QStringLiteral("Harbour report\n\nOfficials said safety improved.\n") << two;
    QTest::newRow("HTML without text falls back to the plain text")
        << QStringLiteral("<img src='chart.png'>")
        << QStringLiteral("Harbour report\n\nOfficials said safety improved.") << two;
    QTest::newRow("neither") << QString() << QString() << QStringList();
}

void TestWindowKeys::pasteReadsHtmlOrText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    auto *data = new QMimeData;
    if (!html.isEmpty())
        data->setHtml(html);
    if (!text.isEmpty())
        data->setText(text);
    if (html.isEmpty() && text.isEmpty())
        data->setImageData(QImage(4, 4, QImage::Format_RGB32));
    QGuiApplication::clipboard()->setMimeData(data);
    QAction *paste = menuAction(f.window, QStringLiteral("&File"), QStringLiteral("&Paste as New Version"));
    QVERIFY(paste);
    paste->trigger();
    if (paragraphs.isEmpty()) {
        QCOMPARE(f.window.documents()->count(), 2);
        const QString message = f.window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("no text to add")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("image")), qPrintable(message));
        return;
    }
    QCOMPARE(f.window.documents()->count(), 3);
    QStringList got;
    for (const Paragraph &paragraph : f.window.documents()->at(2)->paragraphs)
        got << paragraph.text;
    QCOMPARE(got, paragraphs);
}

void TestWindowKeys::categoriesButtonCountsTheShownCategories_data()
{
    QTest::addColumn<QStringList>("hidden"); // category names unchecked, or "facts only"
    QTest::addColumn<QString>("label");
    QTest::newRow("all shown") << QStringList() << "&Categories";
    QTest::newRow("synonyms hidden") << QStringList{"synonym"} << "&Categories (14 of 15)";
    QTest::newRow("a category without changes hidden") << QStringList{"hedge"} << "&Categories (14 of 15)";
    QTest::newRow("two hidden") << QStringList{"synonym", "number"} << "&Categories (13 of 15)";
    QTest::newRow("facts only") << QStringList{"facts only"} << "&Categories (4 of 15)";
}

void TestWindowKeys::categoriesButtonCountsTheShownCategories()
{
    QFETCH(QStringList, hidden);
    QFETCH(QString, label);
    const ComparisonPtr story = harbourStory();
    Fixture f(story);
    QVERIFY(f.open(story));
    QToolButton *button = categoryButton(f.window.changeList());
    QVERIFY(button && button->menu());
    for (const QString &name : std::as_const(hidden)) {
        for (QAction *action : button->menu()->actions()) {
            if (name == QLatin1String("facts only") ? action->text().startsWith(QStringLiteral("Show Only &Facts"))
                                                   : action->text().startsWith(name + QLatin1String(" (")))
                action->trigger();
        }
    }
    QCOMPARE(button->text(), label);
    QStringList checked;
    QString factsLabel;
    for (QAction *action : button->menu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            checked << action->text().section(QStringLiteral(" ("), 0, 0);
        if (action->text().startsWith(QStringLiteral("Show Only &Facts")))
            factsLabel = action->text();
    }
    const int shown = hidden.isEmpty() ? CategoryCount
                                       : label.section(QLatin1Char('('), 1).section(QLatin1Char(' '), 0, 0).toInt();
    QCOMPARE(int(checked.size()), shown);
    // "Show Only Facts" names exactly the categories it leaves checked.
    if (hidden == QStringList{QStringLiteral("facts only")})
        QCOMPARE(factsLabel, QStringLiteral("Show Only &Facts (%1)").arg(checked.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
