#include "comparisonbuilder.h"
#include "fakeengine.h"
#include "workspace/comparisonrunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;
using Recension::Test::FakeEngine;

class TestComparisonRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void deliversTheResult();
    void cancelStopsALongRun_data();
    void cancelStopsALongRun();
    void staleResultIsDiscarded_data();
    void staleResultIsDiscarded();

private:
    DocumentPtr m_left;
    DocumentPtr m_right;
};

void TestComparisonRunner::init()
{
    m_left = ComparisonBuilder::document({"Harbour closes", "Boats wait."}, "a.txt");
    m_right = ComparisonBuilder::document({"Harbour closes", "Ships wait."}, "b.txt");
}

void TestComparisonRunner::deliversTheResult()
{
    FakeEngine engine;
    ComparisonRunner runner;
    runner.setCompareFunction(engine.function());
    QSignalSpy finished(&runner, &ComparisonRunner::finished);
    QSignalSpy started(&runner, &ComparisonRunner::started);
    runner.start(m_left, m_right, {});
    QCOMPARE(started.count(), 1);
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(0).value<ComparisonPtr>();
    QVERIFY(result);
    QCOMPARE(result->documents[Left], m_left);
    QCOMPARE(result->documents[Right], m_right);
    QVERIFY(!runner.isRunning());
}

void TestComparisonRunner::cancelStopsALongRun_data()
{
    QTest::addColumn<bool>("ignoreCancel");
    QTest::newRow("engine returns nothing when cancelled") << false;
    QTest::newRow("engine returns a result anyway") << true;
}

void TestComparisonRunner::cancelStopsALongRun()
{
    QFETCH(bool, ignoreCancel);
    FakeEngine engine;
    *engine.slow = true;
    *engine.ignoreCancel = ignoreCancel;
    ComparisonRunner runner;
    runner.setCompareFunction(engine.function());
    QSignalSpy progress(&runner, &ComparisonRunner::progressChanged);
    QSignalSpy finished(&runner, &ComparisonRunner::finished);
    QSignalSpy cancelled(&runner, &ComparisonRunner::cancelled);
    runner.start(m_left, m_right, {});
    QVERIFY(progress.wait()); // it is running and reporting
    runner.cancel();
    QVERIFY(cancelled.wait());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!runner.isRunning());
}

void TestComparisonRunner::staleResultIsDiscarded_data()
{
    QTest::addColumn<bool>("ignoreCancel");
    QTest::newRow("stale run returns nothing") << false;
    QTest::newRow("stale run returns a result") << true;
}

void TestComparisonRunner::staleResultIsDiscarded()
{
    QFETCH(bool, ignoreCancel);
    FakeEngine engine;
    *engine.slow = true;
    *engine.ignoreCancel = ignoreCancel;
    ComparisonRunner runner;
    runner.setCompareFunction(engine.function());
    QSignalSpy progress(&runner, &ComparisonRunner::progressChanged);
    QSignalSpy finished(&runner, &ComparisonRunner::finished);
    QSignalSpy cancelled(&runner, &ComparisonRunner::cancelled);
    CompareOptions stale;
    stale.ignoreCase = true;
    runner.start(m_left, m_right, stale);
    QVERIFY(progress.wait());
    // The options change while it runs: the new run replaces it.
    *engine.slow = false;
    runner.start(m_left, m_right, {});
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<ComparisonPtr>()->options.ignoreCase, false);
    QCOMPARE(*engine.calls, 2);
    // Let the stale worker return (the runner waits for it on destruction too).
    QTRY_COMPARE(runner.findChildren<QObject *>().size(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled.count(), 0);
}

QTEST_GUILESS_MAIN(TestComparisonRunner)
#include "tst_comparisonrunner.moc"
