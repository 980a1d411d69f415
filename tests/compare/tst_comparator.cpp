// Alignment behaviour of the whole engine on small articles written for these tests.
#include "comparetesthelpers.h"

#include <QThreadPool>

using namespace Recension;
using namespace Recension::TestSupport;

namespace {

const QStringList kOriginal = {
    QStringLiteral("Valley Bridge Closed After Flood Damage"),
    QStringLiteral("The regional transport office closed the Valley Bridge on Monday after engineers found cracks in two of its supporting piers."),
    QStringLiteral("Chief engineer Marta Kowalczyk said the damage was caused by debris carried downstream during last week's flood."),
    QStringLiteral("\"We cannot allow traffic on a structure that may fail,\" Kowalczyk told reporters at the site. \"Safety comes before convenience.\""),
    QStringLiteral("About 12,000 vehicles cross the bridge every day, according to the transport office."),
    QStringLiteral("Local businesses fear that a long closure will drive customers away from the town centre."),
    QStringLiteral("The office expects repairs to take at least four months and to cost 3.2 million euros."),
};

const QStringList kUnrelated = {
    QStringLiteral("Orchestra Announces Summer Season"),
    QStringLiteral("The city orchestra will open its summer season with a programme of Baroque concertos in the cathedral."),
    QStringLiteral("Tickets go on sale next Tuesday, and students receive a discount at the box office."),
    QStringLiteral("The conductor promised a lighter repertoire for the open-air evenings in August."),
    QStringLiteral("Rehearsals begin in the spring once the soloists arrive from abroad."),
};

QVector<QPair<QVector<int>, QVector<int>>> linkPairs(const Comparison &c)
{
    QVector<QPair<QVector<int>, QVector<int>>> out;
    for (const Link &link : c.links)
        out.append({link.paragraphs[Left], link.paragraphs[Right]});
    return out;
}

} // namespace

class TestComparator : public QObject
{
    Q_OBJECT
private slots:
    void identicalDocumentsHaveNoChange()
    {
        const ComparisonPtr c = compareParagraphs(kOriginal, kOriginal);
        QVERIFY(c);
        QVERIFY2(c->changes.isEmpty(), qPrintable(describe(*c)));
        QCOMPARE(c->links.size(), kOriginal.size());
        for (const Link &link : c->links)
            QVERIFY(link.kind == LinkKind::Identical);
        QCOMPARE(c->similarity, 1.0);
    }

    // Meaning kept and wording kept: neither reads 1.0 while a change of wording remains.
    void similarityFigures_data()
    {
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<double>("leastSimilarity");
        QTest::addColumn<double>("mostSimilarity");
        QTest::addColumn<double>("leastWordsKept");
        QTest::addColumn<double>("mostWordsKept");

        QStringList caseOnly = kOriginal;
        caseOnly[5] = caseOnly[5].toUpper();
        QStringList punctuation = kOriginal;
        punctuation[5].replace(QStringLiteral("centre."), QStringLiteral("centre!"));
        QStringList synonym = kOriginal;
        synonym[5].replace(QStringLiteral("fear"), QStringLiteral("worry"));
        QStringList figure = kOriginal;
        figure[4].replace(QStringLiteral("12,000"), QStringLiteral("21,000"));
        QStringList spun = kOriginal;
        spun[1] = QStringLiteral("The regional transport office shut the Valley Bridge on Monday after engineers discovered fissures in two of its supporting piers.");
        spun[5] = QStringLiteral("Local companies worry that a lengthy closure will drive clients away from the town centre.");
        QStringList cut = kOriginal.mid(0, 4);

        QTest::newRow("identical") << kOriginal << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("letter case only is whole") << caseOnly << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("punctuation only is whole") << punctuation << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("one synonym: meaning all but whole, wording less")
            << synonym << 0.9999 << 0.9999 << 0.98 << 0.9999;
        QTest::newRow("one changed figure is never whole")
            << figure << 0.98 << 0.9999 << 0.98 << 0.9999;
        QTest::newRow("spun sentences keep more meaning than wording")
            << spun << 0.9 << 0.9999 << 0.8 << 0.95;
        QTest::newRow("a cut copy keeps less of both") << cut << 0.3 << 0.8 << 0.3 << 0.8;
    }
    void similarityFigures()
    {
        QFETCH(QStringList, right);
        QFETCH(double, leastSimilarity);
        QFETCH(double, mostSimilarity);
        QFETCH(double, leastWordsKept);
        QFETCH(double, mostWordsKept);
        const ComparisonPtr c = compareParagraphs(kOriginal, right);
        QVERIFY(c);
        const QString figures = QStringLiteral("similarity %1, wordsKept %2\n%3")
                                    .arg(c->similarity, 0, 'f', 4).arg(c->wordsKept, 0, 'f', 4).arg(describe(*c));
        QVERIFY2(c->similarity >= leastSimilarity && c->similarity <= mostSimilarity, qPrintable(figures));
        QVERIFY2(c->wordsKept >= leastWordsKept && c->wordsKept <= mostWordsKept, qPrintable(figures));
        QVERIFY2(c->wordsKept <= c->similarity, qPrintable(figures));
    }

    void emptyAgainstTextIsAllInserted()
    {
        const ComparisonPtr c = compareParagraphs({kOriginal.first()}, kOriginal);
        QVERIFY(c);
        int inserted = 0;
        for (const Link &link : c->links)
            inserted += link.kind == LinkKind::Inserted ? 1 : 0;
        QCOMPARE(inserted, kOriginal.size() - 1);
    }

    void reorderedParagraphIsMoved()
    {
        QStringList right = kOriginal;
        right.move(2, 5); // the engineer's explanation now comes late
        const ComparisonPtr c = compareParagraphs(kOriginal, right);
        QVERIFY(c);
        int moved = 0;
        for (const Link &link : c->links)
            if (link.kind == LinkKind::Moved) {
                ++moved;
                QCOMPARE(link.paragraphs[Left], QVector<int>{2});
                QCOMPARE(link.paragraphs[Right], QVector<int>{5});
            }
        QVERIFY2(moved == 1, qPrintable(describe(*c)));
        QCOMPARE(changesOf(*c, Category::Moved).size(), 1);
    }

    void mergedAndSplitParagraphsAlignOneToTwo()
    {
        QStringList right = kOriginal;
        // Paragraphs 4 and 5 merged into one; paragraph 1 split in two.
        right[4] = kOriginal[4] + QLatin1Char(' ') + kOriginal[5];
        right.removeAt(5);
        right[1] = QStringLiteral("The regional transport office closed the Valley Bridge on Monday.");
        right.insert(2, QStringLiteral("Engineers had found cracks in two of its supporting piers, the office said."));
        const ComparisonPtr c = compareParagraphs(kOriginal, right);
        QVERIFY(c);
        const auto pairs = linkPairs(*c);
        const QPair<QVector<int>, QVector<int>> split{{1}, {1, 2}};
        const QPair<QVector<int>, QVector<int>> merged{{4, 5}, {5}};
        QVERIFY2(pairs.contains(split), qPrintable(describe(*c)));
        QVERIFY2(pairs.contains(merged), qPrintable(describe(*c)));
    }

    void unrelatedArticleHasLowSimilarity()
    {
        const ComparisonPtr c = compareParagraphs(kOriginal, kUnrelated);
        QVERIFY(c);
        QVERIFY2(c->similarity < 0.2, qPrintable(QString::number(c->similarity)));
        int aligned = 0;
        for (const Link &link : c->links)
            aligned += (link.kind != LinkKind::Deleted && link.kind != LinkKind::Inserted) ? 1 : 0;
        QVERIFY2(aligned <= 1, qPrintable(describe(*c)));
    }

    void deletedAndInsertedParagraphs()
    {
        QStringList right = kOriginal;
        right.removeAt(5);
        right.append(QStringLiteral("Residents can follow the repair work on a webcam installed by the council."));
        const ComparisonPtr c = compareParagraphs(kOriginal, right);
        QVERIFY(c);
        QStringList kinds;
        for (const Link &link : c->links)
            kinds << toString(link.kind);
        QVERIFY2(kinds.contains(QStringLiteral("deleted")), qPrintable(describe(*c)));
        QVERIFY2(kinds.contains(QStringLiteral("inserted")), qPrintable(describe(*c)));
        // Links follow the left document; the insertion sits where it falls on the right.
        QVERIFY2(c->links.last().kind == LinkKind::Inserted, qPrintable(describe(*c)));
    }

    void resultsAreDeterministic()
    {
        QStringList right = kOriginal;
        right.move(3, 6);
        right[1].replace(QStringLiteral("closed"), QStringLiteral("shut"));
        const ComparisonPtr a = compareParagraphs(kOriginal, right);
        const ComparisonPtr b = compareParagraphs(kOriginal, right);
        QCOMPARE(describe(*a), describe(*b));
    }

    void resultsDoNotDependOnTheThreadCount()
    {
        QStringList right = kOriginal;
        right.move(2, 5);
        right[4] = kOriginal[4] + QLatin1Char(' ') + kOriginal[5];
        right.removeAt(5);
        right[1].replace(QStringLiteral("closed"), QStringLiteral("shut"));
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const ComparisonPtr single = compareParagraphs(kOriginal, right);
        pool->setMaxThreadCount(std::max(4, threads));
        const ComparisonPtr several = compareParagraphs(kOriginal, right);
        pool->setMaxThreadCount(threads);
        QCOMPARE(describe(*single), describe(*several));
    }

    void cancelReturnsNothing()
    {
        std::atomic_bool cancel{true};
        CompareProgress progress;
        progress.cancel = &cancel;
        const ComparisonPtr c = compareDocuments(webDocument(kOriginal), webDocument(kOriginal),
                                                 CompareOptions{}, progress);
        QVERIFY(!c);
    }

    void unicodeText_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("changes");
        QTest::newRow("CJK without spaces, one word changed")
            << QStringLiteral("东京的天气今天很好，我们去公园散步。") << QStringLiteral("东京的天气今天很坏，我们去公园散步。") << 1;
        QTest::newRow("Thai without spaces, identical")
            << QStringLiteral("วันนี้อากาศดีมาก เราไปเดินเล่นที่สวนสาธารณะ") << QStringLiteral("วันนี้อากาศดีมาก เราไปเดินเล่นที่สวนสาธารณะ") << 0;
        QTest::newRow("composed and decomposed accents are equal")
            << QStringLiteral("The caf\u00e9 reopened in the old quarter.") << QStringLiteral("The cafe\u0301 reopened in the old quarter.") << 0;
        QTest::newRow("emoji kept apart from words")
            << QStringLiteral("Fans cheered 🎉 when the team won the final.") << QStringLiteral("Fans cheered 🎉 when the team lost the final.") << 1;
    }
    void unicodeText()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, changes);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QVERIFY2(c->changes.size() == changes, qPrintable(describe(*c)));
        QCOMPARE(c->links.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestComparator)
#include "tst_comparator.moc"
