#include "report/pdfreport.h"

#include "pdftotext.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;

namespace {

QByteArray pdf(const Comparison &comparison, const ReportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!writePdfReport(comparison, options, &buffer, {}, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

/// The PDF's text as pdftotext reads it; null when pdftotext is not installed.
QString extractText(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    return Test::pdfToText(path);
}

#define EXTRACT_OR_SKIP(text, bytes)                                                        \
    const QString text = extractText(bytes);                                                \
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
        QTest::newRow("legend") << full << "Legend and changes by category";
        QTest::newRow("legend meaning") << full << "a word swapped for a synonym";
        QTest::newRow("quote audit") << full << "Quote audit";
        QTest::newRow("quotation text") << full << "We need more time to study the";
        QTest::newRow("facts") << full << "Facts: numbers, names, titles, organisations";
        QTest::newRow("high-severity list") << full << "number: fifty → sixty";
        QTest::newRow("first page footer") << full << "page 1 of ";
        QTest::newRow("change number") << full << "#11";
        QTest::newRow("moved passage note") << full << "in the right version, see change #7";
        QTest::newRow("unmatched passage") << full << "not in the right version";
        QTest::newRow("SHA-256 of a version")
            << full << "0000000000000000000000000000000000000000000000000000000000000008";
        QTest::newRow("changes only: the omission is said")
            << int(ReportScope::ChangesOnly) << "Unchanged passages left out: 1";
    }
    void text()
    {
        QFETCH(int, scope);
        QFETCH(QString, expected);
        ReportOptions options;
        options.scope = static_cast<ReportScope>(scope);
        EXTRACT_OR_SKIP(text, pdf(*Test::handBuiltComparison(), options));
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + text));
    }

    void changesOnlyLeavesUnchangedTextOut()
    {
        ReportOptions options;
        options.scope = ReportScope::ChangesOnly;
        EXTRACT_OR_SKIP(text, pdf(*Test::handBuiltComparison(), options));
        QVERIFY(!text.contains(QLatin1String("Readers typed")));
        QVERIFY(!text.contains(QLatin1String("The pier reopens soon")));
        QVERIFY(text.contains(QLatin1String("Its planks are worn")));
    }

    void everyPageIsNumbered()
    {
        EXTRACT_OR_SKIP(text, pdf(*Test::handBuiltComparison(), ReportOptions{}));
        QStringList pages = text.split(QLatin1Char('\f'));
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY(pages.size() >= 3);
        for (int i = 0; i < pages.size(); ++i) {
            const QString footer = QStringLiteral("page %1 of %2").arg(i + 1).arg(pages.size());
            QVERIFY2(pages[i].contains(footer), qPrintable(footer));
        }
    }

    void noQuotations()
    {
        auto comparison = std::make_shared<Comparison>(*Test::handBuiltComparison());
        comparison->quotes.clear();
        EXTRACT_OR_SKIP(text, pdf(*comparison, ReportOptions{}));
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
        const QByteArray bytes = pdf(*Test::handBuiltComparison(), options);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains(mediaBox));
    }

    void rowTallerThanAPageSplitsWithoutLosingALine()
    {
        const int words = 9000;
        const ComparisonPtr comparison = longPassage(words);
        EXTRACT_OR_SKIP(text, pdf(*comparison, ReportOptions{}));
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
        QVERIFY(writePdfReport(*Test::handBuiltComparison(), ReportOptions{}, &buffer,
                               [&](int d, int t) { done = d; total = t; }));
        QVERIFY(total > 0);
        QCOMPARE(done, total);
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
