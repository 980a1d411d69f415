// The word diff of one passage: the shortest edit script for edited text, and a true
// (if longer) one in bounded time for long passages whose sides share little.
#include "comparetesthelpers.h"

#include "compare/worddiff.h"
#include "text/keytable.h"
#include "text/textanalyser.h"

#include <QFile>
#include <QRandomGenerator>

#include <dtl/dtl.hpp>

#include <vector>

using namespace Recension;
using namespace Recension::TestSupport;

namespace {

QString sampleAsOneParagraph(const QString &name)
{
    QFile file(QStringLiteral(RECENSION_SAMPLES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return QString::fromUtf8(file.readAll()).simplified();
}

/// `count` letters 'a'..'j' separated by spaces, from a fixed seed.
QString randomLetters(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList letters;
    for (int i = 0; i < count; ++i)
        letters << QString(QChar(u'a' + random.bounded(10)));
    return letters.join(QLatin1Char(' '));
}

struct Diffed
{
    std::array<std::vector<quint32>, 2> keys;
    PassageDiff diff;
};

Diffed diffOneParagraphs(const QString &left, const QString &right)
{
    KeyTable keys;
    const TextAnalyser analyser(keys);
    const AnalysedDocument a = analyser.analyse(webDocument({left}), QStringLiteral("en"));
    const AnalysedDocument b = analyser.analyse(webDocument({right}), QStringLiteral("en"));
    Link link;
    link.kind = LinkKind::Modified;
    link.paragraphs[Left] = {0};
    link.paragraphs[Right] = {0};
    Diffed out;
    const std::array<const AnalysedDocument *, 2> documents{{&a, &b}};
    out.diff = diffPassage(documents, link, false, {});
    for (int side = 0; side < 2; ++side)
        for (const PassageToken &pt : out.diff.sequence[side])
            out.keys[side].push_back(documents[side]->paragraphs[pt.paragraph].tokens[pt.token].key);
    return out;
}

/// Empty when the common pairs are equal tokens in ascending order on both sides and every
/// token that is no common pair lies in a hunk; else what is wrong.
QString scriptError(const Diffed &d)
{
    std::array<std::vector<bool>, 2> covered{{std::vector<bool>(d.keys[Left].size()),
                                              std::vector<bool>(d.keys[Right].size())}};
    int lastLeft = -1, lastRight = -1;
    for (const auto &pair : d.diff.common) {
        if (pair.first <= lastLeft || pair.second <= lastRight)
            return QStringLiteral("common pairs out of order at %1, %2").arg(pair.first).arg(pair.second);
        if (d.keys[Left][size_t(pair.first)] != d.keys[Right][size_t(pair.second)])
            return QStringLiteral("unequal common pair %1, %2").arg(pair.first).arg(pair.second);
        lastLeft = pair.first;
        lastRight = pair.second;
        covered[Left][size_t(pair.first)] = covered[Right][size_t(pair.second)] = true;
    }
    std::array<int, 2> reached{{0, 0}};
    for (const Hunk &hunk : d.diff.hunks) {
        for (int side = 0; side < 2; ++side) {
            if (hunk.begin[side] < reached[side] || hunk.end[side] < hunk.begin[side])
                return QStringLiteral("hunks overlap or run backwards");
            reached[side] = hunk.end[side];
            for (int k = hunk.begin[side]; k < hunk.end[side]; ++k)
                covered[side][size_t(k)] = true;
        }
    }
    for (int side = 0; side < 2; ++side)
        for (size_t k = 0; k < covered[side].size(); ++k)
            if (!covered[side][k])
                return QStringLiteral("token %1 of side %2 is neither common nor changed").arg(k).arg(side);
    return {};
}

int longestCommon(const Diffed &d)
{
    dtl::Diff<quint32, std::vector<quint32>> engine(d.keys[Left], d.keys[Right]);
    engine.compose();
    return int(engine.getLcsVec().size());
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private slots:
    void passages_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("shortest");

        const QString original = sampleAsOneParagraph(QStringLiteral("harbour-original.txt"));
        QTest::newRow("an article and its spun copy, each one long paragraph")
            << original << sampleAsOneParagraph(QStringLiteral("harbour-spun.txt")) << true;
        QTest::newRow("an article and its condensed copy, each one long paragraph")
            << original << sampleAsOneParagraph(QStringLiteral("harbour-condensed.txt")) << true;
        QTest::newRow("200 random letters a side")
            << randomLetters(200, 1) << randomLetters(200, 2) << true;
        // Such a passage shares no more four-word runs than chance gives: it is diffed in
        // blocks, which finds fewer equal letters than the shortest script would.
        QTest::newRow("500 random letters a side")
            << randomLetters(500, 1) << randomLetters(500, 2) << false;
    }

    void passages()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, shortest);
        const Diffed d = diffOneParagraphs(left, right);
        QVERIFY(d.keys[Left].size() >= 200 && d.keys[Right].size() >= 200);
        const QString error = scriptError(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int common = int(d.diff.common.size());
        if (shortest)
            QCOMPARE(common, longestCommon(d));
        else
            QVERIFY(common < longestCommon(d) && common > int(d.keys[Left].size()) / 4);
        // Only the passage diffed in blocks is called a rewrite (its changes are then
        // typed whole, with no pairing of words and phrases across them).
        QCOMPARE(d.diff.dissimilar, !shortest);
        QCOMPARE(d.diff.repetitive, !shortest); // the random letters: ten distinct tokens
    }

    void proseIsNeverRepetitive()
    {
        // Two different articles share almost no runs of four words, yet each is prose of
        // many distinct words: diffed in blocks, but its changes are still paired word by
        // word and phrase by phrase (a heavy paraphrase can share as few runs).
        const Diffed d = diffOneParagraphs(sampleAsOneParagraph(QStringLiteral("harbour-original.txt")),
                                           sampleAsOneParagraph(QStringLiteral("unrelated.txt")));
        QVERIFY(d.keys[Left].size() >= 300 && d.keys[Right].size() >= 300);
        QVERIFY(d.diff.dissimilar);
        QVERIFY(!d.diff.repetitive);
    }

    void rewriteTypedWhole()
    {
        // Each run of changes in a passage of a handful of repeated tokens is one change:
        // nothing in it is paired (an equal syllable left in a run would split it in two).
        // Syllables no word list holds, so no equal island is a function word that the
        // comparison, unlike diffOneParagraphs(), would fold.
        const auto syllables = [](quint32 seed) {
            static const char *const kSyllables[] = {"ba", "be", "bi", "bo", "bu", "da", "de", "di", "du", "ka"};
            QRandomGenerator random(seed);
            QStringList words;
            for (int i = 0; i < 500; ++i)
                words << QLatin1String(kSyllables[random.bounded(10)]);
            return words.join(QLatin1Char(' '));
        };
        const QString left = syllables(1);
        const QString right = syllables(2);
        const Diffed d = diffOneParagraphs(left, right);
        QVERIFY(d.diff.repetitive);
        CompareOptions options;
        options.synonymsUnimportant = false; // every change listed, equivalents included
        const ComparisonPtr c = compareParagraphs({left}, {right}, options);
        QVERIFY(c);
        int changes = 0;
        for (const Change &change : c->changes) {
            if (change.category == Category::Case)
                continue;
            ++changes;
        }
        // At most one change a run (two runs may still join as one moved passage); paired
        // word by word, 500 such syllables a side gave 194 changes for 191 runs.
        QVERIFY2(changes <= d.diff.hunks.size(),
                 qPrintable(QStringLiteral("%1 changes for %2 runs").arg(changes).arg(d.diff.hunks.size())));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
