#include "comparisonbuilder.h"
#include "ui/panels/evidence.h"

#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

class TestEvidence : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void text_data();
    void text();
    void multiLineParagraph();
    void pdfParagraphSaysItsPage_data();
    void pdfParagraphSaysItsPage();
    void speakerOfAQuotation_data();
    void speakerOfAQuotation();
    void severalChanges();
    void finding_data();
    void finding();
    void context_data();
    void context();
};

namespace {

ComparisonPtr story()
{
    ComparisonBuilder builder;
    builder
        .left({"Harbour closes early",
               "The council said security at the harbour had improved. Boats may return.",
               "\"We will reopen on Monday,\" the mayor said."})
        .right({"Harbour closes early",
                "The council said safety at the harbour had improved. Boats may return.",
                "\"We will reopen on Tuesday,\" the mayor said.",
                "Fishermen welcomed the news."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Modified, {2}, {2})
        .link(LinkKind::Inserted, {}, {3})
        .change(Category::Synonym, Severity::Low, 1, "security", 1, "safety")
        .change(Category::Name, Severity::High, 2, "Monday", 2, "Tuesday", true)
        .change(Category::Inserted, Severity::Medium, -1, {}, 3, "Fishermen welcomed the news.");
    return builder.build();
}

/// The harbour story with its quotation attributed, and findings over it: the changed
/// day, the altered quotation, the inserted claim.
ComparisonPtr storyWithFindings(const QString &speaker)
{
    ComparisonBuilder builder;
    builder
        .left({"Harbour closes early",
               "The Harbour Safety Board said security had improved.",
               "\"We will reopen on Monday,\" the mayor said.",
               "The Harbour Safety Board meets again in May."})
        .right({"Harbour closes early",
                "The Harbour Security Board said safety had improved.",
                "\"We will reopen on Tuesday,\" the mayor said.",
                "The Harbour Security Board meets again in May."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Modified, {2}, {2})
        .link(LinkKind::Modified, {3}, {3})
        .change(Category::Name, Severity::High, 1, "Safety", 1, "Security")
        .change(Category::Synonym, Severity::Low, 1, "security", 1, "safety")
        .change(Category::Name, Severity::High, 2, "Monday", 2, "Tuesday", true)
        .change(Category::Name, Severity::High, 3, "Safety", 3, "Security")
        .quote(QuoteStatus::Altered, speaker, 2, "We will reopen on Monday,", 2,
               "We will reopen on Tuesday,", {3})
        .finding(FindingKind::Name, Severity::High, {1, 4}, -1,
                 {"Harbour Safety Board", "Harbour Security Board"})
        .finding(FindingKind::Name, Severity::High, {3})
        .finding(FindingKind::Quote, Severity::High, {3}, 0,
                 {"We will reopen on Monday,", "We will reopen on Tuesday,"});
    return builder.build();
}

} // namespace

void TestEvidence::summary_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("synonym names both words") << 0 << "synonym: security → safety";
    QTest::newRow("changed day inside a quotation") << 1 << "name: Monday → Tuesday";
    QTest::newRow("insertion has only a right side")
        << 2 << "inserted: → Fishermen welcomed the news.";
}

void TestEvidence::summary()
{
    QFETCH(int, change);
    QFETCH(QString, expected);
    const ComparisonPtr comparison = story();
    QCOMPARE(Evidence::summary(*comparison, comparison->changes[change]), expected);
}

void TestEvidence::text_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("synonym quotes the sentence of each side with file and line")
        << 0
        << QStringList{
               "synonym (low severity): security → safety",
               "Left  (story-a.txt, line 3): \"The council said security at the harbour had "
               "improved.\"",
               "Right (story-b.txt, line 3): \"The council said safety at the harbour had "
               "improved.\""};
    QTest::newRow("change inside a quotation says so")
        << 1
        << QStringList{"name (high severity, inside a quotation): Monday → Tuesday",
                       "Left  (story-a.txt, line 5): \"\"We will reopen on Monday,\" the mayor "
                       "said.\"",
                       "Right (story-b.txt, line 5): \"\"We will reopen on Tuesday,\" the mayor "
                       "said.\""};
    QTest::newRow("insertion says the left side is absent")
        << 2
        << QStringList{"inserted (medium severity): → Fishermen welcomed the news.",
                       "Left  (story-a.txt): absent",
                       "Right (story-b.txt, line 7): \"Fishermen welcomed the news.\""};
}

void TestEvidence::text()
{
    QFETCH(int, change);
    QFETCH(QStringList, expectedLines);
    const ComparisonPtr comparison = story();
    const QString text = Evidence::text(*comparison, comparison->changes[change]);
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    QCOMPARE(text.trimmed().split(QLatin1Char('\n')), expectedLines);
}

void TestEvidence::multiLineParagraph()
{
    ComparisonBuilder builder;
    builder.left({"Title", "One two three."}).right({"Title", "One two four."})
        .link(LinkKind::Modified, {0, 1}, {0, 1})
        .change(Category::Replaced, Severity::Medium, 1, "three", 1, "four");
    auto comparison = std::const_pointer_cast<Comparison>(builder.build());
    auto left = std::make_shared<Document>(*comparison->documents[Left]);
    left->paragraphs[1].line = 12;
    left->paragraphs[1].lastLine = 14;
    comparison->documents[Left] = left;
    const QString text = Evidence::text(*comparison, comparison->changes[0]);
    QVERIFY2(text.contains(QStringLiteral("Left  (story-a.txt, lines 12–14): \"One two three.\"")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Right (story-b.txt, line 3): \"One two four.\"")),
             qPrintable(text));
}

void TestEvidence::pdfParagraphSaysItsPage_data()
{
    QTest::addColumn<QVector<int>>("place"); // page, line, last page, last line
    QTest::addColumn<QString>("said");
    QTest::newRow("one line of a page") << QVector<int>{2, 7, 2, 7} << QStringLiteral("page 2, line 7");
    QTest::newRow("lines of one page") << QVector<int>{2, 7, 2, 9} << QStringLiteral("page 2, lines 7–9");
    QTest::newRow("running on to the next page")
        << QVector<int>{2, 40, 3, 2} << QStringLiteral("page 2 line 40 to page 3 line 2");
}

void TestEvidence::pdfParagraphSaysItsPage()
{
    QFETCH(QVector<int>, place);
    QFETCH(QString, said);
    Paragraph paragraph{QStringLiteral("One two three."), place[1], place[3]};
    paragraph.page = place[0];
    paragraph.lastPage = place[2];
    QCOMPARE(Evidence::lines(paragraph), said);
}

void TestEvidence::speakerOfAQuotation_data()
{
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("expectedFirstLine");
    QTest::newRow("known speaker is named")
        << "Mayor Lindqvist"
        << "name (high severity, inside a quotation by Mayor Lindqvist): Monday → Tuesday";
    QTest::newRow("unknown speaker: only the quotation")
        << "" << "name (high severity, inside a quotation): Monday → Tuesday";
}

void TestEvidence::speakerOfAQuotation()
{
    QFETCH(QString, speaker);
    QFETCH(QString, expectedFirstLine);
    const ComparisonPtr comparison = storyWithFindings(speaker);
    const QString text = Evidence::text(*comparison, comparison->changes[2]);
    QCOMPARE(text.split(QLatin1Char('\n')).first(), expectedFirstLine);
}

void TestEvidence::severalChanges()
{
    const ComparisonPtr comparison = storyWithFindings(QStringLiteral("Mayor Lindqvist"));
    // Given out of order, listed by id; each block names both files.
    const QString text = Evidence::text(*comparison, QVector<int>{2, 0});
    const QStringList expected{
        "Change 1 of 4",
        "name (high severity): Safety → Security",
        "Left  (story-a.txt, line 3): \"The Harbour Safety Board said security had improved.\"",
        "Right (story-b.txt, line 3): \"The Harbour Security Board said safety had improved.\"",
        "",
        "Change 3 of 4",
        "name (high severity, inside a quotation by Mayor Lindqvist): Monday → Tuesday",
        "Left  (story-a.txt, line 5): \"\"We will reopen on Monday,\" the mayor said.\"",
        "Right (story-b.txt, line 5): \"\"We will reopen on Tuesday,\" the mayor said.\""};
    QCOMPARE(text.trimmed().split(QLatin1Char('\n')), expected);
    // One change alone reads as before.
    QCOMPARE(Evidence::text(*comparison, QVector<int>{1}),
             Evidence::text(*comparison, comparison->changes[1]));
}

void TestEvidence::finding_data()
{
    QTest::addColumn<int>("finding");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("a name changed in two places lists both")
        << 0
        << QStringList{
               "Finding 1 (high severity): name: Harbour Safety Board → Harbour Security Board",
               "",
               "Place 1 of 2: name (high severity): Safety → Security",
               "Left  (story-a.txt, line 3): \"The Harbour Safety Board said security had "
               "improved.\"",
               "Right (story-b.txt, line 3): \"The Harbour Security Board said safety had "
               "improved.\"",
               "",
               "Place 2 of 2: name (high severity): Safety → Security",
               "Left  (story-a.txt, line 7): \"The Harbour Safety Board meets again in May.\"",
               "Right (story-b.txt, line 7): \"The Harbour Security Board meets again in May.\""};
    QTest::newRow("an altered quotation names its speaker")
        << 2
        << QStringList{
               "Finding 3 (high severity): quotation altered: We will reopen on Monday, → We "
               "will reopen on Tuesday,",
               "Quotation by Mayor Lindqvist",
               "Left  (story-a.txt, line 5): \"\"We will reopen on Monday,\" the mayor said.\"",
               "Right (story-b.txt, line 5): \"\"We will reopen on Tuesday,\" the mayor said.\"",
               "",
               "Place 1 of 1: name (high severity, inside a quotation by Mayor Lindqvist): "
               "Monday → Tuesday"};
}

void TestEvidence::finding()
{
    QFETCH(int, finding);
    QFETCH(QStringList, expectedLines);
    const ComparisonPtr comparison = storyWithFindings(QStringLiteral("Mayor Lindqvist"));
    const QString text = Evidence::text(*comparison, comparison->findings[finding]);
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    QCOMPARE(text.trimmed().split(QLatin1Char('\n')), expectedLines);
}

void TestEvidence::context_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the sentence holding the words")
        << "First sentence here. The second one has the word. Third sentence." << "word"
        << "The second one has the word.";
    const QString longSentence = QStringLiteral("Alpha ").repeated(80)
        + QStringLiteral("target ") + QStringLiteral("omega ").repeated(80) + QLatin1Char('.');
    QTest::newRow("a long sentence is cut around the words") << longSentence << "target"
                                                             << QString();
}

void TestEvidence::context()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, expected);
    const int start = int(text.indexOf(words));
    const QString result = Evidence::context(text, start, start + int(words.size()));
    if (!expected.isEmpty()) {
        QCOMPARE(result, expected);
        return;
    }
    QVERIFY(result.contains(words));
    QVERIFY(result.startsWith(QStringLiteral("…")));
    QVERIFY(result.endsWith(QStringLiteral("…")));
    QVERIFY2(result.size() <= 330, qPrintable(QString::number(result.size())));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
