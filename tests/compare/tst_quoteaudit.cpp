// The quote audit: which quotations a version has, how each fared in the other version and
// who said it, on sentences written for these tests.
#include "comparetesthelpers.h"

#include "compare/quoteaudit.h"

using namespace Recension;
using namespace Recension::TestSupport;

Q_DECLARE_METATYPE(Recension::QuoteStatus)
Q_DECLARE_METATYPE(Recension::Category)
Q_DECLARE_METATYPE(Recension::Severity)

namespace {

/// The quotations of one side of a comparison, as the text they cover.
QStringList quoteTexts(const Comparison &c, Side side)
{
    QStringList texts;
    for (const Quote &quote : c.quotes)
        if (!quote.sides[side].isNull())
            texts << c.spanText(side, quote.sides[side]);
    return texts;
}

QString describeQuotes(const Comparison &c)
{
    QStringList lines{describe(c)};
    for (const Quote &quote : c.quotes) {
        QStringList ids;
        for (int id : quote.changes)
            ids << QString::number(id);
        lines << QStringLiteral("quote %1 speaker=%2 sim=%3 changes=[%4]: «%5» / «%6»")
                     .arg(toString(quote.status), quote.speaker)
                     .arg(quote.similarity, 0, 'f', 2)
                     .arg(ids.join(QLatin1Char(',')), c.spanText(Left, quote.sides[Left]),
                          c.spanText(Right, quote.sides[Right]));
    }
    return lines.join(QLatin1Char('\n'));
}

const Change *changeWithId(const Comparison &c, int id)
{
    for (const Change &change : c.changes)
        if (change.id == id)
            return &change;
    return nullptr;
}

} // namespace

class TestQuoteAudit : public QObject
{
    Q_OBJECT
private slots:
    // Which quotations a text holds: the marks are read by app/text/quotations.cpp, the
    // audit turns them into QUOTE objects (a text compared with itself: all verbatim).
    void quotationsFound_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("quotes");

        QTest::newRow("apostrophes are never quote marks")
            << QStringList{QStringLiteral("It's clear the allies' plans changed, and rock 'n' roll played at the quay until the '90s.")}
            << QStringList{};
        QTest::newRow("curly apostrophes are never quote marks")
            << QStringList{QStringLiteral("It\u2019s clear the allies\u2019 plans changed, and rock \u2019n\u2019 roll played on.")}
            << QStringList{};
        QTest::newRow("straight double quotes open and close with one character")
            << QStringList{QStringLiteral("The mayor called it \"a fair plan\" and the council \"a careful body\" on Monday.")}
            << QStringList{QStringLiteral("a fair plan"), QStringLiteral("a careful body")};
        QTest::newRow("single-quoted phrase in a headline")
            << QStringList{QStringLiteral("Harbour Board Is 'Closely Watching' The Storm"),
                           QStringLiteral("The board met on Monday to discuss the storm and the damage it did.")}
            << QStringList{QStringLiteral("Closely Watching")};
        // A quotation over paragraphs is one span: it holds the marks re-opening the later ones.
        QTest::newRow("quotation left open continues into a paragraph opening with a mark")
            << QStringList{QStringLiteral("\u201CWe will rebuild the wall before winter,\u201D the mayor said. \u201CThe boats need it."),
                           QStringLiteral("\u201CAnd the town needs the boats,\u201D she added.")}
            << QStringList{QStringLiteral("We will rebuild the wall before winter,"),
                           QStringLiteral("The boats need it.\n\u201CAnd the town needs the boats,")};
        QTest::newRow("stray closing mark after ordinary text")
            << QStringList{QStringLiteral("The harbour wall was repaired last spring,\u201D and the boats came back in May."),
                           QStringLiteral("The council thanked the builders on Friday.")}
            << QStringList{};
        QTest::newRow("stray straight mark after ordinary text")
            << QStringList{QStringLiteral("The wall was repaired last spring.\" The boats came back in May and stayed."),
                           QStringLiteral("The council thanked the builders on Friday.")}
            << QStringList{};
        QTest::newRow("stray closing mark before a real quotation")
            << QStringList{QStringLiteral("The wall was repaired,\u201D and the mayor said \u201Cit will hold\u201D on Friday.")}
            << QStringList{QStringLiteral("it will hold")};
    }
    void quotationsFound()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, quotes);
        const ComparisonPtr c = compareParagraphs(paragraphs, paragraphs);
        QVERIFY(c);
        QCOMPARE(quoteTexts(*c, Left), quotes);
        QCOMPARE(quoteTexts(*c, Right), quotes);
        for (const Quote &quote : c->quotes)
            QCOMPARE(toString(quote.status), toString(QuoteStatus::Verbatim));
    }

    void status_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QuoteStatus>("status");
        QTest::addColumn<QString>("leftText");
        QTest::addColumn<QString>("rightText");

        QTest::newRow("one synonym swapped is altered")
            << QStringList{QStringLiteral("\"We are worried about the harbour wall,\" the mayor said on Friday.")}
            << QStringList{QStringLiteral("\"We are concerned about the harbour wall,\" the mayor said on Friday.")}
            << QuoteStatus::Altered << QStringLiteral("We are worried about the harbour wall,")
            << QStringLiteral("We are concerned about the harbour wall,");
        QTest::newRow("case and quote style only is verbatim")
            << QStringList{QStringLiteral("\u201CWe Are Worried About The Harbour Wall,\u201D the mayor said on Friday.")}
            << QStringList{QStringLiteral("\"we are worried about the harbour wall\" the mayor said on Friday.")}
            << QuoteStatus::Verbatim << QStringLiteral("We Are Worried About The Harbour Wall,")
            << QStringLiteral("we are worried about the harbour wall");
        QTest::newRow("split by its attribution is one quotation")
            << QStringList{QStringLiteral("\"We are worried,\" he said, \"about the harbour wall and the boats.\"")}
            << QStringList{QStringLiteral("\"We are worried about the harbour wall and the boats,\" he said.")}
            << QuoteStatus::Verbatim
            << QStringLiteral("We are worried,\" he said, \"about the harbour wall and the boats.")
            << QStringLiteral("We are worried about the harbour wall and the boats,");
        // The span holds the mark that re-opens the second paragraph, as quotationsFound shows.
        QTest::newRow("quotation over two paragraphs is one quotation")
            << QStringList{QStringLiteral("The mayor spoke after the storm. \u201CThe wall held for a week and then it broke."),
                           QStringLiteral("\u201CWe will build it again, higher and stronger,\u201D she said.")}
            << QStringList{QStringLiteral("The mayor spoke after the storm. \u201CThe wall held for a week and then it broke."),
                           QStringLiteral("\u201CWe will build it again, taller and stronger,\u201D she said.")}
            << QuoteStatus::Altered
            << QStringLiteral("The wall held for a week and then it broke.\n\u201CWe will build it again, higher and stronger,")
            << QStringLiteral("The wall held for a week and then it broke.\n\u201CWe will build it again, taller and stronger,");
        QTest::newRow("quotation that moved to another paragraph")
            << QStringList{QStringLiteral("Storm damage in the harbour"),
                           QStringLiteral("\"The wall will not survive another winter like this one,\" said engineer Marta Olsen."),
                           QStringLiteral("The council met on Monday and agreed to pay for repairs to the quay.")}
            << QStringList{QStringLiteral("Storm damage in the harbour"),
                           QStringLiteral("The council met on Monday and agreed to pay for repairs to the quay."),
                           QStringLiteral("\"The wall will not survive another winter like this one,\" said engineer Marta Olsen.")}
            << QuoteStatus::Verbatim
            << QStringLiteral("The wall will not survive another winter like this one,")
            << QStringLiteral("The wall will not survive another winter like this one,");
        QTest::newRow("quote marks dropped is unquoted")
            << QStringList{QStringLiteral("The mayor said \"the wall will be rebuilt before the winter storms\" at the meeting.")}
            << QStringList{QStringLiteral("The mayor said the wall will be rebuilt before the winter storms at the meeting.")}
            << QuoteStatus::Unquoted << QStringLiteral("the wall will be rebuilt before the winter storms")
            << QStringLiteral("the wall will be rebuilt before the winter storms");
        QTest::newRow("quotation cut is missing")
            << QStringList{QStringLiteral("The council met on Monday and agreed to pay for the repairs."),
                           QStringLiteral("\"Nobody here has seen a tide like it in forty years,\" said fisherman Per Lund.")}
            << QStringList{QStringLiteral("The council met on Monday and agreed to pay for the repairs.")}
            << QuoteStatus::Missing
            << QStringLiteral("Nobody here has seen a tide like it in forty years,") << QString();
        QTest::newRow("new quotation is added")
            << QStringList{QStringLiteral("The council met on Monday and agreed to pay for the repairs.")}
            << QStringList{QStringLiteral("The council met on Monday and agreed to pay for the repairs."),
                           QStringLiteral("\"Nobody here has seen a tide like it in forty years,\" said fisherman Per Lund.")}
            << QuoteStatus::Added
            << QString() << QStringLiteral("Nobody here has seen a tide like it in forty years,");
        QTest::newRow("quotation reworded beyond its words stays paired in place")
            << QStringList{QStringLiteral("The engineers said the stones had \"received extensive damage below.\" Repairs start in May.")}
            << QStringList{QStringLiteral("The engineers said the stones had \"suffered heavy harm underneath.\" Repairs start in May.")}
            << QuoteStatus::Altered << QStringLiteral("received extensive damage below.")
            << QStringLiteral("suffered heavy harm underneath.");
    }
    void status()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QuoteStatus, status);
        QFETCH(QString, leftText);
        QFETCH(QString, rightText);
        const ComparisonPtr c = compareParagraphs(left, right);
        QVERIFY(c);
        QVERIFY2(c->quotes.size() == 1, qPrintable(describeQuotes(*c)));
        const Quote &quote = c->quotes.first();
        QVERIFY2(quote.status == status, qPrintable(describeQuotes(*c)));
        QCOMPARE(c->spanText(Left, quote.sides[Left]), leftText);
        QCOMPARE(c->spanText(Right, quote.sides[Right]), rightText);
        QCOMPARE(quote.sides[Left].isNull(), leftText.isNull());
        QCOMPARE(quote.sides[Right].isNull(), rightText.isNull());
        if (status == QuoteStatus::Verbatim)
            QCOMPARE(quote.similarity, 1.0);
        if (status == QuoteStatus::Missing || status == QuoteStatus::Added)
            QCOMPARE(quote.similarity, 0.0);
        QVERIFY(quote.similarity >= 0.0 && quote.similarity <= 1.0);
    }

    void alteredQuoteNamesItsChanges_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<Category>("category");
        QTest::addColumn<QString>("swap");
        QTest::addColumn<double>("similarity");

        // Seven words a side, one swapped: 12 of 14 kept. A synonym is not the word said.
        QTest::newRow("synonym swapped")
            << QStringLiteral("\"We are worried about the harbour wall,\" the mayor said on Friday.")
            << QStringLiteral("\"We are concerned about the harbour wall,\" the mayor said on Friday.")
            << Category::Synonym << QStringLiteral("worried → concerned") << 12.0 / 14.0;
        QTest::newRow("figure changed")
            << QStringLiteral("\"We moved 3,600 containers through the port last week,\" the manager said.")
            << QStringLiteral("\"We moved 6,300 containers through the port last week,\" the manager said.")
            << Category::Number << QStringLiteral("3,600 → 6,300") << 16.0 / 18.0;
    }
    void alteredQuoteNamesItsChanges()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(Category, category);
        QFETCH(QString, swap);
        QFETCH(double, similarity);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QVERIFY2(c->quotes.size() == 1, qPrintable(describeQuotes(*c)));
        const Quote &quote = c->quotes.first();
        QCOMPARE(toString(quote.status), toString(QuoteStatus::Altered));
        QVERIFY2(quote.changes.size() == 1, qPrintable(describeQuotes(*c)));
        const Change *change = changeWithId(*c, quote.changes.first());
        QVERIFY(change);
        QCOMPARE(toString(change->category), toString(category));
        QVERIFY(change->severity != Severity::Low);
        QVERIFY(change->inQuote);
        QCOMPARE(c->spanText(Left, change->sides[Left]) + QStringLiteral(" → ")
                     + c->spanText(Right, change->sides[Right]),
                 swap);
        QVERIFY2(qFuzzyCompare(quote.similarity, similarity), qPrintable(describeQuotes(*c)));
    }

    // A quotation's similarity is its wording kept, 1.0 exactly when verbatim; its
    // severity follows its fate.
    void similarityAndSeverity_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QuoteStatus>("status");
        QTest::addColumn<double>("least");
        QTest::addColumn<double>("most");
        QTest::addColumn<Severity>("severity");

        const QString council = QStringLiteral("The council met on Monday and agreed to pay for the repairs.");
        QTest::newRow("word for word is verbatim, low")
            << QStringList{QStringLiteral("\"The tide came over the wall at dawn,\" said fisherman Per Lund.")}
            << QStringList{QStringLiteral("\"The tide came over the wall at dawn,\" said fisherman Per Lund.")}
            << QuoteStatus::Verbatim << 1.0 << 1.0 << Severity::Low;
        QTest::newRow("case, quote style and punctuation only is verbatim")
            << QStringList{QStringLiteral("\u201CThe Tide Came Over The Wall, At Dawn,\u201D said fisherman Per Lund.")}
            << QStringList{QStringLiteral("\"the tide came over the wall at dawn\" said fisherman Per Lund.")}
            << QuoteStatus::Verbatim << 1.0 << 1.0 << Severity::Low;
        QTest::newRow("a number word for its digits is verbatim")
            << QStringList{QStringLiteral("\"We lost two boats in the night,\" said fisherman Per Lund.")}
            << QStringList{QStringLiteral("\"We lost 2 boats in the night,\" said fisherman Per Lund.")}
            << QuoteStatus::Verbatim << 1.0 << 1.0 << Severity::Low;
        QTest::newRow("a word added is altered, high, below 100 %")
            << QStringList{QStringLiteral("\"We lost two boats in the night,\" said fisherman Per Lund.")}
            << QStringList{QStringLiteral("\"We lost two old boats in the night,\" said fisherman Per Lund.")}
            << QuoteStatus::Altered << 14.0 / 15.0 << 14.0 / 15.0 << Severity::High;
        QTest::newRow("reworded beyond its words is altered, far below 100 %")
            << QStringList{QStringLiteral("The engineers said the stones had \"received extensive damage below.\" Repairs start in May.")}
            << QStringList{QStringLiteral("The engineers said the stones had \"suffered heavy harm underneath.\" Repairs start in May.")}
            << QuoteStatus::Altered << 0.0 << 0.0 << Severity::High;
        QTest::newRow("quote marks dropped is unquoted, medium")
            << QStringList{QStringLiteral("The mayor said \"the wall will be rebuilt before the winter storms\" at the meeting.")}
            << QStringList{QStringLiteral("The mayor said the wall will be rebuilt before the winter storms at the meeting.")}
            << QuoteStatus::Unquoted << 0.99 << 1.0 << Severity::Medium;
        QTest::newRow("cut is missing, medium")
            << QStringList{council, QStringLiteral("\"Nobody here has seen a tide like it,\" said fisherman Per Lund.")}
            << QStringList{council} << QuoteStatus::Missing << 0.0 << 0.0 << Severity::Medium;
        QTest::newRow("new is added, high")
            << QStringList{council}
            << QStringList{council, QStringLiteral("\"Nobody here has seen a tide like it,\" said fisherman Per Lund.")}
            << QuoteStatus::Added << 0.0 << 0.0 << Severity::High;
    }
    void similarityAndSeverity()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QuoteStatus, status);
        QFETCH(double, least);
        QFETCH(double, most);
        QFETCH(Severity, severity);
        const ComparisonPtr c = compareParagraphs(left, right);
        QVERIFY(c);
        QVERIFY2(c->quotes.size() == 1, qPrintable(describeQuotes(*c)));
        const Quote &quote = c->quotes.first();
        QVERIFY2(quote.status == status, qPrintable(describeQuotes(*c)));
        QVERIFY2(quote.similarity >= least - 1e-9 && quote.similarity <= most + 1e-9,
                 qPrintable(describeQuotes(*c)));
        QCOMPARE(quote.similarity == 1.0, status == QuoteStatus::Verbatim);
        QCOMPARE(toString(quoteSeverity(quote.status)), toString(severity));
    }

    void speaker_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("speaker");

        const QString quote = QStringLiteral("\"The wall will hold through the winter,\"");
        QTest::newRow("the minister said") << QStringList{quote + QStringLiteral(" the minister said.")}
                                           << QStringLiteral("the minister");
        QTest::newRow("said and a name") << QStringList{quote + QStringLiteral(" said Anders Wiklund.")}
                                         << QStringLiteral("Wiklund");
        QTest::newRow("name and said") << QStringList{quote + QStringLiteral(" Anders Wiklund said on Friday.")}
                                       << QStringLiteral("Wiklund");
        QTest::newRow("according to the ministry")
            << QStringList{quote + QStringLiteral(" according to the ministry.")} << QStringLiteral("the ministry");
        QTest::newRow("name added") << QStringList{quote + QStringLiteral(" Wiklund added.")}
                                    << QStringLiteral("Wiklund");
        QTest::newRow("name warned before the quotation")
            << QStringList{QStringLiteral("Engineer Marta Olsen warned: ") + quote.chopped(2) + QStringLiteral(".\"")}
            << QStringLiteral("Olsen");
        QTest::newRow("name, who added that")
            << QStringList{QStringLiteral("The plan came from engineer Marta Olsen, who added that \"the wall will hold.\"")}
            << QStringLiteral("Olsen");
        QTest::newRow("she told reporters, after her name")
            << QStringList{QStringLiteral("Mayor Ingrid Solberg opened the meeting on Monday."),
                           QStringLiteral("\"We start at dawn,\" Solberg said. \"Everyone will help.\""),
                           quote + QStringLiteral(" she told reporters.")}
            << QStringLiteral("Solberg");
        QTest::newRow("she said, after her name earlier in the paragraph")
            << QStringList{QStringLiteral("Dock worker Marta Olsen said the mood on the quay was calm. ")
                           + quote + QStringLiteral(" she said.")}
            << QStringLiteral("Olsen");
        QTest::newRow("a pronoun with nobody before it")
            << QStringList{quote + QStringLiteral(" he said.")} << QString();
        QTest::newRow("no attribution") << QStringList{QStringLiteral("The sign read \"closed for repairs\" all week.")}
                                        << QString();
        QTest::newRow("what the quotation names is not its speaker")
            << QStringList{QStringLiteral("Fisherman Ole Brekke knew the problem \"as old as the harbour\" from his father.")}
            << QString();
        QTest::newRow("a body right before the quotation speaks")
            << QStringList{QStringLiteral("The harbour board is sure. The council \"will rebuild the wall by spring.\"")}
            << QStringLiteral("The council");
    }
    void speaker()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, speaker);
        const ComparisonPtr c = compareParagraphs(paragraphs, paragraphs);
        QVERIFY(c);
        QVERIFY(!c->quotes.isEmpty());
        QVERIFY2(c->quotes.last().speaker == speaker, qPrintable(describeQuotes(*c)));
    }

    void changedSpeakerIsSpeakerChange_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("speaker");

        QTest::newRow("another name")
            << QStringLiteral("\"The wall will hold through the winter,\" said engineer Marta Olsen.")
            << QStringLiteral("\"The wall will hold through the winter,\" said engineer Marta Lindqvist.")
            << QStringLiteral("Olsen");
        QTest::newRow("respelled name")
            << QStringLiteral("\"The wall will hold through the winter,\" Anders Wiklund said.")
            << QStringLiteral("\"The wall will hold through the winter,\" Anders Wicklund said.")
            << QStringLiteral("Wiklund");
    }
    void changedSpeakerIsSpeakerChange()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, speaker);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        QVERIFY2(c->quotes.size() == 1, qPrintable(describeQuotes(*c)));
        const Quote &quote = c->quotes.first();
        QCOMPARE(toString(quote.status), toString(QuoteStatus::Verbatim));
        QCOMPARE(quote.speaker, speaker);
        const QStringList speakers = changesOf(*c, Category::Speaker);
        QVERIFY2(speakers.size() == 1, qPrintable(describeQuotes(*c)));
        for (const Change &change : c->changes) {
            if (change.category != Category::Speaker)
                continue;
            QCOMPARE(toString(change.severity), toString(Severity::High));
            QVERIFY(quote.changes.contains(change.id));
        }
        for (int i = 0; i < c->changes.size(); ++i)
            QCOMPARE(c->changes[i].id, i + 1);
    }

    void sameSpeakerIsNoChange()
    {
        const ComparisonPtr c = compareParagraphs(
            {QStringLiteral("\"The wall will hold,\" the harbour engineer said. Work starts on Monday.")},
            {QStringLiteral("\"The wall will hold,\" the port engineer said. Work starts on Monday.")});
        QVERIFY(c);
        QVERIFY2(changesOf(*c, Category::Speaker).isEmpty(), qPrintable(describeQuotes(*c)));
    }

    void summaryCountsEveryQuote()
    {
        const ComparisonPtr c = compareParagraphs(
            {QStringLiteral("\"We are worried,\" the mayor said. The council met on Monday."),
             QStringLiteral("\"Nobody has seen a tide like it,\" said fisherman Per Lund.")},
            {QStringLiteral("\"We are concerned,\" the mayor said. The council met on Monday.")});
        QVERIFY(c);
        const auto counts = c->countByQuoteStatus();
        QCOMPARE(counts[int(QuoteStatus::Altered)], 1);
        QCOMPARE(counts[int(QuoteStatus::Missing)], 1);
        QCOMPARE(c->quotes.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestQuoteAudit)
#include "tst_quoteaudit.moc"
