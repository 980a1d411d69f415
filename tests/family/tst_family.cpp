// The family of the harbour story's sample versions: verdicts, lineage and the grids.
#include "document/documentloader.h"
#include "family/family.h"
#include "report/familyjson.h"

#include <QtTest>

using namespace Recension;

namespace {

enum Version { Original, Spun, Condensed, Unrelated, SpunCopy };

DocumentPtr load(const QString &name)
{
    const LoadResult loaded = loadDocument(QStringLiteral(RECENSION_SAMPLES "/") + name, {});
    return loaded.document;
}

QVector<DocumentPtr> samples()
{
    return {load(QStringLiteral("harbour-original.txt")), load(QStringLiteral("harbour-spun.txt")),
            load(QStringLiteral("harbour-condensed.txt")), load(QStringLiteral("unrelated.txt")),
            load(QStringLiteral("harbour-spun-copy.txt"))};
}

const FamilyAnalysis &family()
{
    static const FamilyPtr analysed = analyseFamily(samples(), Original, CompareOptions{});
    return *analysed;
}

} // namespace

class TestFamily : public QObject
{
    Q_OBJECT

private slots:
    void samplesLoad();
    void everyPairIsCompared();
    void verdicts_data();
    void verdicts();
    void lineage_data();
    void lineage();
    void lineageEvidence();
    void identicalCopy();
    void quotationGrid();
    void factGrid();
    void sameBytesTwice();
    void baseElsewhere();
};

void TestFamily::samplesLoad()
{
    for (const DocumentPtr &doc : samples())
        QVERIFY(doc);
}

void TestFamily::everyPairIsCompared()
{
    QCOMPARE(family().pairs.size(), 10);
    for (int a = 0; a < 5; ++a)
        for (int b = 0; b < 5; ++b)
            if (a != b)
                QVERIFY2(family().pair(a, b), qPrintable(QStringLiteral("%1-%2").arg(a).arg(b)));
    for (const FamilyPair &pair : family().pairs)
        if (pair.left == Original || pair.right == Original)
            QCOMPARE(pair.left, int(Original));
}

void TestFamily::verdicts_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("the base is the base") << int(Original) << "base";
    QTest::newRow("synonyms swapped throughout") << int(Spun) << "spun";
    QTest::newRow("paragraphs dropped, merged and moved") << int(Condensed) << "condensed";
    QTest::newRow("another story") << int(Unrelated) << "unrelated";
    QTest::newRow("a copy of the spun copy is spun against the base") << int(SpunCopy) << "spun";
}

void TestFamily::verdicts()
{
    QFETCH(int, version);
    QFETCH(QString, verdict);
    QCOMPARE(toString(family().verdicts[version].kind), verdict);
}

void TestFamily::lineage_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("parent");
    QTest::newRow("the base has no parent") << int(Original) << -1;
    QTest::newRow("the spun copy comes from the base") << int(Spun) << int(Original);
    QTest::newRow("the condensed copy comes from the base") << int(Condensed) << int(Original);
    QTest::newRow("the copy of the spun copy comes from the spun copy") << int(SpunCopy) << int(Spun);
    QTest::newRow("another story stands outside the tree") << int(Unrelated) << -1;
}

void TestFamily::lineage()
{
    QFETCH(int, version);
    QFETCH(int, parent);
    QCOMPARE(family().lineage.parent[version], parent);
}

void TestFamily::lineageEvidence()
{
    QCOMPARE(family().lineage.outside, QVector<int>{Unrelated});
    for (const LineageEdge &edge : family().lineage.edges) {
        if (edge.child != SpunCopy)
            continue;
        QCOMPARE(edge.parent, int(Spun));
        // The copy carries the spinner's swaps: far more shared than contradicted.
        QVERIFY2(edge.shared > 10 * qMax(1, edge.against),
                 qPrintable(QStringLiteral("shared %1, against %2").arg(edge.shared).arg(edge.against)));
        QVERIFY(!edge.examples.isEmpty());
        return;
    }
    QFAIL("no edge for the copy of the spun copy");
}

void TestFamily::identicalCopy()
{
    const QVector<DocumentPtr> versions{samples()[Original], samples()[Original]};
    const FamilyPtr twins = analyseFamily(versions, 0, CompareOptions{});
    QCOMPARE(toString(twins->verdicts[1].kind), QStringLiteral("identical"));
    QCOMPARE(twins->lineage.parent[1], 0);
}

void TestFamily::quotationGrid()
{
    // Every quotation of the base has a cell for each of the four other versions.
    QVERIFY(family().quotes.size() >= 5);
    bool alteredInCondensed = false;
    for (const QuoteRow &row : family().quotes) {
        QCOMPARE(row.cells.size(), 4);
        for (const QuoteCell &cell : row.cells) {
            if (cell.version == Condensed && cell.status == QuoteStatus::Altered
                && cell.changes.join(u' ').contains(QStringLiteral("wrong")))
                alteredInCondensed = true;
            if (cell.version == Unrelated)
                QVERIFY(cell.status == QuoteStatus::Missing);
        }
    }
    QVERIFY2(alteredInCondensed, "the condensed copy's sorry -> wrong is in the grid");
}

void TestFamily::factGrid()
{
    bool vessels = false;
    for (const FactRow &row : family().facts) {
        if (!row.text.startsWith(QStringLiteral("14")))
            continue;
        for (const FactCell &cell : row.cells)
            if (cell.version == Condensed) {
                QCOMPARE(toString(cell.status), QStringLiteral("changed"));
                QVERIFY(cell.text.startsWith(QStringLiteral("41")));
                vessels = true;
            }
    }
    QVERIFY2(vessels, "14 vessels became 41 in the condensed copy");
}

void TestFamily::sameBytesTwice()
{
    const FamilyPtr again = analyseFamily(samples(), Original, CompareOptions{});
    QCOMPARE(familyToJsonBytes(*again, {}, {}), familyToJsonBytes(family(), {}, {}));
}

void TestFamily::baseElsewhere()
{
    // With the spun copy as the base, the original is no longer the root.
    const FamilyPtr rebased = analyseFamily(samples(), Spun, CompareOptions{});
    QCOMPARE(toString(rebased->verdicts[Spun].kind), QStringLiteral("base"));
    QCOMPARE(rebased->lineage.parent[Spun], -1);
    QCOMPARE(rebased->lineage.parent[SpunCopy], int(Spun));
}

QTEST_GUILESS_MAIN(TestFamily)
#include "tst_family.moc"
