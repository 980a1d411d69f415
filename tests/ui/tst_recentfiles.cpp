#include "ui/window/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Recension::Ui;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newestFirstWithoutDuplicates();
    void keepsAtMostTen();
    void menuOpensAndClears();
};

void TestRecentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's own settings
    QCoreApplication::setOrganizationName(QStringLiteral("Recension"));
    QCoreApplication::setApplicationName(QStringLiteral("recension-test-recentfiles"));
}

void TestRecentFiles::init()
{
    QSettings().clear();
}

void TestRecentFiles::newestFirstWithoutDuplicates()
{
    QMenu menu;
    RecentFiles recent(&menu);
    QVERIFY(!menu.isEnabled());
    recent.add(QStringLiteral("/tmp/a.txt"));
    recent.add(QStringLiteral("/tmp/b.txt"));
    recent.add(QStringLiteral("/tmp/a.txt"));
    QCOMPARE(recent.files(), (QStringList{QStringLiteral("/tmp/a.txt"), QStringLiteral("/tmp/b.txt")}));
    QVERIFY(menu.isEnabled());
}

void TestRecentFiles::keepsAtMostTen()
{
    QMenu menu;
    RecentFiles recent(&menu);
    for (int i = 0; i < 14; ++i)
        recent.add(QStringLiteral("/tmp/version-%1.txt").arg(i));
    QCOMPARE(recent.files().size(), RecentFiles::MaxFiles);
    QCOMPARE(recent.files().first(), QStringLiteral("/tmp/version-13.txt"));
}

void TestRecentFiles::menuOpensAndClears()
{
    QMenu menu;
    RecentFiles recent(&menu);
    recent.add(QStringLiteral("/tmp/a.txt"));
    recent.add(QStringLiteral("/tmp/b.txt"));
    QSignalSpy open(&recent, &RecentFiles::openRequested);
    const QList<QAction *> actions = menu.actions();
    QCOMPARE(actions.size(), 4); // two files, a separator, "Clear List"
    actions.first()->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("/tmp/b.txt"));
    actions.last()->trigger();
    QVERIFY(recent.files().isEmpty());
    QVERIFY(!menu.isEnabled());
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
