// How the engine names each divergence (category, severity, inQuote), on sentences
// written for these tests.
#include "comparetesthelpers.h"

using namespace Recension;
using namespace Recension::TestSupport;

Q_DECLARE_METATYPE(Recension::Category)
Q_DECLARE_METATYPE(Recension::Severity)

class TestClassification : public QObject
{
    Q_OBJECT
private slots:
    void singleChange_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<Category>("category");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<bool>("inQuote");

        QTest::newRow("synonym swap")
            << QStringLiteral("The council published its budget on Friday after a long debate.")
            << QStringLiteral("The council printed its budget on Friday after a long debate.")
            << Category::Synonym << Severity::Low << false;
        QTest::newRow("changed number inside a quotation")
            << QStringLiteral("\"We moved 3,600 containers last week,\" the manager said.")
            << QStringLiteral("\"We moved 6,300 containers last week,\" the manager said.")
            << Category::Number << Severity::High << true;
        QTest::newRow("name replaced")
            << QStringLiteral("The plan was presented by Mayor Tomasz Wierzbicki to the council.")
            << QStringLiteral("The plan was presented by Mayor Tomasz Halvorsen to the council.")
            << Category::Name << Severity::High << false;
        QTest::newRow("synonym inside a proper name is a name change")
            << QStringLiteral("A statement from the Foreign Ministry followed on Tuesday evening.")
            << QStringLiteral("A statement from the International Ministry followed on Tuesday evening.")
            << Category::Name << Severity::High << false;
        QTest::newRow("function phrase swapped for its equivalent")
            << QStringLiteral("Fishermen as well as dock workers lost a week of income.")
            << QStringLiteral("Fishermen in addition to dock workers lost a week of income.")
            << Category::Synonym << Severity::Low << false;
        QTest::newRow("thesaurus phrase for one word")
            << QStringLiteral("The situation in the harbour worried the council.")
            << QStringLiteral("The state of affairs in the harbour worried the council.")
            << Category::Synonym << Severity::Low << false;
        QTest::newRow("misspelled common word")
            << QStringLiteral("The committee will recommend a new harbour wall next spring.")
            << QStringLiteral("The committee will recomend a new harbour wall next spring.")
            << Category::Spelling << Severity::Low << false;
        QTest::newRow("inflection")
            << QStringLiteral("The inspectors monitor the old bridge every winter.")
            << QStringLiteral("The inspectors monitored the old bridge every winter.")
            << Category::Inflection << Severity::Low << false;
        QTest::newRow("case only")
            << QStringLiteral("The harbour master spoke to the press on Monday morning.")
            << QStringLiteral("The Harbour Master spoke to the press on Monday morning.")
            << Category::Case << Severity::Low << false;
        QTest::newRow("punctuation only")
            << QStringLiteral("The storm passed, and the boats returned to the quay.")
            << QStringLiteral("The storm passed; and the boats returned to the quay.")
            << Category::Punctuation << Severity::Low << false;
        QTest::newRow("words inserted")
            << QStringLiteral("The boats returned to the quay in the evening.")
            << QStringLiteral("The boats returned slowly and carefully to the quay in the evening.")
            << Category::Inserted << Severity::Medium << false;
        QTest::newRow("phrase replaced")
            << QStringLiteral("The fishermen stayed ashore because of the warnings.")
            << QStringLiteral("The fishermen stayed ashore despite a sunny forecast.")
            << Category::Replaced << Severity::Medium << false;
        QTest::newRow("another month is another date")
            << QStringLiteral("The harbour vote is set for 4 June in the town hall.")
            << QStringLiteral("The harbour vote is set for 4 July in the town hall.")
            << Category::Number << Severity::High << false;
        QTest::newRow("another weekday, however alike the spelling")
            << QStringLiteral("The council met on Tuesday to discuss the harbour budget.")
            << QStringLiteral("The council met on Thursday to discuss the harbour budget.")
            << Category::Number << Severity::High << false;
        QTest::newRow("a month abbreviated is the same date")
            << QStringLiteral("The harbour vote is set for 6 Jan. in the town hall.")
            << QStringLiteral("The harbour vote is set for 6 January in the town hall.")
            << Category::Format << Severity::Low << false;
        QTest::newRow("a first name that is also a month stays a name")
            << QStringLiteral("Reporter June Smith wrote the story about the harbour.")
            << QStringLiteral("Reporter Joan Smith wrote the story about the harbour.")
            << Category::Name << Severity::High << false;
    }
    void singleChange()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(Category, category);
        QFETCH(Severity, severity);
        QFETCH(bool, inQuote);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QVERIFY2(isSingleChange(*c, category, severity), qPrintable(describe(*c)));
        QCOMPARE(c->changes.first().inQuote, inQuote);
        QCOMPARE(c->changes.first().id, 1);
    }

    void numbersWrittenOut_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("sameValue");
        QTest::addColumn<QStringList>("changes"); // the left → right of each change, in order

        QTest::newRow("twenty-two for 22")
            << QStringLiteral("The port took in twenty-two ships during the storm on Tuesday.")
            << QStringLiteral("The port took in 22 ships during the storm on Tuesday.") << true
            << QStringList{QStringLiteral("twenty-two → 22")};
        QTest::newRow("three hundred and five for 305")
            << QStringLiteral("The harbour holds three hundred and five boats this winter.")
            << QStringLiteral("The harbour holds 305 boats this winter.") << true
            << QStringList{QStringLiteral("three hundred and five → 305")};
        QTest::newRow("3 million for 3,000,000")
            << QStringLiteral("The fund holds 3 million euros for the harbour repairs.")
            << QStringLiteral("The fund holds 3,000,000 euros for the harbour repairs.") << true
            << QStringList{QStringLiteral("3 million → 3,000,000")};
        QTest::newRow("twenty two for 23 is one changed number")
            << QStringLiteral("The port took in twenty two ships during the storm on Tuesday.")
            << QStringLiteral("The port took in 23 ships during the storm on Tuesday.") << false
            << QStringList{QStringLiteral("twenty two → 23")};
        QTest::newRow("eighty-four for thirty-one is one changed number")
            << QStringLiteral("The port took in eighty-four ships during the storm on Tuesday.")
            << QStringLiteral("The port took in thirty-one ships during the storm on Tuesday.") << false
            << QStringList{QStringLiteral("eighty-four → thirty-one")};
        QTest::newRow("two and three are two numbers, not five")
            << QStringLiteral("Two and three boats left the harbour on Tuesday.")
            << QStringLiteral("Five boats left the harbour on Tuesday.") << false
            << QStringList{QStringLiteral("Two → Five"), QStringLiteral("and three → ")};
    }
    void numbersWrittenOut()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, sameValue);
        QFETCH(QStringList, changes);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QVERIFY(!c->changes.isEmpty());
        bool number = false;
        bool allFormat = true;
        QStringList texts;
        for (const Change &change : c->changes) {
            number = number || change.category == Category::Number;
            allFormat = allFormat && change.category == Category::Format && change.severity == Severity::Low;
            texts << c->spanText(Left, change.sides[Left]) + QStringLiteral(" → ")
                    + c->spanText(Right, change.sides[Right]);
        }
        QVERIFY2(sameValue ? allFormat : number, qPrintable(describe(*c)));
        QVERIFY2(texts == changes, qPrintable(describe(*c)));
    }
    void phraseAlignment_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QStringList>("changes"); // "category: left → right", in order

        QTest::newRow("an office word on one side only names no body")
            << QStringLiteral("The harbour towns stay exposed to foreign interference in the dispute.")
            << QStringLiteral("The harbour towns stay exposed to overseas navy exercises in the dispute.")
            << QStringList{QStringLiteral("synonym: foreign → overseas"),
                           QStringLiteral("replaced: interference → navy exercises")};
        QTest::newRow("a body renamed, with words around it reworded")
            << QStringLiteral("Last spring she took on the job of head of the Harbour Council for two years.")
            << QStringLiteral("Last spring she took on the job of Port Council chief for two years.")
            << QStringList{QStringLiteral("deleted: head of the → "),
                           QStringLiteral("name: Harbour → Port"),
                           QStringLiteral("inserted:  → chief")};
        QTest::newRow("an office in the next sentence is not this word's")
            << QStringLiteral("Delays are better than accidents, she said. Mayor Ines Moreau toured the quay.")
            << QStringLiteral("Delays are better than accidents, in fact. Mayor Ines Moreau toured the quay.")
            << QStringList{QStringLiteral("replaced: she said → in fact")};
        QTest::newRow("a possessive is the same name in another form")
            << QStringLiteral("Later the Kessvik Port Authority’s transport ministry spoke on Sunday.")
            << QStringLiteral("Later the Kessvik Port Authority Transit Ministry spoke on Sunday.")
            << QStringList{QStringLiteral("inflection: Authority’s → Authority"),
                           QStringLiteral("name: transport → Transit"),
                           QStringLiteral("case: ministry → Ministry")};
        QTest::newRow("three swaps in one replaced run")
            << QStringLiteral("The new quay will directly harm our town, the fishermen said.")
            << QStringLiteral("The new quay will instantly do damage to our city, the fishermen said.")
            << QStringList{QStringLiteral("synonym: directly → instantly"),
                           QStringLiteral("synonym: harm → do damage to"),
                           QStringLiteral("synonym: town → city")};
        QTest::newRow("multi-word function synonym")
            << QStringLiteral("The council will in addition repair the old lighthouse next year.")
            << QStringLiteral("The council will also repair the old lighthouse next year.")
            << QStringList{QStringLiteral("synonym: in addition → also")};
        QTest::newRow("a great deal for much")
            << QStringLiteral("The storm did a great deal of damage to the eastern pier.")
            << QStringLiteral("The storm did much damage to the eastern pier.")
            << QStringList{QStringLiteral("synonym: a great deal of → much")};
        QTest::newRow("a number inside a rewording is its own change")
            << QStringLiteral("The surge quickly flooded 14 cellars near the old harbour.")
            << QStringLiteral("The surge rapidly inundated 41 cellars near the old harbour.")
            << QStringList{QStringLiteral("synonym: quickly → rapidly"),
                           QStringLiteral("synonym: flooded → inundated"),
                           QStringLiteral("number: 14 → 41")};
        QTest::newRow("what faces nothing stays replaced")
            << QStringLiteral("The fishermen stayed ashore because of the warnings.")
            << QStringLiteral("The fishermen stayed ashore despite a sunny forecast.")
            << QStringList{QStringLiteral("replaced: because of the warnings → despite a sunny forecast")};
    }
    void phraseAlignment()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QStringList, changes);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QStringList found;
        for (const Change &change : c->changes)
            found << toString(change.category) + QStringLiteral(": ") + c->spanText(Left, change.sides[Left])
                    + QStringLiteral(" → ") + c->spanText(Right, change.sides[Right]);
        QVERIFY2(found == changes, qPrintable(describe(*c)));
    }

    void spunCopyNamesEachSwap()
    {
        const QString left = QStringLiteral(
            "Officials were worried that trade would suffer, and the ministry published a warning.");
        const QString right = QStringLiteral(
            "Officials were concerned that commerce would suffer, and the ministry printed a warning.");
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        const QStringList synonyms = changesOf(*c, Category::Synonym);
        QVERIFY2(synonyms.contains(QStringLiteral("worried → concerned")), qPrintable(describe(*c)));
        QVERIFY2(synonyms.contains(QStringLiteral("trade → commerce")), qPrintable(describe(*c)));
        QVERIFY2(synonyms.contains(QStringLiteral("published → printed")), qPrintable(describe(*c)));
        QCOMPARE(c->changes.size(), 3);
        QVERIFY(c->similarity > 0.99); // synonyms count as equivalent words
    }

    void options_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("ignoreCase");
        QTest::addColumn<bool>("ignorePunctuation");
        QTest::addColumn<bool>("synonymsUnimportant");
        QTest::addColumn<int>("changes");
        const QString caseLeft = QStringLiteral("The harbour master spoke on Monday.");
        const QString caseRight = QStringLiteral("The Harbour Master spoke on Monday.");
        const QString punctLeft = QStringLiteral("The storm passed, and the boats returned.");
        const QString punctRight = QStringLiteral("The storm passed; and the boats returned.");
        const QString synLeft = QStringLiteral("The council published its budget. \"We are worried,\" she said.");
        const QString synRight = QStringLiteral("The council printed its budget. \"We are concerned,\" she said.");
        QTest::newRow("case reported") << caseLeft << caseRight << false << false << false << 1;
        QTest::newRow("case ignored") << caseLeft << caseRight << true << false << false << 0;
        QTest::newRow("punctuation reported") << punctLeft << punctRight << false << false << false << 1;
        QTest::newRow("punctuation ignored") << punctLeft << punctRight << false << true << false << 0;
        QTest::newRow("synonyms reported") << synLeft << synRight << false << false << false << 2;
        QTest::newRow("synonyms unimportant except in quotations")
            << synLeft << synRight << false << false << true << 1;
    }
    void options()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, ignoreCase);
        QFETCH(bool, ignorePunctuation);
        QFETCH(bool, synonymsUnimportant);
        QFETCH(int, changes);
        CompareOptions options;
        options.ignoreCase = ignoreCase;
        options.ignorePunctuation = ignorePunctuation;
        options.synonymsUnimportant = synonymsUnimportant;
        const ComparisonPtr c = compareParagraphs({left}, {right}, options);
        QVERIFY(c);
        QVERIFY2(c->changes.size() == changes, qPrintable(describe(*c)));
    }

    void changesNeverOverlapNorCrossParagraphs()
    {
        const QStringList left = {
            QStringLiteral("Storm closes harbour"),
            QStringLiteral("The harbour closed on Monday. Fourteen vessels stayed at anchor outside."),
            QStringLiteral("\"We have never seen a surge like this,\" said harbour master Ingrid Solberg."),
        };
        const QStringList right = {
            QStringLiteral("Storm shuts harbour"),
            QStringLiteral("The harbour shut on Monday, and 41 vessels stayed at anchor outside. \"We have rarely seen a surge like this,\" said harbour master Ingrid Solberg."),
        };
        const ComparisonPtr c = compareParagraphs(left, right);
        QVERIFY(c);
        for (int side = 0; side < 2; ++side) {
            QVector<Span> spans;
            for (const Change &change : c->changes) {
                const Span &s = change.sides[side];
                if (s.isNull())
                    continue;
                QCOMPARE(s.lastParagraph(), s.paragraph);
                for (const Span &other : spans)
                    QVERIFY2(other.paragraph != s.paragraph || other.end <= s.start || s.end <= other.start
                                 || s.start == s.end || other.start == other.end,
                             qPrintable(describe(*c)));
                spans.append(s);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
