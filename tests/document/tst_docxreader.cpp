#include "document/docxreader.h"
#include "document/ziparchive.h"
#include "packagebuilder.h"

#include <QTest>

using namespace Recension;
using namespace PackageBuilder;

namespace {

const QString ferryTitle = QStringLiteral("Ferry timetable changes for the winter");
const QString first = QStringLiteral("The island ferry will sail twice a day from November.");
const QString second = QStringLiteral("The harbour office said the change saves fuel.");

QByteArray run(const QByteArray &inner)
{
    return "<w:r>" + inner + "</w:r>";
}

QByteArray text(const QByteArray &words)
{
    return run("<w:t xml:space=\"preserve\">" + words + "</w:t>");
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT
private slots:
    void readsWordText_data()
    {
        QTest::addColumn<QByteArray>("package");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("warning");

        QTest::newRow("title and body in order")
            << docx(wordParagraph(ferryTitle, QStringLiteral("Titel")) + wordParagraph(first)
                   + wordParagraph(second))
            << QStringList{ ferryTitle, first, second } << ferryTitle << QString();
        QTest::newRow("translated heading style names the title")
            << docx(wordParagraph(first) + wordParagraph(ferryTitle, QStringLiteral("berschrift1")))
            << QStringList{ first, ferryTitle } << ferryTitle << QString();
        QTest::newRow("a quote style is no heading")
            << docx(wordParagraph(first, QStringLiteral("Zitat")))
            << QStringList{ first } << QString() << QString();
        QTest::newRow("runs, tabs and breaks join into one paragraph")
            << docx("<w:p>" + text("The island ") + text("ferry") + run("<w:tab/>")
                   + text("sails") + run("<w:br/>") + text("at nine.") + "</w:p>")
            << QStringList{ QStringLiteral("The island ferry sails at nine.") } << QString()
            << QString();
        QTest::newRow("empty paragraphs are skipped")
            << docx("<w:p/>" + wordParagraph(first) + "<w:p><w:r/></w:p>" + wordParagraph(second))
            << QStringList{ first, second } << QString() << QString();
        QTest::newRow("footnotes come after the text")
            << docx("<w:p>" + text("Fares rise by 4 %.") + run("<w:footnoteReference w:id=\"2\"/>")
                       + "</w:p>" + wordParagraph(second),
                   { "<w:footnote w:id=\"2\">" + wordParagraph(QStringLiteral("Source: the "
                                                                               "harbour office."))
                           + "</w:footnote>",
                       {} })
            << QStringList{ QStringLiteral("Fares rise by 4 %."), second,
                   QStringLiteral("Source: the harbour office.") }
            << QString() << QString();
        QTest::newRow("tracked insertion kept, deletion dropped")
            << docx("<w:p>" + text("The ferry sails ")
                   + "<w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>three times</w:delText>"
                     "</w:r></w:del><w:ins w:id=\"2\" w:author=\"Ed\">"
                   + text("twice") + "</w:ins>" + text(" a day.") + "</w:p>")
            << QStringList{ QStringLiteral("The ferry sails twice a day.") } << QString()
            << QStringLiteral("1 insertions kept, 1 deletions left out");
        QTest::newRow("field codes and fallback drawings left out")
            << docx("<w:p>" + run("<w:fldChar w:fldCharType=\"begin\"/>")
                   + run("<w:instrText> PAGE </w:instrText>")
                   + run("<w:fldChar w:fldCharType=\"separate\"/>") + text("Harbour")
                   + run("<w:fldChar w:fldCharType=\"end\"/>") + "</w:p>"
                   + "<w:p><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
                     "markup-compatibility/2006\"><mc:Choice Requires=\"wps\">"
                   + text("In the box.") + "</mc:Choice><mc:Fallback>" + text("In the box.")
                   + "</mc:Fallback></mc:AlternateContent></w:p>")
            << QStringList{ QStringLiteral("Harbour"), QStringLiteral("In the box.") }
            << QString() << QString();
        QTest::newRow("table cells are paragraphs")
            << docx("<w:tbl><w:tr><w:tc>" + wordParagraph(QStringLiteral("Departure"))
                   + "</w:tc><w:tc>" + wordParagraph(QStringLiteral("09:00"))
                   + "</w:tc></w:tr></w:tbl>")
            << QStringList{ QStringLiteral("Departure"), QStringLiteral("09:00") } << QString()
            << QString();
        QTest::newRow("external link counted, text kept")
            << docx("<w:p><w:hyperlink r:id=\"rId7\">" + text("the timetable")
                       + "</w:hyperlink></w:p>",
                   { {},
                       "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/"
                       "officeDocument/2006/relationships/hyperlink\" Target=\"http://example."
                       "invalid/timetable\" TargetMode=\"External\"/>" })
            << QStringList{ QStringLiteral("the timetable") } << QString()
            << QStringLiteral("1 outside resources");
        QTest::newRow("German text keeps its letters")
            << docx(wordParagraph(QStringLiteral("Die Fähre fährt ab November zweimal täglich.")))
            << QStringList{ QStringLiteral("Die Fähre fährt ab November zweimal täglich.") }
            << QString() << QString();
    }
    void readsWordText()
    {
        QFETCH(QByteArray, package);
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, heading);
        QFETCH(QString, warning);
        ZipArchive archive(package);
        QVERIFY(isDocxPackage(archive));
        const ExtractedText result = readDocx(archive, QStringLiteral("ferry.docx"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QStringList texts;
        for (const Paragraph &paragraph : result.paragraphs) {
            texts << paragraph.text;
            QCOMPARE(paragraph.line, int(texts.size())); // the ordinal stands for the line
            QCOMPARE(paragraph.lastLine, paragraph.line);
        }
        QCOMPARE(texts, paragraphs);
        QCOMPARE(result.heading, heading);
        QCOMPARE(result.formatName, QStringLiteral("docx"));
        if (warning.isEmpty()) {
            QCOMPARE(result.warnings, QStringList());
        } else {
            QCOMPARE(result.warnings.size(), 1);
            QVERIFY2(result.warnings.first().contains(warning), qPrintable(result.warnings.first()));
            QVERIFY(result.warnings.first().contains(QStringLiteral("ferry.docx")));
        }
    }

    void damagedXmlIsAnError()
    {
        ZipArchive archive(docx("<w:p><w:r><w:t>unclosed"));
        const ExtractedText result = readDocx(archive, QStringLiteral("ferry.docx"));
        QVERIFY(result.failed());
        QVERIFY(result.error.contains(QStringLiteral("damaged XML")));
        QVERIFY(result.error.contains(QStringLiteral("ferry.docx")));
    }
};

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
