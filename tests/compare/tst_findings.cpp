// Findings: what a fact-checker must look at, grouped and in order, on short articles
// written for these tests.
#include "comparetesthelpers.h"

#include "compare/watchlist.h"

using namespace Recension;
using namespace Recension::TestSupport;

namespace {

const QString kTitle = QStringLiteral("Harbour Wall Repairs Begin");

/// One finding as a line: "high number: 3,600 containers -> 6,300 containers [2]", the
/// count of its changes last, a quote finding with its quote's status.
QString findingLine(const Comparison &c, const Finding &f)
{
    QString kind = toString(f.kind);
    if (f.kind == FindingKind::Quote)
        kind += QLatin1Char(' ') + toString(c.quotes.value(f.quote).status);
    return QStringLiteral("%1 %2: %3 -> %4 [%5]")
        .arg(toString(f.severity), kind, f.gist[Left], f.gist[Right])
        .arg(f.changes.size());
}

QStringList findingLines(const Comparison &c)
{
    QStringList lines;
    for (const Finding &f : c.findings)
        lines << findingLine(c, f);
    return lines;
}

QString describeFindings(const Comparison &c)
{
    QStringList lines{describe(c)};
    for (const Finding &f : c.findings) {
        QStringList ids;
        for (int id : f.changes)
            ids << QString::number(id);
        lines << QStringLiteral("finding %1 (changes %2)").arg(findingLine(c, f), ids.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n'));
}

CompareOptions watching(const QStringList &terms)
{
    CompareOptions options;
    if (!terms.isEmpty()) {
        const WatchListResult watch = watchListFromTerms(terms);
        if (!watch.ok())
            qFatal("bad watch list: %s", qPrintable(watch.error));
        options.watch = watch.list;
    }
    return options;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private slots:
    void findings_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QStringList>("watch");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("the same changed figure in two places is one finding")
            << QStringList{kTitle,
                           QStringLiteral("Dock workers moved 3,600 containers to the north quay on Monday."),
                           QStringLiteral("The council thanked the crews for their work through the night."),
                           QStringLiteral("By Friday the 3,600 containers were back on the south quay.")}
            << QStringList{kTitle,
                           QStringLiteral("Dock workers moved 6,300 containers to the north quay on Monday."),
                           QStringLiteral("The council thanked the crews for their work through the night."),
                           QStringLiteral("By Friday the 6,300 containers were back on the south quay.")}
            << QStringList{}
            << QStringList{QStringLiteral("high number: 3,600 containers -> 6,300 containers [2]")};
        QTest::newRow("a word swapped in an organisation's name, in three places")
            << QStringList{kTitle,
                           QStringLiteral("The Harbour Safety Board met on Monday to inspect the wall."),
                           QStringLiteral("Engineers told the Harbour Safety Board that the stones had shifted."),
                           QStringLiteral("The Harbour Safety Board will meet again in June.")}
            << QStringList{kTitle,
                           QStringLiteral("The Harbour Security Board met on Monday to inspect the wall."),
                           QStringLiteral("Engineers told the Harbour Security Board that the stones had shifted."),
                           QStringLiteral("The Harbour Security Board will meet again in June.")}
            << QStringList{}
            << QStringList{QStringLiteral("high name: Harbour Safety Board -> Harbour Security Board [3]")};
        QTest::newRow("high findings first, then the others in reading order")
            << QStringList{kTitle,
                           QStringLiteral("The wall was built in 1911. Fisherman Per Lund has warned about its stones for years."),
                           QStringLiteral("The repairs will cost 40,000 euros and take eight weeks."),
                           QStringLiteral("The work was ordered by engineer Marta Olsen after the storm.")}
            << QStringList{kTitle,
                           QStringLiteral("The wall was built in 1911."),
                           QStringLiteral("The repairs will cost 90,000 euros and take eight weeks."),
                           QStringLiteral("The work was ordered by engineer Marta Lindqvist after the storm.")}
            << QStringList{}
            << QStringList{QStringLiteral("high number: 40,000 euros -> 90,000 euros [1]"),
                           QStringLiteral("high name: Marta Olsen -> Marta Lindqvist [1]"),
                           QStringLiteral("medium claim: Fisherman Per Lund has warned about its stones for years. ->  [1]")};
        QTest::newRow("a sentence added whole with a name is a claim; without a fact it is none")
            << QStringList{kTitle,
                           QStringLiteral("The council met on Monday and agreed to pay for the repairs.")}
            << QStringList{kTitle,
                           QStringLiteral("The council met on Monday and agreed to pay for the repairs. Nobody objected to the plan."),
                           QStringLiteral("The plan was drawn up by the Port Authority in the spring.")}
            << QStringList{}
            << QStringList{QStringLiteral("medium claim:  -> The plan was drawn up by the Port Authority in the spring. [1]")};
        QTest::newRow("an altered quotation and a missing one")
            << QStringList{kTitle,
                           QStringLiteral("\"We are worried about the harbour wall and the old stones,\" the mayor said on Friday."),
                           QStringLiteral("The council met on Monday and agreed to pay for the repairs."),
                           QStringLiteral("\"Nobody here has seen a tide like it,\" said a fisherman on the quay.")}
            << QStringList{kTitle,
                           QStringLiteral("\"We are concerned about the harbour wall and the old stones,\" the mayor said on Friday."),
                           QStringLiteral("The council met on Monday and agreed to pay for the repairs.")}
            << QStringList{}
            << QStringList{QStringLiteral("high quote altered: We are worried about the harbour wall and the old stones, -> "
                                          "We are concerned about the harbour wall and the old stones, [1]"),
                           QStringLiteral("medium quote missing: Nobody here has seen a tide like it, ->  [1]")};
        QTest::newRow("a changed figure inside a quotation is in two findings")
            << QStringList{kTitle,
                           QStringLiteral("\"We moved 3,600 containers through the port last week,\" the manager said.")}
            << QStringList{kTitle,
                           QStringLiteral("\"We moved 6,300 containers through the port last week,\" the manager said.")}
            << QStringList{}
            << QStringList{QStringLiteral("high number: 3,600 containers -> 6,300 containers [1]"),
                           QStringLiteral("high quote altered: We moved 3,600 containers through the port last week, -> "
                                          "We moved 6,300 containers through the port last week, [1]")};
        QTest::newRow("a watched term makes a reworded passage high")
            << QStringList{kTitle,
                           QStringLiteral("The wall will be repaired by the harbour trust before the winter.")}
            << QStringList{kTitle,
                           QStringLiteral("The wall will be repaired by the city before the winter.")}
            << QStringList{QStringLiteral("Harbour Trust")}
            << QStringList{QStringLiteral("high watched: harbour trust -> city [1]")};
        QTest::newRow("a watched term untouched by any change makes no finding")
            << QStringList{kTitle,
                           QStringLiteral("The harbour trust will repair the wall before the winter storms.")}
            << QStringList{kTitle,
                           QStringLiteral("The harbour trust will repair the wall before the winter gales.")}
            << QStringList{QStringLiteral("Harbour Trust")}
            << QStringList{};
        QTest::newRow("a changed name that is also watched is in both findings")
            << QStringList{kTitle,
                           QStringLiteral("The work was ordered by engineer Marta Olsen after the storm.")}
            << QStringList{kTitle,
                           QStringLiteral("The work was ordered by engineer Marta Lindqvist after the storm.")}
            << QStringList{QStringLiteral("Marta Olsen")}
            << QStringList{QStringLiteral("high name: Marta Olsen -> Marta Lindqvist [1]"),
                           QStringLiteral("high watched: Marta Olsen -> Marta Lindqvist [1]")};
    }
    void findings()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QStringList, watch);
        QFETCH(QStringList, expected);
        const ComparisonPtr c = compareParagraphs(left, right, watching(watch));
        QVERIFY(c);
        QVERIFY2(findingLines(*c) == expected, qPrintable(describeFindings(*c)));
        for (int i = 0; i < c->findings.size(); ++i) {
            const Finding &f = c->findings[i];
            QCOMPARE(f.id, i + 1);
            QVERIFY(f.severity != Severity::Low);
            QVERIFY(std::is_sorted(f.changes.cbegin(), f.changes.cend()));
            for (int id : f.changes)
                QVERIFY2(c->changes[id - 1].severity != Severity::Low, qPrintable(describeFindings(*c)));
            if (f.kind == FindingKind::Quote)
                QVERIFY(f.quote >= 0 && f.quote < c->quotes.size());
            else
                QCOMPARE(f.quote, -1);
        }
    }

    void watchedChangesAreHigh_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("watched");

        const QString left = QStringLiteral("Fisherman Per Lund said the old harbour wall was weak.");
        QTest::newRow("a word of a multi-word term, in another case")
            << left << QStringLiteral("Fisherman Per Lund said the old harbour quay was weak.")
            << QStringLiteral("HARBOUR WALL") << true;
        QTest::newRow("a term found only in the right version")
            << left << QStringLiteral("Fisherman Per Lund said the old harbour wall was fragile.")
            << QStringLiteral("fragile") << true;
        QTest::newRow("part of a word is no whole word")
            << left << QStringLiteral("Fisherman Per Lund said the old harbour wall was feeble.")
            << QStringLiteral("wea") << false;
        QTest::newRow("a change beside the term does not touch it")
            << left << QStringLiteral("Fisherman Per Lund said the new harbour wall was weak.")
            << QStringLiteral("harbour wall") << false;
    }
    void watchedChangesAreHigh()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, term);
        QFETCH(bool, watched);
        const ComparisonPtr c = compareParagraphs({kTitle, left}, {kTitle, right}, watching({term}));
        QVERIFY(c);
        bool any = false;
        for (const Change &change : c->changes) {
            any = any || change.watched;
            if (change.watched)
                QCOMPARE(toString(change.severity), toString(Severity::High));
        }
        QVERIFY2(any == watched, qPrintable(describeFindings(*c)));
        bool finding = false;
        for (const Finding &f : c->findings)
            finding = finding || f.kind == FindingKind::Watched;
        QCOMPARE(finding, watched);
    }

    void watchedSynonymSurvivesHiddenSynonyms()
    {
        // "Hide synonym swaps" drops synonyms outside quotations, never a watched one.
        const QString left = QStringLiteral("Fisherman Per Lund said the old harbour wall was weak.");
        const QString right = QStringLiteral("Fisherman Per Lund said the old harbour wall was fragile.");
        CompareOptions options = watching({QStringLiteral("fragile")});
        options.synonymsUnimportant = true;
        const ComparisonPtr watched = compareParagraphs({kTitle, left}, {kTitle, right}, options);
        QVERIFY(watched);
        bool found = false;
        for (const Change &change : watched->changes)
            found = found || change.watched;
        QVERIFY2(found, qPrintable(describeFindings(*watched)));
        CompareOptions unwatched;
        unwatched.synonymsUnimportant = true;
        const ComparisonPtr hidden = compareParagraphs({kTitle, left}, {kTitle, right}, unwatched);
        QVERIFY(hidden);
        for (const Change &change : hidden->changes)
            QVERIFY(change.category != Category::Synonym);
    }

    void findingsAreDeterministic()
    {
        const QStringList left{kTitle,
                               QStringLiteral("The Harbour Safety Board said 3,600 containers were moved."),
                               QStringLiteral("\"The wall will hold,\" said engineer Marta Olsen on Friday.")};
        const QStringList right{kTitle,
                                QStringLiteral("The Harbour Security Board said 6,300 containers were moved."),
                                QStringLiteral("\"The wall may hold,\" said engineer Marta Lindqvist on Friday.")};
        const ComparisonPtr first = compareParagraphs(left, right);
        const ComparisonPtr second = compareParagraphs(left, right);
        QVERIFY(first && second);
        QVERIFY(!first->findings.isEmpty());
        QCOMPARE(findingLines(*first), findingLines(*second));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
