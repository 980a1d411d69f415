// Page clutter in the window: set aside, shown greyed where it stood, brought back with
// one click (a choice that sticks for the document); and the notices above the columns
// (versions in different languages, paragraphs set aside).

#include "document/documentset.h"
#include "ui/view/comparisonnotices.h"
#include "ui/window/mainwindow.h"
#include "ui/view/sidebysideview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Recension;
using namespace Recension::Ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RECENSION_FIXTURES "/") + QLatin1String(name);
}

/// The row showing the set-aside paragraph of `side` whose text is `text`, or -1.
int asideRow(const SideBySideView &view, Side side, const QString &text)
{
    const RowModel &rows = view.rowModel();
    const Document &document = *view.comparison()->documents[side];
    for (int r = 0; r < rows.rowCount(); ++r) {
        for (int a : rows.row(r).aside[side]) {
            if (document.setAside[a].paragraph.text == text)
                return r;
        }
    }
    return -1;
}

bool compares(const Document &document, const QString &text)
{
    for (const Paragraph &paragraph : document.paragraphs) {
        if (paragraph.text == text)
            return true;
    }
    return false;
}

} // namespace

class TestClutterView : public QObject
{
    Q_OBJECT
private:
    /// Opens two files in a fresh window and waits for their comparison.
    static bool openPair(MainWindow &window, const QString &left, const QString &right)
    {
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        return window.openFiles({left, right}).isEmpty() && finished.wait(60000);
    }

private slots:
    void clutterStandsGreyedWhereItStood_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("photo credit between two paragraphs")
            << int(Left) << QStringLiteral("Photo: Anna Reyes")
            << QStringLiteral("The town library on Mill Street reopened")
            << QStringLiteral("Repairs cost 310,000 euros");
        QTest::newRow("share prompt under the title")
            << int(Right) << QStringLiteral("Spread the love")
            << QStringLiteral("Library reopens after flood repairs")
            << QStringLiteral("The town library on Mill Street reopened");
    }
    void clutterStandsGreyedWhereItStood()
    {
        QFETCH(int, side);
        QFETCH(QString, text);
        QFETCH(QString, before);
        QFETCH(QString, after);
        MainWindow window(MainWindow::Session::Transient);
        window.resize(1200, 800);
        window.show();
        QVERIFY(openPair(window, fixture("documents/clutter-left.html"),
                         fixture("documents/clutter-right.html")));
        const SideBySideView &view = *window.view();
        const Document &document = *view.comparison()->documents[Side(side)];
        QVERIFY(!compares(document, text)); // left out of the comparison
        const int row = asideRow(view, Side(side), text);
        QVERIFY2(row >= 0, "no greyed row");
        QVERIFY(!view.rowModel().row(row).hasSide(Left));
        QVERIFY(!view.rowModel().row(row).hasSide(Right));
        // Where it stood: below the paragraph before it, above the one after it.
        const auto rowOf = [&](const QString &start) {
            for (int p = 0; p < document.paragraphs.size(); ++p) {
                if (document.paragraphs[p].text.startsWith(start))
                    return view.rowModel().rowOfParagraph(Side(side), p);
            }
            return -1;
        };
        QVERIFY(rowOf(before) >= 0);
        QVERIFY(rowOf(before) < row);
        QCOMPARE(rowOf(after), row + 1);
        const QStringList notices = window.comparisonNotices()->notices();
        QVERIFY2(notices.join(u'\n').contains(QStringLiteral("Set aside as page clutter: 11")),
                 qPrintable(notices.join(u'\n')));
        QVERIFY(window.comparisonNotices()->isVisible());
    }

    void oneClickBringsItBackAndTheChoiceSticks()
    {
        MainWindow window(MainWindow::Session::Transient);
        window.resize(1200, 800);
        window.show();
        QVERIFY(openPair(window, fixture("documents/clutter-left.html"),
                         fixture("documents/clutter-right.html")));
        SideBySideView *view = window.view();
        const QString credit = QStringLiteral("Photo: Anna Reyes");
        const int asideBefore = int(view->comparison()->documents[Left]->setAside.size());
        const int row = asideRow(*view, Left, credit);
        QVERIFY(row >= 0);
        view->scrollToRow(row);
        const int y = view->geometry().rowTop(row) - view->verticalScrollBar()->value()
            + view->geometry().rowHeight(row) / 2;
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(60, y));
        QVERIFY(finished.wait(60000));
        const Document &left = *window.comparison()->documents[Left];
        QVERIFY(compares(left, credit));
        QCOMPARE(int(left.setAside.size()), asideBefore - 1);
        QCOMPARE(asideRow(*window.view(), Left, credit), -1);

        // Compared again from the other side, the document keeps the paragraph.
        window.swapSides();
        QVERIFY(finished.wait(60000));
        QVERIFY(compares(*window.comparison()->documents[Right], credit));
        QCOMPARE(int(window.comparison()->documents[Right]->setAside.size()), asideBefore - 1);
    }

    void theContextMenuBringsItBackWithoutAMouse()
    {
        MainWindow window(MainWindow::Session::Transient);
        window.resize(1200, 800);
        window.show();
        QVERIFY(openPair(window, fixture("documents/clutter-left.html"),
                         fixture("documents/clutter-right.html")));
        SideBySideView *view = window.view();
        const QString credit = QStringLiteral("Photo: Anna Reyes");
        QStringList offered;
        // The menu runs its own loop: choose from it once it is open.
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *entry : menu->actions()) {
                if (!entry->menu())
                    continue;
                for (QAction *paragraph : entry->menu()->actions()) {
                    offered << paragraph->text();
                    if (paragraph->text().contains(credit))
                        paragraph->trigger();
                }
            }
            menu->close();
        });
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(10, 10), view->mapToGlobal(QPoint(10, 10)));
        QApplication::sendEvent(view, &event);
        QVERIFY2(std::any_of(offered.cbegin(), offered.cend(),
                             [&](const QString &text) { return text.startsWith(QStringLiteral("left, photo credit: ")); }),
                 qPrintable(offered.join(QLatin1String(" | "))));
        QVERIFY(finished.wait(60000));
        QVERIFY(compares(*window.comparison()->documents[Left], credit));
    }

    void versionsInDifferentLanguagesAreSaid()
    {
        MainWindow window(MainWindow::Session::Transient);
        window.show();
        QVERIFY(openPair(window, fixture("languages/de-original.txt"),
                         fixture("languages/fr-original.txt")));
        const QString notices = window.comparisonNotices()->notices().join(u'\n');
        QVERIFY2(notices.contains(QStringLiteral("different languages")), qPrintable(notices));
        QVERIFY(window.comparisonNotices()->isVisible());
    }

    void oneLanguageWithoutClutterSaysNothing()
    {
        MainWindow window(MainWindow::Session::Transient);
        window.show();
        QVERIFY(openPair(window, fixture("languages/de-original.txt"),
                         fixture("languages/de-spun.txt")));
        QCOMPARE(window.comparisonNotices()->notices(), QStringList());
        QVERIFY(window.comparisonNotices()->isHidden());
    }
};

QTEST_MAIN(TestClutterView)
#include "tst_clutterview.moc"
