// The labelled pairs of tests/fixtures/triage: every must-flag change is rated high,
// every change to review medium, nothing high that is not a change of fact, and nothing
// above low in a copy that only writes the same facts otherwise.
#include "triagelabels.h"

#include "compare/comparator.h"
#include "document/documentloader.h"

#include <QTest>

using namespace Recension;
using namespace Recension::TestSupport;

Q_DECLARE_METATYPE(Recension::TestSupport::TriageFixture)

class TestTriage : public QObject
{
    Q_OBJECT
private slots:
    void fixture_data()
    {
        QTest::addColumn<TriageFixture>("fixture");
        QString error;
        const QVector<TriageFixture> fixtures = triageFixtures(QStringLiteral(RECENSION_FIXTURES "/triage"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(fixtures.size() >= 6);
        for (const TriageFixture &fixture : fixtures)
            QTest::newRow(qPrintable(fixture.name)) << fixture;
    }
    void fixture()
    {
        QFETCH(TriageFixture, fixture);
        const LoadResult left = loadDocument(fixture.left);
        const LoadResult right = loadDocument(fixture.right);
        QVERIFY2(left.document && right.document, qPrintable(left.error + right.error));
        const ComparisonPtr c = compareDocuments(left.document, right.document, CompareOptions());
        QVERIFY(c);
        const TriageScore score = scoreTriage(fixture, *c);
        QVERIFY2(score.misses.isEmpty(), qPrintable(score.misses.join(QLatin1Char('\n'))));
        QCOMPARE(score.flagsHigh, score.flags);
        QCOMPARE(score.reviewsMedium, score.reviews);
        QCOMPARE(score.highLabelled, score.high);
        QCOMPARE(score.formatAboveLow, 0);
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
