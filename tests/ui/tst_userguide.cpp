// Help › User Guide: the guide is compiled in, opens from the Help menu, and says what
// every mark and every shortcut of the window means.
#include "ui/view/changestyle.h"
#include "ui/window/mainwindow.h"
#include "ui/window/userguide.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>

using namespace Recension;
using namespace Recension::Ui;

class TestUserGuide : public QObject
{
    Q_OBJECT
private slots:
    void explainsEveryMark_data();
    void explainsEveryMark();
    void listsEveryShortcut_data();
    void listsEveryShortcut();
    void carriesTheReadmesUserPart_data();
    void carriesTheReadmesUserPart();
    void opensOnceFromTheHelpMenu();
};

void TestUserGuide::explainsEveryMark_data()
{
    QTest::addColumn<int>("category");
    for (int c = 0; c < CategoryCount; ++c)
        QTest::newRow(qPrintable(ChangeStyle::categoryName(Category(c)))) << c;
}

void TestUserGuide::explainsEveryMark()
{
    QFETCH(int, category);
    // The guide's table row: "| synonym | dotted underline | ..." as the legend names it.
    const QString row = QStringLiteral("| %1 | %2 |")
                            .arg(ChangeStyle::categoryName(Category(category)),
                                 ChangeStyle::markDescription(Category(category)));
    QVERIFY2(UserGuide::markdown().contains(row), qPrintable(row));
}

void TestUserGuide::listsEveryShortcut_data()
{
    QTest::addColumn<QString>("keys");
    MainWindow window(MainWindow::Session::Transient);
    QStringList seen;
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            const QString keys = shortcut.toString(QKeySequence::PortableText);
            if (seen.contains(keys))
                continue;
            seen << keys;
            QTest::newRow(qPrintable(QString(action->text()).remove(u'&') + u' ' + keys)) << keys;
        }
    }
}

void TestUserGuide::listsEveryShortcut()
{
    QFETCH(QString, keys);
    QVERIFY2(UserGuide::markdown().contains(keys), qPrintable(keys));
}

void TestUserGuide::carriesTheReadmesUserPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("the README's section") << QStringLiteral("What you see");
    QTest::newRow("the findings tab") << QStringLiteral("### Findings: what to check first");
    QTest::newRow("the two similarity figures") << QStringLiteral("**wording kept**");
    QTest::newRow("the severities") << QStringLiteral("### Severity");
}

void TestUserGuide::carriesTheReadmesUserPart()
{
    QFETCH(QString, text);
    const QString guide = UserGuide::markdown();
    QVERIFY2(guide.contains(text), qPrintable(text));
    QVERIFY2(!guide.contains(QStringLiteral("![")), "pictures of the source tree left in");
}

void TestUserGuide::opensOnceFromTheHelpMenu()
{
    MainWindow window(MainWindow::Session::Transient);
    QAction *guideAction = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
                guideAction = action;
        }
    }
    QVERIFY(guideAction);
    guideAction->trigger();
    guideAction->trigger();
    const auto guides = window.findChildren<UserGuide *>();
    QCOMPARE(guides.size(), 1);
    QVERIFY(guides.first()->isVisible());
    const QString shown = guides.first()->browser()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Meaning kept")));
    QVERIFY(!shown.contains(QStringLiteral("## "))); // rendered, not shown as source
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
