#include "compare/comparator.h"
#include "document/clutter.h"
#include "document/documentloader.h"
#include "report/pdfreport.h"

#include "pdftotext.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTest>

using namespace Recension;

namespace {

#define EXTRACT_OR_SKIP(text, bytes)                                                        \
    const QString text = Test::pdfBytesToText(bytes);                                                \
    if (text.isNull())                                                                      \
        QSKIP("pdftotext (poppler-utils) is not installed");

/// A comparison of one paragraph long enough to fill several pages, numbered words so
/// that a lost or repeated line shows.
ComparisonPtr longPassage(int words)
{
    QStringList text;
    for (int i = 0; i < words; ++i)
        text << QStringLiteral("w%1").arg(i, 5, 10, QLatin1Char('0'));
    auto comparison = std::make_shared<Comparison>();
    for (Side side : {Left, Right}) {
        auto doc = std::make_shared<Document>();
        doc->path = side == Left ? QStringLiteral("long-left.txt") : QStringLiteral("long-right.txt");
        doc->title = QStringLiteral("Long");
        doc->paragraphs.append({text.join(QLatin1Char(' ')), 1, 1});
        comparison->documents[side] = doc;
    }
    Link link;
    link.kind = LinkKind::Identical;
    link.paragraphs = {QVector<int>{0}, QVector<int>{0}};
    link.score = 1.0;
    comparison->links.append(link);
    return comparison;
}


} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT
private slots:
    void text_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("expected");
        const int full = int(ReportScope::FullText);
        QTest::newRow("left version's words") << full << "postponed";
        QTest::newRow("right version's words") << full << "delayed";
        QTest::newRow("no ligature in officials") << full << "officials said on Tuesday";
        QTest::newRow("no ligature in fifty") << full << "fifty";
        QTest::newRow("Cyrillic") << full << "Рыбаки";
        QTest::newRow("Greek") << full << "Αλιείς";
        QTest::newRow("title") << full << "Comparison report";
        QTest::newRow("legend") << full << "Legend and options";
        QTest::newRow("findings") << full << "Findings: 4 high, 2 medium";
        QTest::newRow("a finding's gist") << full << "fifty → sixty";
        QTest::newRow("meaning kept") << full << "Meaning kept 87.7 %";
        QTest::newRow("wording kept") << full << "Wording kept 61.0 %";
        QTest::newRow("legend meaning") << full << "a word swapped for a synonym";
        QTest::newRow("quote audit") << full << "Appendix: quote audit";
        QTest::newRow("quotation text") << full << "We need more time to study the";
        QTest::newRow("facts") << full << "Facts: numbers, names, titles, organisations";
        QTest::newRow("first page footer") << full << "page 1 of ";
        QTest::newRow("moved passage note") << full << "in the right version, see change 7";
        QTest::newRow("unmatched passage") << full << "not in the right version";
        QTest::newRow("SHA-256 of a version")
            << full << "0000000000000000000000000000000000000000000000000000000000000008";
        QTest::newRow("changes only: the omission is said")
            << int(ReportScope::ChangesOnly) << "1 unchanged paragraph";
        QTest::newRow("changes of fact only: the folded paragraphs are counted")
            << int(ReportScope::FactChanges) << "2 unchanged paragraphs";
    }
    void text()
    {
        QFETCH(int, scope);
        QFETCH(QString, expected);
        ReportOptions options;
        options.scope = static_cast<ReportScope>(scope);
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparison(), options));
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + text));
    }

    void changesOnlyLeavesUnchangedTextOut()
    {
        ReportOptions options;
        options.scope = ReportScope::ChangesOnly;
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparison(), options));
        QVERIFY(!text.contains(QLatin1String("Readers typed")));
        QVERIFY(!text.contains(QLatin1String("The pier reopens soon")));
        QVERIFY(text.contains(QLatin1String("Its planks are worn")));
    }

    void phrasesReadWhole_data()
    {
        QTest::addColumn<QString>("phrase");
        // Each holds a change: a number inside the words would break it.
        QTest::newRow("a title with a synonym") << "Harbour council delays the bridge vote";
        QTest::newRow("a synonym between sentences") << "Repairs started in June. Workers replaced the rails";
        QTest::newRow("a changed number") << "Some sixty residents attended the meeting";
        QTest::newRow("a changed quotation") << "We need more time to study the security report";
    }
    void phrasesReadWhole()
    {
        QFETCH(QString, phrase);
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparison(), ReportOptions{}));
        const QString joined = text.simplified();
        QVERIFY2(joined.contains(phrase), qPrintable(phrase + QLatin1String(" not in:\n") + joined));
        static const QRegularExpression inlineNumber(QStringLiteral("[A-Za-z]#\\d"));
        QVERIFY(!joined.contains(inlineNumber));
    }

    void namesReadWholeOnRealSamples_data()
    {
        // Every run of two or more capitalised words in either sample ("Northern Ports
        // Authority", "Mayor Tomasz Wierzbicki"): the engine's own changes cross them.
        QTest::addColumn<QString>("name");
        static const QRegularExpression name(QStringLiteral("\\b\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)+"));
        QSet<QString> seen;
        for (const char *file : {"harbour-original.txt", "harbour-spun.txt"}) {
            QFile sample(QStringLiteral(RECENSION_SAMPLES "/") + QLatin1String(file));
            QVERIFY(sample.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(sample.readAll());
            for (auto it = name.globalMatch(text); it.hasNext();) {
                const QString found = it.next().captured(0);
                if (!seen.contains(found)) {
                    seen.insert(found);
                    QTest::newRow(qPrintable(found)) << found;
                }
            }
        }
    }
    void namesReadWholeOnRealSamples()
    {
        QFETCH(QString, name);
        static QString joined;
        if (joined.isNull()) {
            std::array<DocumentPtr, 2> documents;
            for (Side side : {Left, Right}) {
                const LoadResult loaded = loadDocument(QStringLiteral(RECENSION_SAMPLES "/")
                                                       + (side == Left ? QLatin1String("harbour-original.txt")
                                                                       : QLatin1String("harbour-spun.txt")));
                QVERIFY(loaded.ok());
                documents[side] = loaded.document;
            }
            const ComparisonPtr comparison = compareDocuments(documents[Left], documents[Right], CompareOptions{});
            QVERIFY(comparison);
            EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*comparison, ReportOptions{}));
            joined = text.simplified();
        }
        QVERIFY2(joined.contains(name), qPrintable(name));
    }

    void sectionsInReadingOrder_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("page");
        QTest::newRow("findings on page one") << "Findings: 4 high" << 1;
        QTest::newRow("the texts next") << "The two versions side by side" << 2;
    }
    void sectionsInReadingOrder()
    {
        QFETCH(QString, section);
        QFETCH(int, page);
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparison(), ReportOptions{}));
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY(pages.size() > page);
        QVERIFY2(pages[page - 1].contains(section), qPrintable(pages[page - 1]));
        QVERIFY(text.indexOf(QLatin1String("The two versions side by side"))
                < text.indexOf(QLatin1String("Appendix: quote audit")));
    }

    void changeTableOnlyWhenAskedFor_data()
    {
        QTest::addColumn<bool>("asked");
        QTest::newRow("asked for") << true;
        QTest::newRow("not asked for") << false;
    }
    void changeTableOnlyWhenAskedFor()
    {
        QFETCH(bool, asked);
        ReportOptions options;
        options.changesTable = asked;
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparison(), options));
        QCOMPARE(text.contains(QLatin1String("Every change")), asked);
    }

    void tableHeaderRepeatsOnEveryPage()
    {
        auto comparison = std::make_shared<Comparison>(*Test::reportComparison());
        const Quote quote = comparison->quotes.first();
        for (int i = 0; i < 120; ++i)
            comparison->quotes.append(quote);
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*comparison, ReportOptions{}));
        const QStringList pages = text.split(QLatin1Char('\f'));
        int auditPages = 0;
        bool inAudit = false;
        for (const QString &page : pages) {
            inAudit = inAudit || page.contains(QLatin1String("Appendix: quote audit"));
            if (!inAudit)
                continue;
            if (!page.contains(QLatin1String("We need more time")))
                break;
            ++auditPages;
            QVERIFY2(page.contains(QLatin1String("Status")), qPrintable(page));
        }
        QVERIFY(auditPages >= 2);
    }

    void emojiPrintsFromAnOutlineFont()
    {
        // Qt 6.4 prints a colour bitmap emoji font blank: the emoji must come from Symbola.
        if (!QFontDatabase::families().contains(QLatin1String("Symbola")))
            QSKIP("fonts-symbola is not installed");
        const QByteArray bytes = Test::pdfReportBytes(*Test::reportComparison(), ReportOptions{});
        QVERIFY(bytes.contains("Symbola"));
    }

    void everyPageIsNumbered()
    {
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparison(), ReportOptions{}));
        QStringList pages = text.split(QLatin1Char('\f'));
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i) {
            const QString footer = QStringLiteral("page %1 of %2").arg(i + 1).arg(pages.size());
            QVERIFY2(pages[i].contains(footer), qPrintable(footer));
        }
    }

    void clutterSetAsideIsListed()
    {
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*Test::reportComparisonWithClutter(), ReportOptions{}));
        const qsizetype list = text.indexOf(QLatin1String("Set aside as page clutter"));
        QVERIFY2(list > 0, qPrintable(text));
        QVERIFY(text.indexOf(QLatin1String("Photo: Anna Reyes"), list) > list);
        QVERIFY(text.indexOf(QLatin1String("Share this article"), list) > list);
    }

    void noQuotations()
    {
        auto comparison = std::make_shared<Comparison>(*Test::reportComparison());
        comparison->quotes.clear();
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*comparison, ReportOptions{}));
        QVERIFY(text.contains(QLatin1String("No quotations found.")));
    }

    void paper_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QByteArray>("mediaBox");
        // Landscape: the wider side first, in points.
        QTest::newRow("A4") << int(PaperSize::A4) << QByteArray("/MediaBox [0 0 842");
        QTest::newRow("Letter") << int(PaperSize::Letter) << QByteArray("/MediaBox [0 0 792");
    }
    void paper()
    {
        QFETCH(int, paper);
        QFETCH(QByteArray, mediaBox);
        ReportOptions options;
        options.paper = static_cast<PaperSize>(paper);
        const QByteArray bytes = Test::pdfReportBytes(*Test::reportComparison(), options);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains(mediaBox));
    }

    void rowTallerThanAPageSplitsWithoutLosingALine()
    {
        const int words = 9000;
        const ComparisonPtr comparison = longPassage(words);
        EXTRACT_OR_SKIP(text, Test::pdfReportBytes(*comparison, ReportOptions{}));
        QVERIFY(text.contains(QLatin1String("page 5 of")));
        static const QRegularExpression word(QStringLiteral("w(\\d{5})"));
        QVector<int> seen(words, 0);
        for (auto it = word.globalMatch(text); it.hasNext();)
            ++seen[it.next().captured(1).toInt()];
        for (int i = 0; i < words; ++i)
            QVERIFY2(seen[i] == 2, qPrintable(QStringLiteral("w%1 read %2 times, not once per side").arg(i).arg(seen[i])));
    }

    void progressReachesTheEnd()
    {
        int done = -1;
        int total = -1;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writePdfReport(*Test::reportComparison(), ReportOptions{}, &buffer,
                               [&](int d, int t) { done = d; total = t; }));
        QVERIFY(total > 0);
        QCOMPARE(done, total);
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
