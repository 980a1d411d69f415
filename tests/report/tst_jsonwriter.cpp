#include "report/jsonwriter.h"

#include "reportfixture.h"
#include "specchecker.h"

#include <QBuffer>
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

/// The fixture as version 2 sees it: the new categories, a quotation's synonym at medium,
/// the second similarity, a watch list and findings in the order the spec asks for.
ComparisonPtr withFindings()
{
    auto c = std::make_shared<Comparison>(*Test::handBuiltComparison());
    c->changes[0].category = Category::Format; // delays / postpones
    c->changes[0].severity = Severity::Low;
    c->changes[1].category = Category::Polarity; // postponed / delayed
    c->changes[1].severity = Severity::High;
    c->changes[3].severity = Severity::Medium; // safety / security, inside the quotation
    c->changes[10].category = Category::Hedge; // began / started
    c->changes[10].severity = Severity::Medium;
    c->wordsKept = 0.71234;
    c->options.watch.terms = {QStringLiteral("bridge"), QStringLiteral("Ferreira")};
    c->options.watch.sha256 = QByteArray(64, 'c');
    const auto finding = [&](FindingKind kind, Severity severity, const char *left,
                             const char *right, QVector<int> changes, int quote = -1) {
        Finding f;
        f.id = int(c->findings.size()) + 1;
        f.kind = kind;
        f.severity = severity;
        f.gist = {QString::fromUtf8(left), QString::fromUtf8(right)};
        f.changes = changes;
        f.quote = quote;
        c->findings.append(f);
    };
    finding(FindingKind::Polarity, Severity::High, "postponed", "delayed", {2});
    finding(FindingKind::Quote, Severity::High, "We need more time to study the safety report,",
            "We need more time to study the security report,", {4}, 0);
    finding(FindingKind::Name, Severity::High, "Lu\u0301cia", "Lucia", {5});
    finding(FindingKind::Number, Severity::High, "fifty", "sixty", {6});
    finding(FindingKind::Number, Severity::High, "12", "15", {8});
    finding(FindingKind::Claim, Severity::Medium, "Critics say the plan ignores the harbour.", "",
            {9});
    finding(FindingKind::Hedge, Severity::Medium, "began", "started", {11});
    return c;
}

/// Text that needs every kind of escape, and a surrogate that lost its partner.
ComparisonPtr withAwkwardText()
{
    auto c = std::make_shared<Comparison>(*Test::handBuiltComparison());
    auto doc = std::make_shared<Document>(*c->documents[Left]);
    doc->paragraphs[6].text = QStringLiteral("Tab\there, \"quoted\" back\\slash\r\n\b\f\u0001\u001f "
                                             "\u007f \u00e9 \u20ac ")
        + QChar(0xd800) + QStringLiteral(" lone ") + QChar(0xdc00) + QStringLiteral(" end");
    doc->path = QStringLiteral("caf\u00e9/\u65b0\u805e.txt");
    c->documents[Left] = doc;
    return c;
}

QJsonObject toJson(const ComparisonPtr &comparison)
{
    return QJsonDocument::fromJson(comparisonToJsonBytes(*comparison, JsonOptions{})).object();
}

/// `root` with the value at `path` replaced (or removed, for an undefined value).
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = root.toArray();
        array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    const QJsonValue inner = withValue(object.value(step), path, value);
    if (inner.isUndefined())
        object.remove(step);
    else
        object.insert(step, inner);
    return object;
}

/// The hand-built story with provenance: every field on the left, the outlet only on the
/// right (resources/formats/provenance.md).
ComparisonPtr withProvenance()
{
    auto comparison = std::make_shared<Comparison>(*Test::handBuiltComparison());
    auto left = std::make_shared<Document>(*comparison->documents[Left]);
    left->provenance = {QStringLiteral("The Harbour Gazette"),
                        QStringLiteral("https://gazette.example/news/harbour"),
                        QStringLiteral("2026-11-20T08:30:00+00:00"), QStringLiteral("2026-11-21")};
    auto right = std::make_shared<Document>(*comparison->documents[Right]);
    right->provenance.outlet = QStringLiteral("Port Daily");
    comparison->documents = {left, right};
    return comparison;
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
        QTest::newRow("findings, watch list and the new categories") << withFindings();
        QTest::newRow("text with every escape") << withAwkwardText();
        QTest::newRow("versions with provenance") << withProvenance();
    }

    void provenanceIsAnOptionalExtension()
    {
        const QJsonObject json = toJson(withProvenance());
        const QJsonObject left = json.value(QStringLiteral("left")).toObject();
        QCOMPARE(left.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://gazette.example/news/harbour"));
        const QJsonObject right =
            json.value(QStringLiteral("right")).toObject().value(QStringLiteral("provenance")).toObject();
        QCOMPARE(right.keys(), QStringList{QStringLiteral("outlet")}); // only what is known
        // Without provenance nothing is written: version 2 files stay byte-identical.
        QVERIFY(!toJson(Test::handBuiltComparison()).value(QStringLiteral("left")).toObject()
                     .contains(QStringLiteral("provenance")));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
    }
    void conformsToSpec()
    {
        QFETCH(ComparisonPtr, comparison);
        const QJsonObject json = toJson(comparison);
        const QStringList problems = Test::specProblems(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The streamed text is what QJsonDocument writes for the same values: same layout,
    // same escapes, same number forms, keys in its (alphabetical) order.
    void sameBytesAsQJsonDocument_data() { conformsToSpec_data(); }
    void sameBytesAsQJsonDocument()
    {
        QFETCH(ComparisonPtr, comparison);
        JsonOptions options;
        options.generated = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        const QByteArray bytes = comparisonToJsonBytes(*comparison, options);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QByteArray rewritten = parsed.toJson(QJsonDocument::Indented);
        if (rewritten != bytes) {
            qsizetype at = 0;
            while (at < bytes.size() && at < rewritten.size() && bytes[at] == rewritten[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("differs at byte %1: streamed \"%2\", QJsonDocument \"%3\"")
                                 .arg(at)
                                 .arg(QString::fromUtf8(bytes.mid(at - 40, 80)),
                                      QString::fromUtf8(rewritten.mid(at - 40, 80)))));
        }
    }

    void sameBytesThroughADevice_data() { conformsToSpec_data(); }
    void sameBytesThroughADevice()
    {
        QFETCH(ComparisonPtr, comparison);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeComparisonJson(*comparison, JsonOptions{}, &buffer));
        QCOMPARE(buffer.data(), comparisonToJsonBytes(*comparison, JsonOptions{}));
    }

    void versionTwoFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("version") << "version" << QJsonValue(2);
        QTest::newRow("words kept, rounded") << "summary/wordsKept" << QJsonValue(0.7123);
        QTest::newRow("high findings") << "summary/findings/high" << QJsonValue(5);
        QTest::newRow("medium findings") << "summary/findings/medium" << QJsonValue(2);
        QTest::newRow("a new category counted") << "summary/byCategory/polarity" << QJsonValue(1);
        QTest::newRow("a new category with none") << "summary/byCategory/speaker" << QJsonValue(0);
        QTest::newRow("watch list terms") << "options/watch/terms" << QJsonValue(2);
        QTest::newRow("watch list hash") << "options/watch/sha256" << QJsonValue(QString(64, QLatin1Char('c')));
        QTest::newRow("altered quotation is high") << "quotes/0/severity" << QJsonValue("high");
        QTest::newRow("finding kind") << "findings/1/kind" << QJsonValue("quote");
        QTest::newRow("finding's quotation") << "findings/1/quote" << QJsonValue(0);
        QTest::newRow("finding gist") << "findings/2/left" << QJsonValue(QStringLiteral("Lu\u0301cia"));
        QTest::newRow("one-sided finding gist") << "findings/5/right" << QJsonValue("");
        QTest::newRow("finding changes") << "findings/3/changes/0" << QJsonValue(6);
        QTest::newRow("no quote outside quote findings") << "findings/0/quote" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("change of a new category") << "changes/10/category" << QJsonValue("hedge");
    }
    void versionTwoFields()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        QJsonValue value = toJson(withFindings());
        for (const QString &step : path.split(QLatin1Char('/'))) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            value = isIndex ? value.toArray().at(index) : value.toObject().value(step);
        }
        QCOMPARE(value, expected);
    }

    void noWatchListIsNull()
    {
        const QJsonObject options = toJson(Test::handBuiltComparison()).value(QStringLiteral("options")).toObject();
        QVERIFY(options.contains(QStringLiteral("watch")));
        QVERIFY(options.value(QStringLiteral("watch")).isNull());
        QCOMPARE(toJson(Test::handBuiltComparison()).value(QStringLiteral("findings")).toArray().size(), 0);
    }

    // The checker is only worth its verdicts if it refuses what the spec forbids.
    void specCheckerRefuses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("version 1") << "version" << QJsonValue(1) << "version is not 2";
        QTest::newRow("no words kept") << "summary/wordsKept" << QJsonValue(QJsonValue::Undefined)
                                       << "missing \"wordsKept\"";
        QTest::newRow("similarity 1.0 with a change of fact left")
            << "summary/similarity" << QJsonValue(1.0) << "similarity is 1.0 while a polarity change";
        QTest::newRow("category count missing") << "summary/byCategory/hedge"
                                                << QJsonValue(QJsonValue::Undefined) << "missing \"hedge\"";
        QTest::newRow("category miscounted") << "summary/byCategory/number" << QJsonValue(3)
                                             << "\"number\" = 3 but 2 items";
        QTest::newRow("unknown category") << "changes/0/category" << QJsonValue("style")
                                          << "\"category\" = \"style\"";
        QTest::newRow("verbatim quotation at high") << "quotes/0/status" << QJsonValue("verbatim")
                                                    << "a quotation verbatim is low";
        QTest::newRow("low change in a finding") << "findings/0/changes/0" << QJsonValue(1)
                                                 << "lists change 1, which is low";
        QTest::newRow("high finding after medium") << "findings/6/severity" << QJsonValue("high")
                                                   << "a high finding follows a medium one";
        QTest::newRow("findings out of reading order") << "findings/0/changes/0" << QJsonValue(8)
                                                       << "stands before the previous finding";
        QTest::newRow("quotation on a name finding") << "findings/2/quote" << QJsonValue(0)
                                                     << "only a quote finding names a quotation";
        QTest::newRow("watch list without hash") << "options/watch/sha256"
                                                 << QJsonValue(QJsonValue::Undefined) << "missing \"sha256\"";
        QTest::newRow("empty provenance") << "left/provenance" << QJsonValue(QJsonObject())
                                          << "left.provenance: is empty";
        QTest::newRow("provenance outlet not a string")
            << "left/provenance" << QJsonValue(QJsonObject{{QStringLiteral("outlet"), 3}})
            << "left.provenance.outlet: is not a non-empty string";
        QTest::newRow("unknown provenance member")
            << "right/provenance" << QJsonValue(QJsonObject{{QStringLiteral("author"), QStringLiteral("X")}})
            << "has an unknown member author";
    }
    void specCheckerRefuses()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QJsonObject root = toJson(withFindings());
        QVERIFY(Test::specProblems(root).isEmpty());
        root = withValue(root, path.split(QLatin1Char('/')), value).toObject();
        const QString problems = Test::specProblems(root).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(problem), qPrintable(problems));
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
        QTest::newRow("similarity") << "\"similarity\": 0.8765,\n";
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
        const QJsonObject json =
            QJsonDocument::fromJson(comparisonToJsonBytes(*Test::handBuiltComparison(), options)).object();
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
