#include "text/quotations.h"
#include "texttesting.h"

#include <QTest>

using namespace Recension;
using namespace TextTesting;

class TestQuotations : public QObject
{
    Q_OBJECT
private slots:
    // Each quote is shown as its text; a quotation running on over paragraphs shows them
    // joined by " | ", with the marks that re-open each paragraph, which its span covers.
    void quotes_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("expected");

        // English, curly and straight.
        QTest::newRow("curly double quote")
            << QStringList{QStringLiteral("\u201CWe will act,\u201D he said.")}
            << QStringList{"We will act,"};
        QTest::newRow("quote in capitals (case-only change later)")
            << QStringList{QStringLiteral("\u201CWE WILL ACT,\u201D he said.")}
            << QStringList{"WE WILL ACT,"};
        QTest::newRow("quote split by he said gives two quotes")
            << QStringList{QStringLiteral("\u201CWe will act,\u201D he said, \u201Cand soon.\u201D")}
            << QStringList{"We will act,", "and soon."};
        QTest::newRow("straight double quotes pair")
            << QStringList{QStringLiteral("He said \"yes\" and she said \"no\".")}
            << QStringList{"yes", "no"};
        QTest::newRow("straight quotes open and close a paragraph")
            << QStringList{QStringLiteral("\"We will act,\" he said.")}
            << QStringList{"We will act,"};
        QTest::newRow("quote before a full stop") << QStringList{QStringLiteral("He called it \"great\".")}
                                                  << QStringList{"great"};
        QTest::newRow("mixed curly and straight")
            << QStringList{QStringLiteral("\u201CWe will act,\" he said.")} << QStringList{"We will act,"};
        QTest::newRow("opening curly mark typed as the closing one")
            << QStringList{QStringLiteral("\u201CWe will act,\u201C he said.")}
            << QStringList{"We will act,"};
        QTest::newRow("nested single quote belongs to the outer one")
            << QStringList{QStringLiteral("\u201CHe told me \u2018never\u2019 twice,\u201D she said.")}
            << QStringList{QStringLiteral("He told me \u2018never\u2019 twice,")};

        // Across paragraphs.
        QTest::newRow("multi-paragraph quotation is one quote")
            << QStringList{QStringLiteral("\u201CWe will act."),
                           QStringLiteral("\u201CAnd we will act soon,\u201D she said.")}
            << QStringList{QStringLiteral("We will act. | \u201CAnd we will act soon,")};
        QTest::newRow("three-paragraph quotation")
            << QStringList{QStringLiteral("\u201COne."), QStringLiteral("\u201CTwo."),
                           QStringLiteral("\u201CThree,\u201D he said.")}
            << QStringList{QStringLiteral("One. | \u201CTwo. | \u201CThree,")};
        QTest::newRow("quote left open ends at its paragraph")
            << QStringList{QStringLiteral("\u201CWe will act,"), QStringLiteral("She left.")}
            << QStringList{"We will act, (open)"};
        QTest::newRow("straight quotes across paragraphs")
            << QStringList{QStringLiteral("\"First part."), QStringLiteral("\"Second part,\" he said.")}
            << QStringList{"First part. | \"Second part,"};

        // Apostrophes.
        QTest::newRow("apostrophes inside words")
            << QStringList{QStringLiteral("It's the ministry\u2019s plan, isn\u2019t it.")} << QStringList{};
        QTest::newRow("plural possessive") << QStringList{QStringLiteral("The allies' plans were clear.")}
                                           << QStringList{};
        QTest::newRow("curly plural possessive")
            << QStringList{QStringLiteral("The allies\u2019 plans were clear.")} << QStringList{};
        QTest::newRow("rock 'n' roll") << QStringList{QStringLiteral("They played rock 'n' roll all night.")}
                                       << QStringList{};
        QTest::newRow("rock \u2019n\u2019 roll")
            << QStringList{QStringLiteral("They played rock \u2019n\u2019 roll all night.")} << QStringList{};
        QTest::newRow("elided decade before a quote")
            << QStringList{QStringLiteral("Back in the '90s it was 'simply great' they said.")}
            << QStringList{"simply great"};
        QTest::newRow("plural possessive inside a single quote")
            << QStringList{QStringLiteral("\u2018The allies\u2019 plans are clear,\u2019 he said.")}
            << QStringList{QStringLiteral("The allies\u2019 plans are clear,")};
        QTest::newRow("an unclosed apostrophe hides no quote")
            << QStringList{QStringLiteral("He said 'sup and \"hello\" loudly.")} << QStringList{"hello"};
        QTest::newRow("feet and inches") << QStringList{QStringLiteral("He is 6'2\" tall.")}
                                         << QStringList{};

        // Headlines and single quotes.
        QTest::newRow("single-quoted phrase in a headline")
            << QStringList{QStringLiteral("Officials 'Closely Monitoring' Situation")}
            << QStringList{"Closely Monitoring"};
        QTest::newRow("curly single-quoted phrase in a headline")
            << QStringList{QStringLiteral("Officials \u2018Closely Monitoring\u2019 Situation, Allies\u2019 Aides Say")}
            << QStringList{"Closely Monitoring"};
        QTest::newRow("British single quotes")
            << QStringList{QStringLiteral("\u2018We will act,\u2019 he said.")} << QStringList{"We will act,"};
        QTest::newRow("British quotation across paragraphs")
            << QStringList{QStringLiteral("\u2018We will act."), QStringLiteral("\u2018And soon,\u2019 he said.")}
            << QStringList{QStringLiteral("We will act. | \u2018And soon,")};

        // Stray marks.
        QTest::newRow("stray closing mark invents no quote")
            << QStringList{QStringLiteral("He said no\u201D and left.")} << QStringList{};
        QTest::newRow("stray straight mark after a number")
            << QStringList{QStringLiteral("A 12\" pizza arrived.")} << QStringList{};
        QTest::newRow("empty quotes invent nothing") << QStringList{QStringLiteral("He said \"\" twice.")}
                                                     << QStringList{};
        QTest::newRow("empty paragraph") << QStringList{QString()} << QStringList{};

        // Other scripts' marks.
        QTest::newRow("German low and high marks")
            << QStringList{QStringLiteral("\u201EWir handeln\u201C, sagte er.")} << QStringList{"Wir handeln"};
        QTest::newRow("German nested single marks")
            << QStringList{QStringLiteral("\u201EEr sagte \u201Anie\u2018 dazu\u201C, hie\u00DF es.")}
            << QStringList{QStringLiteral("Er sagte \u201Anie\u2018 dazu")};
        QTest::newRow("French guillemets with no-break spaces")
            << QStringList{QStringLiteral("\u00AB\u00A0Nous agirons\u00A0\u00BB, a-t-il dit.")}
            << QStringList{"Nous agirons"};
        QTest::newRow("reversed guillemets")
            << QStringList{QStringLiteral("\u00BBWir handeln\u00AB, sagte er.")} << QStringList{"Wir handeln"};
        QTest::newRow("Swedish closing marks on both sides")
            << QStringList{QStringLiteral("\u201DVi agerar\u201D, sade han.")} << QStringList{"Vi agerar"};
        QTest::newRow("Japanese corner brackets")
            << QStringList{QStringLiteral("\u5F7C\u306F\u300C\u3053\u3093\u306B\u3061\u306F\u300D\u3068\u8A00\u3063\u305F\u3002")}
            << QStringList{QStringLiteral("\u3053\u3093\u306B\u3061\u306F")};
        QTest::newRow("white corner brackets")
            << QStringList{QStringLiteral("\u300E\u672C\u300F\u3092\u8AAD\u3080")} << QStringList{QStringLiteral("\u672C")};
        QTest::newRow("single angle quotes")
            << QStringList{QStringLiteral("Il a dit \u2039oui\u203A hier.")} << QStringList{"oui"};
    }
    void quotes()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, expected);
        const DocumentPtr document = makeDocument(paragraphs);
        QStringList found;
        for (const QuoteSpan &span : findQuotations(*document))
            found << quoteText(*document, span);
        QCOMPARE(found, expected);
    }

    void spanExcludesMarks()
    {
        const DocumentPtr document = makeDocument({QStringLiteral("He said \u201Cyes\u201D.")});
        const QVector<QuoteSpan> quotes = findQuotations(*document);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes[0].paragraph, 0);
        QCOMPARE(quotes[0].endParagraph, 0);
        QCOMPARE(quotes[0].start, 9);
        QCOMPARE(quotes[0].end, 12);
        QVERIFY(quotes[0].closed);
    }

    void runOnSpanCoordinates()
    {
        const DocumentPtr document = makeDocument(
            {QStringLiteral("Intro."), QStringLiteral("\u201CFirst."), QStringLiteral("\u201CLast,\u201D he said.")});
        const QVector<QuoteSpan> quotes = findQuotations(*document);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes[0].paragraph, 1);
        QCOMPARE(quotes[0].start, 1);
        QCOMPARE(quotes[0].endParagraph, 2);
        QCOMPARE(quotes[0].end, 6);
        QVERIFY(quotes[0].closed);
    }
};

QTEST_GUILESS_MAIN(TestQuotations)
#include "tst_quotations.moc"
