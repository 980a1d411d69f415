#include "report/jsonwriter.h"

#include "reportfixture.h"
#include "specchecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Recension;

Q_DECLARE_METATYPE(Recension::ComparisonPtr)

namespace {

/// The fixture plus a quotation that runs from paragraph 1 (after the emoji) into
/// paragraph 2 (past the decomposed accent): the case that needs endParagraph.
ComparisonPtr withRunOnQuotation()
{
    auto c = std::make_shared<Comparison>(*Test::handBuiltComparison());
    Quote quote;
    quote.status = QuoteStatus::Missing;
    const Span from = Test::findSpan(*c, Left, 1, QStringLiteral("postponed"));
    const Span to = Test::findSpan(*c, Left, 2, QStringLiteral("Ferreira"));
    quote.sides[Left] = {from.paragraph, from.start, to.end, to.paragraph};
    quote.similarity = 1.0 / 3.0;
    c->quotes.append(quote);
    return c;
}

QJsonObject toJson(const ComparisonPtr &comparison)
{
    return comparisonToJson(*comparison, JsonOptions{});
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void conformsToSpec_data()
    {
        QTest::addColumn<ComparisonPtr>("comparison");
        QTest::newRow("hand-built story") << Test::handBuiltComparison();
        QTest::newRow("quotation running over two paragraphs") << withRunOnQuotation();
        QTest::newRow("empty comparison") << ComparisonPtr(std::make_shared<Comparison>());
    }
    void conformsToSpec()
    {
        QFETCH(ComparisonPtr, comparison);
        const QJsonObject json = toJson(comparison);
        const QStringList problems = Test::specProblems(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void codePointOffsets_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("side");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("text");
        // "The council of Port Elden " is 26 code points, the emoji one more (two UTF-16
        // units), then a space: the word starts at code point 28, UTF-16 unit 29.
        QTest::newRow("word after an emoji") << "changes" << 1 << "left" << 28 << 37 << "postponed";
        // U+0301 is a code point of its own: six code points, five letters on screen.
        QTest::newRow("decomposed accent")
            << "changes" << 4 << "left" << 63 << 69 << QStringLiteral("Lu\u0301cia");
        QTest::newRow("span not touched by the emoji") << "changes" << 0 << "right" << 16 << 25
                                                       << "postpones";
        QTest::newRow("run-on quotation ends in its own paragraph")
            << "quotes" << 1 << "left" << 28 << 78
            << QStringLiteral("postponed its vote on the new bridge until March, officials said on "
                              "Tuesday.\n\u201cWe need more time to study the safety report,"
                              "\u201d said Mayor Ana Lu\u0301cia Ferreira");
    }
    void codePointOffsets()
    {
        QFETCH(QString, array);
        QFETCH(int, index);
        QFETCH(QString, side);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, text);
        const QJsonObject json = toJson(withRunOnQuotation());
        const QJsonObject span = json.value(array).toArray().at(index).toObject().value(side).toObject();
        QCOMPARE(span.value(QStringLiteral("start")).toInt(), start);
        QCOMPARE(span.value(QStringLiteral("end")).toInt(), end);
        QCOMPARE(span.value(QStringLiteral("text")).toString(), text);
    }

    void endParagraphOnlyWhenTheSpanRunsOn()
    {
        const QJsonObject json = toJson(withRunOnQuotation());
        const QJsonArray quotes = json.value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.at(0).toObject().value(QStringLiteral("left")).toObject().contains(
            QStringLiteral("endParagraph")));
        QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("left")).toObject().value(
                     QStringLiteral("endParagraph")).toInt(), 2);
        QVERIFY(quotes.at(1).toObject().value(QStringLiteral("right")).isNull());
    }

    void summaryCountsEveryValue_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("count");
        QTest::newRow("synonyms") << "byCategory" << "synonym" << 4;
        QTest::newRow("numbers") << "byCategory" << "number" << 2;
        QTest::newRow("a category with no change") << "byCategory" << "punctuation" << 0;
        QTest::newRow("high severity") << "bySeverity" << "high" << 4;
        QTest::newRow("altered quotations") << "quotes" << "altered" << 1;
        QTest::newRow("a quote status with none") << "quotes" << "unquoted" << 0;
    }
    void summaryCountsEveryValue()
    {
        QFETCH(QString, group);
        QFETCH(QString, key);
        QFETCH(int, count);
        const QJsonObject summary = toJson(Test::handBuiltComparison()).value(QStringLiteral("summary")).toObject();
        const QJsonObject counts = summary.value(group).toObject();
        QVERIFY(counts.contains(key));
        QCOMPARE(counts.value(key).toInt(), count);
        QCOMPARE(summary.value(QStringLiteral("changes")).toInt(), 11);
    }

    void floatsKeepFourDecimals_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("similarity") << "\"similarity\": 0.8765\n";
        QTest::newRow("sentence score") << "\"score\": 0.1235";
        QTest::newRow("a third") << "\"similarity\": 0.3333,";
    }
    void floatsKeepFourDecimals()
    {
        QFETCH(QString, json);
        const QByteArray bytes = comparisonToJsonBytes(*withRunOnQuotation(), JsonOptions{});
        QVERIFY2(bytes.contains(json.toUtf8()), bytes.constData());
    }

    void outputIsByteIdenticalWithoutTimestamp()
    {
        const ComparisonPtr comparison = Test::handBuiltComparison();
        const QByteArray first = comparisonToJsonBytes(*comparison, JsonOptions{});
        const QByteArray second = comparisonToJsonBytes(*Test::handBuiltComparison(), JsonOptions{});
        QCOMPARE(first, second);
        QVERIFY(!first.contains("\"generated\""));
    }

    void generatedIsUtc()
    {
        JsonOptions options;
        options.generated = QDateTime(QDate(2026, 11, 22), QTime(11, 30), Qt::OffsetFromUTC, 3600);
        const QJsonObject json = comparisonToJson(*Test::handBuiltComparison(), options);
        QCOMPARE(json.value(QStringLiteral("generated")).toString(), QStringLiteral("2026-11-22T10:30:00Z"));
        QCOMPARE(json.value(QStringLiteral("generator")).toString(),
                 QStringLiteral("recension " RECENSION_VERSION));
    }

    void nullSidesAndSpeakers()
    {
        const QJsonObject json = toJson(Test::handBuiltComparison());
        const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
        QVERIFY(changes.at(8).toObject().value(QStringLiteral("right")).isNull());
        QVERIFY(changes.at(9).toObject().value(QStringLiteral("left")).isNull());
        QCOMPARE(changes.at(3).toObject().value(QStringLiteral("inQuote")).toBool(), true);
        const QJsonObject quote = json.value(QStringLiteral("quotes")).toArray().at(0).toObject();
        QCOMPARE(quote.value(QStringLiteral("speaker")).toString(), QStringLiteral("Ferreira"));
        QCOMPARE(toJson(withRunOnQuotation()).value(QStringLiteral("quotes")).toArray().at(1)
                     .toObject().value(QStringLiteral("speaker")).type(), QJsonValue::Null);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
