// The benchmark's own parts: the seeded pair generator, its gold, the scorer and the
// parsers of the other tools' output. Speed is never asserted here.
#include "benchpairs.h"
#include "benchrunner.h"
#include "externaltools.h"
#include "gold.h"
#include "rewriter.h"
#include "textgenerator.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Recension;
using namespace Recension::Bench;

namespace {

QStringList samples()
{
    QStringList texts;
    for (const char *name : {"harbour-original.txt", "harbour-condensed.txt", "unrelated.txt"}) {
        QFile file(QDir(QStringLiteral(RECENSION_SAMPLES)).filePath(QString::fromLatin1(name)));
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()));
    }
    return texts;
}

Link link(LinkKind kind, const QVector<int> &left, const QVector<int> &right)
{
    Link l;
    l.kind = kind;
    l.paragraphs = {{left, right}};
    return l;
}

/// Gold of four left paragraphs: 0-0, 1 split into 1 and 2, 2 deleted, 3-3, right 4 inserted.
Gold smallGold()
{
    Gold gold;
    gold.leftParagraphs = 4;
    gold.rightParagraphs = 5;
    gold.alignment = {{0}, {1, 2}, {}, {3}};
    gold.rightOnly = {4};
    return gold;
}

} // namespace

class TestBenchGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!samples().isEmpty()); }

    void joining_data();
    void joining();
    void sameSeedSameText();
    void documentReachesItsLength();
    void restructuredGoldCoversEveryParagraph();
    void plainRewritesKeepParagraphs_data();
    void plainRewritesKeepParagraphs();
    void scoring_data();
    void scoring();
    void goldPassages();
    void toolOutputCounts_data();
    void toolOutputCounts();
    void oneThreadGivesTheSameComparison();
};

void TestBenchGenerator::joining_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("text");
    QTest::newRow("comma and full stop hug the word before")
        << QStringList{"Ships", "wait", ",", "crews", "rest", "."} << QStringLiteral("Ships wait, crews rest.");
    QTest::newRow("quotation marks hug the quoted words")
        << QStringList{"\u201C", "We", "wait", ",", "\u201D", "said", "Kavelor", "."}
        << QStringLiteral("\u201CWe wait,\u201D said Kavelor.");
    QTest::newRow("brackets hug what they hold")
        << QStringList{"the", "port", "(", "north", ")", "."} << QStringLiteral("the port (north).");
}

void TestBenchGenerator::joining()
{
    QFETCH(QStringList, tokens);
    QFETCH(QString, text);
    QCOMPARE(joinSentence(tokens), text);
}

void TestBenchGenerator::sameSeedSameText()
{
    TextGenerator a(samples(), 7), b(samples(), 7), c(samples(), 8);
    const QByteArray first = renderText(a.document(3000));
    QCOMPARE(renderText(b.document(3000)), first);
    QVERIFY(renderText(c.document(3000)) != first);
    // Quotation marks always come in pairs.
    QCOMPARE(first.count("\u201C"), first.count("\u201D"));
}

void TestBenchGenerator::documentReachesItsLength()
{
    TextGenerator generator(samples(), 3);
    const QVector<GeneratedParagraph> paragraphs = generator.document(5000);
    int words = 0;
    QSet<QString> sentences;
    int total = 0;
    for (const GeneratedParagraph &paragraph : paragraphs)
        for (const Sentence &sentence : paragraph) {
            words += countWords(sentence);
            sentences.insert(joinSentence(sentence));
            ++total;
        }
    QVERIFY(words >= 5000);
    QVERIFY(words < 5300);
    // The invented vocabulary keeps sentences apart: hardly any repeats.
    QVERIFY2(sentences.size() * 100 >= total * 95, qPrintable(QStringLiteral("%1 distinct of %2")
                                                                  .arg(sentences.size()).arg(total)));
}

void TestBenchGenerator::restructuredGoldCoversEveryParagraph()
{
    TextGenerator generator(samples(), 11);
    const QVector<GeneratedParagraph> original = generator.document(40'000);
    Rewriter rewriter(samples(), 12);
    const Rewrite rewrite = rewriter.rewrite(original, EditKind::Restructured);
    const Gold &gold = rewrite.gold;
    QCOMPARE(gold.leftParagraphs, int(original.size()));
    QCOMPARE(gold.rightParagraphs, int(rewrite.paragraphs.size()));

    // Every right paragraph is held by left paragraphs or is right-only, never both.
    QVector<int> holders(gold.rightParagraphs, 0);
    int deleted = 0, split = 0, merged = 0;
    for (const QVector<int> &rights : gold.alignment) {
        deleted += rights.isEmpty() ? 1 : 0;
        split += rights.size() == 2 ? 1 : 0;
        for (int q : rights)
            ++holders[q];
    }
    for (int q : gold.rightOnly) {
        QCOMPARE(holders[q], 0);
        holders[q] = -1;
    }
    for (int q = 0; q < gold.rightParagraphs; ++q) {
        QVERIFY2(holders[q] != 0, qPrintable(QStringLiteral("right paragraph %1 unaccounted").arg(q)));
        merged += holders[q] == 2 ? 1 : 0;
    }
    // About 2 % of each operation (binomial: wide bounds), and exactly one moved block.
    const int n = gold.leftParagraphs;
    for (int k : {deleted, split, merged, int(gold.rightOnly.size())}) {
        QVERIFY(k * 100 >= n / 2);
        QVERIFY(k * 100 <= n * 4);
    }
    int descents = 0, last = -1;
    for (const QVector<int> &rights : gold.alignment) {
        if (rights.isEmpty())
            continue;
        descents += rights.first() < last ? 1 : 0;
        last = rights.last();
    }
    QCOMPARE(descents, 1);
}

void TestBenchGenerator::plainRewritesKeepParagraphs_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("minimumShare");
    QTest::addColumn<double>("maximumShare");
    QTest::newRow("a light edit leaves most sentences as they were")
        << int(EditKind::Light) << 0.6 << 0.85;
    QTest::newRow("a heavy paraphrase leaves few sentences as they were")
        << int(EditKind::Heavy) << 0.0 << 0.2;
}

void TestBenchGenerator::plainRewritesKeepParagraphs()
{
    QFETCH(int, kind);
    QFETCH(double, minimumShare);
    QFETCH(double, maximumShare);
    TextGenerator generator(samples(), 5);
    const QVector<GeneratedParagraph> original = generator.document(10'000);
    Rewriter rewriter(samples(), 6);
    const Rewrite rewrite = rewriter.rewrite(original, EditKind(kind));
    QCOMPARE(rewrite.paragraphs.size(), original.size());
    QCOMPARE(rewrite.gold.alignment.size(), original.size());
    int same = 0, total = 0;
    for (int p = 0; p < original.size(); ++p) {
        QCOMPARE(rewrite.gold.alignment[p], QVector<int>{p});
        QCOMPARE(rewrite.paragraphs[p].size(), original[p].size());
        for (int s = 0; s < original[p].size(); ++s) {
            same += rewrite.paragraphs[p][s] == original[p][s] ? 1 : 0;
            ++total;
        }
    }
    const double share = double(same) / total;
    QVERIFY2(share >= minimumShare && share <= maximumShare, qPrintable(QString::number(share)));
}

void TestBenchGenerator::scoring_data()
{
    QTest::addColumn<QVector<Link>>("links");
    QTest::addColumn<int>("predicted");
    QTest::addColumn<int>("correct");
    QTest::addColumn<int>("rightOnlyInserted");
    QTest::addColumn<int>("leftOnlyDeleted");
    QTest::addColumn<QStringList>("errors");

    const QVector<Link> perfect{link(LinkKind::Identical, {0}, {0}), link(LinkKind::Modified, {1}, {1, 2}),
                                link(LinkKind::Deleted, {2}, {}), link(LinkKind::Modified, {3}, {3}),
                                link(LinkKind::Inserted, {}, {4})};
    QTest::newRow("the gold itself scores one") << perfect << 4 << 4 << 1 << 1 << QStringList();

    QVector<Link> halfSplit = perfect;
    halfSplit[1] = link(LinkKind::Modified, {1}, {1});
    halfSplit.insert(2, link(LinkKind::Inserted, {}, {2}));
    QTest::newRow("a split seen as one to one plus an insertion")
        << halfSplit << 3 << 3 << 1 << 1 << QStringList{"gold 1:2 predicted as 1:1 + inserted"};

    QVector<Link> joined = perfect;
    joined[2] = link(LinkKind::Modified, {2, 3}, {3});
    joined.removeAt(3);
    QTest::newRow("a deleted paragraph joined to its neighbour")
        << joined << 5 << 4 << 1 << 0
        << QStringList{"gold 1:1 predicted as 2:1 (with neighbours)",
                       "gold deleted predicted as 2:1 (with neighbours)"};
}

void TestBenchGenerator::scoring()
{
    QFETCH(QVector<Link>, links);
    QFETCH(int, predicted);
    QFETCH(int, correct);
    QFETCH(int, rightOnlyInserted);
    QFETCH(int, leftOnlyDeleted);
    QFETCH(QStringList, errors);
    const AlignmentScore score = scoreLinks(links, smallGold());
    QCOMPARE(score.expected, 4);
    QCOMPARE(score.predicted, predicted);
    QCOMPARE(score.correct, correct);
    QCOMPARE(score.rightOnly, 1);
    QCOMPARE(score.rightOnlyInserted, rightOnlyInserted);
    QCOMPARE(score.leftOnly, 1);
    QCOMPARE(score.leftOnlyDeleted, leftOnlyDeleted);
    QCOMPARE(score.errors.keys(), errors);
    if (errors.isEmpty())
        QCOMPARE(score.f1(), 1.0);
}

void TestBenchGenerator::goldPassages()
{
    const QVector<Link> links = goldLinks(smallGold());
    QCOMPARE(links.size(), 5);
    QCOMPARE(links[1].paragraphs[Left], QVector<int>{1});
    QCOMPARE(links[1].paragraphs[Right], (QVector<int>{1, 2}));
    QVERIFY(links[2].kind == LinkKind::Deleted);
    QVERIFY(links[4].kind == LinkKind::Inserted);
    QCOMPARE(links[4].paragraphs[Right], QVector<int>{4});
}

void TestBenchGenerator::toolOutputCounts_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("porcelain");
    QTest::addColumn<qint64>("words");
    QTest::newRow("git porcelain counts removed and added words, not the header")
        << QByteArray("diff --git a/l b/r\n--- a/l\n+++ b/r\n@@ -1 +1 @@\n The\n-old harbour\n"
                      "+new port\n closed.\n~\n")
        << true << qint64(4);
    QTest::newRow("dwdiff statistics add deleted, inserted and changed words")
        << QByteArray("old: 10 words  6 60% common  1 10% deleted  3 30% changed\n"
                      "new: 11 words  6 55% common  2 18% inserted  3 27% changed\n")
        << false << qint64(9);
}

void TestBenchGenerator::toolOutputCounts()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, porcelain);
    QFETCH(qint64, words);
    QCOMPARE(porcelain ? porcelainChangedWords(output) : dwdiffChangedWords(output), words);
}

void TestBenchGenerator::oneThreadGivesTheSameComparison()
{
    QTemporaryDir dir;
    QString error;
    const QVector<BenchPair> pairs =
        generatedPairs(QStringLiteral(RECENSION_SAMPLES), dir.path(), {QStringLiteral("M")}, &error);
    QVERIFY2(pairs.size() == 3, qPrintable(error));
    const BenchPair &restructured = pairs.last();
    const QByteArray threaded = comparisonJson(restructured.left, restructured.right, &error);
    QVERIFY2(!threaded.isEmpty(), qPrintable(error));

    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const QByteArray single = comparisonJson(restructured.left, restructured.right, &error);
    pool->setMaxThreadCount(threads);
    QVERIFY(single == threaded);
}

QTEST_GUILESS_MAIN(TestBenchGenerator)
#include "tst_benchgenerator.moc"
