#include "document/pdfreader.h"
#include "pdfbuilder.h"

#include <QFile>
#include <QTest>

using namespace Recension;
using namespace PdfBuilder;

namespace {

const QString header = QStringLiteral("KESSVIK WEEKLY · Harbour edition");
const QString title = QStringLiteral("Storm closes the ferry route");

/// A three-page article in two columns under a running header, numbered at the foot, with a
/// word hyphenated at a line end and a paragraph that runs on into the second column.
QVector<Line> harbourArticle()
{
    QVector<Line> lines;
    for (int page = 0; page < 3; ++page) {
        lines.append({ page, 50, 30, header, 9 });
        lines.append({ page, 280, 815, QStringLiteral("Page %1").arg(page + 1), 9 });
    }
    lines.append({ 0, 50, 90, title, 20 });
    lines << column(0, 50, 140,
        { QStringLiteral("The island ferry did not sail on"),
            QStringLiteral("Tuesday after the storm damaged the"),
            QStringLiteral("pier at Kessvik, the harbour-"),
            QStringLiteral("master said in a statement.") });
    lines << column(0, 50, 206,
        { QStringLiteral("Repairs will take at least two"),
            QStringLiteral("weeks, and the council has asked") });
    lines << column(0, 310, 140,
        { QStringLiteral("for a temporary landing stage near"),
            QStringLiteral("the fish market.") });
    lines << column(0, 310, 178,
        { QStringLiteral("Passengers can use the bus to the"),
            QStringLiteral("mainland bridge until then.") });
    lines << column(1, 50, 140,
        { QStringLiteral("The ferry company said tickets"),
            QStringLiteral("bought for the cancelled crossings"),
            QStringLiteral("will be refunded.") });
    lines << column(2, 50, 140,
        { QStringLiteral("Timetables will be posted at the"), QStringLiteral("harbour office.") });
    return lines;
}

QStringList texts(const ExtractedText &text)
{
    QStringList result;
    for (const Paragraph &paragraph : text.paragraphs)
        result << paragraph.text;
    return result;
}

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT
private slots:
    void readsAnArticle()
    {
        const ExtractedText result = readPdf(pdf(harbourArticle(), 3), QStringLiteral("storm.pdf"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(texts(result),
            QStringList({ title,
                QStringLiteral("The island ferry did not sail on Tuesday after the storm damaged "
                               "the pier at Kessvik, the harbourmaster said in a statement."),
                QStringLiteral("Repairs will take at least two weeks, and the council has asked "
                               "for a temporary landing stage near the fish market."),
                QStringLiteral("Passengers can use the bus to the mainland bridge until then."),
                QStringLiteral("The ferry company said tickets bought for the cancelled "
                               "crossings will be refunded."),
                QStringLiteral("Timetables will be posted at the harbour office.") }));
        QCOMPARE(result.heading, title);
        QCOMPARE(result.formatName, QStringLiteral("pdf"));
        QCOMPARE(result.warnings, QStringList());
    }

    void pagesAndLinesOfEachParagraph_data()
    {
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("lastPage");
        QTest::addColumn<int>("lastLine");
        // The running header is line 1 of every page: a reader counts it.
        QTest::newRow("title on the first page") << 0 << 1 << 2 << 1 << 2;
        QTest::newRow("hyphenated paragraph under the title") << 1 << 1 << 3 << 1 << 6;
        QTest::newRow("paragraph running on into the second column") << 2 << 1 << 7 << 1 << 10;
        QTest::newRow("second column on the first page") << 3 << 1 << 11 << 1 << 12;
        QTest::newRow("paragraph on the second page") << 4 << 2 << 2 << 2 << 4;
        QTest::newRow("paragraph on the third page") << 5 << 3 << 2 << 3 << 3;
    }
    void pagesAndLinesOfEachParagraph()
    {
        QFETCH(int, paragraph);
        QFETCH(int, page);
        QFETCH(int, line);
        QFETCH(int, lastPage);
        QFETCH(int, lastLine);
        const ExtractedText result = readPdf(pdf(harbourArticle(), 3), QStringLiteral("storm.pdf"));
        QVERIFY(paragraph < result.paragraphs.size());
        const Paragraph &found = result.paragraphs.at(paragraph);
        QCOMPARE(found.page, page);
        QCOMPARE(found.line, line);
        QCOMPARE(found.lastPage, lastPage);
        QCOMPARE(found.lastLine, lastLine);
    }

    void sentenceRunsOnToTheNextPage()
    {
        QVector<Line> lines = column(0, 50, 700, { QStringLiteral("The council will vote on the") });
        lines << column(1, 50, 140, { QStringLiteral("new landing stage in March.") });
        const ExtractedText result = readPdf(pdf(lines, 2), QStringLiteral("vote.pdf"));
        QCOMPARE(texts(result),
            QStringList({ QStringLiteral("The council will vote on the new landing stage in "
                                         "March.") }));
        QCOMPARE(result.paragraphs.first().page, 1);
        QCOMPARE(result.paragraphs.first().lastPage, 2);
        QCOMPARE(result.paragraphs.first().line, 1);
        QCOMPARE(result.paragraphs.first().lastLine, 1);
    }

    void loneNumberInTheMarginIsDropped()
    {
        QVector<Line> lines = column(0, 50, 140, { QStringLiteral("One page, one sentence.") });
        lines.append({ 0, 290, 820, QStringLiteral("7"), 9 });
        const ExtractedText result = readPdf(pdf(lines, 1), QStringLiteral("one.pdf"));
        QCOMPARE(texts(result), QStringList({ QStringLiteral("One page, one sentence.") }));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("scan without a text layer")
            << pdf({}, 2, true) << QStringLiteral("no text layer");
        QTest::newRow("damaged file") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog\n%%EOF")
                                      << QStringLiteral("damaged");
        QFile encrypted(QStringLiteral(RECENSION_FIXTURES "/documents/encrypted.pdf"));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QTest::newRow("encrypted file") << encrypted.readAll() << QStringLiteral("password");
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ExtractedText result = readPdf(bytes, QStringLiteral("bad.pdf"));
        QVERIFY(result.failed());
        QVERIFY(result.paragraphs.isEmpty());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("bad.pdf")));
    }

    void manyPagesAreCapped()
    {
        QVector<Line> lines;
        for (int page = 0; page < 2000; ++page)
            lines.append({ page, 50, 400, QStringLiteral("Entry %1 of the ferry log.").arg(page), 10 });
        const ExtractedText result = readPdf(pdf(lines, 2000), QStringLiteral("log.pdf"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.paragraphs.size(), PdfLimits().maxPages);
        QCOMPARE(result.paragraphs.last().page, PdfLimits().maxPages);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().contains(QStringLiteral("only the first 500")),
            qPrintable(result.warnings.first()));
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
