// The version 2 rules of category and severity, one row per rule of the spec, on
// sentences written for these tests: what a change does to the facts decides.
#include "comparetesthelpers.h"

using namespace Recension;
using namespace Recension::TestSupport;

Q_DECLARE_METATYPE(Recension::Category)
Q_DECLARE_METATYPE(Recension::Severity)

class TestSeverity : public QObject
{
    Q_OBJECT
private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<Category>("category");
        QTest::addColumn<Severity>("severity");

        // format: the same value or name written otherwise, low anywhere.
        QTest::newRow("number word for digits")
            << QStringLiteral("The ferry carried five hundred passengers and five cars across the bay.")
            << QStringLiteral("The ferry carried five hundred passengers and 5 cars across the bay.")
            << Category::Format << Severity::Low;
        QTest::newRow("number word for digits inside a quotation")
            << QStringLiteral("\"We lost two boats in the night,\" the harbour master said.")
            << QStringLiteral("\"We lost 2 boats in the night,\" the harbour master said.")
            << Category::Format << Severity::Low;
        QTest::newRow("a hyphen inside a name")
            << QStringLiteral("Inspector Jean-Luc Moreau sent a team to the harbour on Monday.")
            << QStringLiteral("Inspector Jean Luc Moreau sent a team to the harbour on Monday.")
            << Category::Format << Severity::Low;
        QTest::newRow("dots inside a name")
            << QStringLiteral("The U.S. embassy sent a team to the harbour on Monday.")
            << QStringLiteral("The US embassy sent a team to the harbour on Monday.")
            << Category::Format << Severity::Low;
        QTest::newRow("place noun for its adjective")
            << QStringLiteral("The U.S. team inspected the harbour wall on Monday.")
            << QStringLiteral("The American team inspected the harbour wall on Monday.")
            << Category::Format << Severity::Low;
        QTest::newRow("honorific dropped")
            << QStringLiteral("The plan was presented by Mr Halvorsen to the council on Friday.")
            << QStringLiteral("The plan was presented by Halvorsen to the council on Friday.")
            << Category::Format << Severity::Low;
        QTest::newRow("contraction")
            << QStringLiteral("\"We will not leave the quay,\" the fishermen told the council.")
            << QStringLiteral("\"We won't leave the quay,\" the fishermen told the council.")
            << Category::Format << Severity::Low;
        QTest::newRow("regional spelling")
            << QStringLiteral("The boats were painted in the colour of the town.")
            << QStringLiteral("The boats were painted in the color of the town.")
            << Category::Format << Severity::Low;

        // number: a different value, high.
        QTest::newRow("changed figure")
            << QStringLiteral("Fourteen vessels stayed at anchor outside the harbour.")
            << QStringLiteral("Forty vessels stayed at anchor outside the harbour.")
            << Category::Number << Severity::High;

        // speaker: a quotation given to someone else, high.
        QTest::newRow("changed speaker")
            << QStringLiteral("\"The wall will hold through the winter,\" said Solberg.")
            << QStringLiteral("\"The wall will hold through the winter,\" said Wierzbicki.")
            << Category::Speaker << Severity::High;

        // name: a proper name, or the word that says which office or body.
        QTest::newRow("respelled name")
            << QStringLiteral("The plan was presented by Mayor Tomasz Wierzbicki to the council.")
            << QStringLiteral("The plan was presented by Mayor Tomasz Wierzbiki to the council.")
            << Category::Name << Severity::High;
        QTest::newRow("title names another office")
            << QStringLiteral("The plan was welcomed by Trade Minister Ana Ruiz on Friday.")
            << QStringLiteral("The plan was welcomed by Commerce Minister Ana Ruiz on Friday.")
            << Category::Name << Severity::High;
        QTest::newRow("lower-case ministry names another body")
            << QStringLiteral("A statement from the trade ministry followed on Tuesday.")
            << QStringLiteral("A statement from the commerce ministry followed on Tuesday.")
            << Category::Name << Severity::High;
        QTest::newRow("word swapped inside an organisation's name")
            << QStringLiteral("Inspectors from the Harbour Safety Board arrived on Monday.")
            << QStringLiteral("Inspectors from the Harbour Security Board arrived on Monday.")
            << Category::Name << Severity::High;
        QTest::newRow("role noun alone is a synonym")
            << QStringLiteral("The spokesperson for the port declined to comment on Monday.")
            << QStringLiteral("The spokesman for the port declined to comment on Monday.")
            << Category::Synonym << Severity::Low;
        QTest::newRow("a capital letter alone does not make a name")
            << QStringLiteral("The old sailors said that Heaven had sent the storm to the coast.")
            << QStringLiteral("The old sailors said that sky had sent the storm to the coast.")
            << Category::Replaced << Severity::Medium;

        // polarity: negation or antonym, high.
        QTest::newRow("negation added")
            << QStringLiteral("The ferry will sail to the island on Sunday morning.")
            << QStringLiteral("The ferry will not sail to the island on Sunday morning.")
            << Category::Polarity << Severity::High;
        QTest::newRow("negation removed inside a quotation")
            << QStringLiteral("\"We did not expect the surge,\" the harbour master said.")
            << QStringLiteral("\"We did expect the surge,\" the harbour master said.")
            << Category::Polarity << Severity::High;
        QTest::newRow("contracted negation added")
            << QStringLiteral("The ferry will sail to the island on Sunday morning.")
            << QStringLiteral("The ferry won't sail to the island on Sunday morning.")
            << Category::Polarity << Severity::High;
        QTest::newRow("never for always")
            << QStringLiteral("The harbour gates are never closed during the festival.")
            << QStringLiteral("The harbour gates are always closed during the festival.")
            << Category::Polarity << Severity::High;
        QTest::newRow("antonym verb")
            << QStringLiteral("Harbour fees rose sharply in March after the storm.")
            << QStringLiteral("Harbour fees fell sharply in March after the storm.")
            << Category::Polarity << Severity::High;
        QTest::newRow("allowed for banned")
            << QStringLiteral("The council allowed fishing inside the harbour last year.")
            << QStringLiteral("The council banned fishing inside the harbour last year.")
            << Category::Polarity << Severity::High;

        // hedge: the strength of a claim, medium.
        QTest::newRow("modal verb must for should")
            << QStringLiteral("\"The council must act before the winter,\" she said.")
            << QStringLiteral("\"The council should act before the winter,\" she said.")
            << Category::Hedge << Severity::Medium;
        QTest::newRow("modal verb will for may")
            << QStringLiteral("The new wall will protect the old town from the sea.")
            << QStringLiteral("The new wall may protect the old town from the sea.")
            << Category::Hedge << Severity::Medium;
        QTest::newRow("qualifier dropped")
            << QStringLiteral("The storm damaged at least twelve boats in the harbour.")
            << QStringLiteral("The storm damaged twelve boats in the harbour.")
            << Category::Hedge << Severity::Medium;
        QTest::newRow("qualifier made stronger")
            << QStringLiteral("The storm damaged some of the boats in the harbour.")
            << QStringLiteral("The storm damaged all of the boats in the harbour.")
            << Category::Hedge << Severity::Medium;
        QTest::newRow("about for exactly")
            << QStringLiteral("The repairs will cost about two million crowns this year.")
            << QStringLiteral("The repairs will cost exactly two million crowns this year.")
            << Category::Hedge << Severity::Medium;
        QTest::newRow("attribution verb changes stance")
            << QStringLiteral("The mayor said the wall was safe for another decade.")
            << QStringLiteral("The mayor claimed the wall was safe for another decade.")
            << Category::Hedge << Severity::Medium;
        QTest::newRow("qualifiers of one strength are synonyms")
            << QStringLiteral("The repairs took nearly three weeks in the end.")
            << QStringLiteral("The repairs took almost three weeks in the end.")
            << Category::Synonym << Severity::Low;
        QTest::newRow("attribution verbs of one stance are synonyms")
            << QStringLiteral("The mayor said the wall was safe for another decade.")
            << QStringLiteral("The mayor stated the wall was safe for another decade.")
            << Category::Synonym << Severity::Low;

        // the rest: medium for rewording and for a word changed inside a quotation.
        QTest::newRow("synonym inside a quotation is medium")
            << QStringLiteral("\"We are worried about the harbour,\" the mayor said on Friday.")
            << QStringLiteral("\"We are concerned about the harbour,\" the mayor said on Friday.")
            << Category::Synonym << Severity::Medium;
        QTest::newRow("inflection inside a quotation is medium")
            << QStringLiteral("\"We monitor the old bridge every winter,\" the engineer said.")
            << QStringLiteral("\"We monitored the old bridge every winter,\" the engineer said.")
            << Category::Inflection << Severity::Medium;
        QTest::newRow("words deleted inside a quotation are medium")
            << QStringLiteral("\"The wall held firm against the storm,\" she said.")
            << QStringLiteral("\"The wall held against the storm,\" she said.")
            << Category::Deleted << Severity::Medium;
    }
    void rule()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(Category, category);
        QFETCH(Severity, severity);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QVERIFY2(isSingleChange(*c, category, severity), qPrintable(describe(*c)));
    }

    void movedPassage_data()
    {
        QTest::addColumn<int>("moveTo");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("moved past one passage is low") << 1 << Severity::Low;
        QTest::newRow("moved past five passages is medium") << 5 << Severity::Medium;
    }
    void movedPassage()
    {
        QFETCH(int, moveTo);
        QFETCH(Severity, severity);
        const QStringList left = {
            QStringLiteral("The storm reached the coast late on Sunday night with heavy rain."),
            QStringLiteral("Harbour workers tied down the cranes before the wind arrived."),
            QStringLiteral("Fishermen moved their boats into the inner basin for shelter."),
            QStringLiteral("The ferry company cancelled every crossing until Tuesday noon."),
            QStringLiteral("Schools in the old town stayed closed on Monday as a precaution."),
            QStringLiteral("Engineers will inspect the sea wall once the water has receded."),
        };
        QStringList right = left;
        right.move(0, moveTo);
        const ComparisonPtr c = compareParagraphs(left, right);
        QVERIFY(c);
        QVERIFY2(changesOf(*c, Category::Moved).size() == 1, qPrintable(describe(*c)));
        for (const Change &change : c->changes)
            if (change.category == Category::Moved)
                QVERIFY2(change.severity == severity, qPrintable(describe(*c)));
    }
};

QTEST_GUILESS_MAIN(TestSeverity)
#include "tst_severity.moc"
