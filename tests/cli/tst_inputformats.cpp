// `recension info` and `compare` on Word, OpenDocument, PDF, German and French files made
// from the project's own texts: what a user sees for each format, and each bad input's
// message.

#include "../document/formatfixtures.h"
#include "recensionprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace FormatFixtures;
using Recension::TestSupport::Run;
using Recension::TestSupport::runRecension;

class TestInputFormats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return FormatFixtures::write(m_dir.path(), name, bytes);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void info_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warning");

        QTest::newRow("English Word file") << write(QStringLiteral("ferry.docx"), englishDocx())
                                           << QStringLiteral("docx") << englishTitle << 2
                                           << QStringLiteral("en") << QString();
        QTest::newRow("English OpenDocument file")
            << write(QStringLiteral("ferry.odt"), englishOdt()) << QStringLiteral("odt")
            << englishTitle << 2 << QStringLiteral("en") << QString();
        QTest::newRow("English PDF") << write(QStringLiteral("ferry.pdf"), englishPdf())
                                     << QStringLiteral("pdf") << englishTitle << 2
                                     << QStringLiteral("en") << QString();
        QTest::newRow("German Word file") << write(QStringLiteral("faehre.docx"), germanDocx())
                                          << QStringLiteral("docx") << germanTitle << 2
                                          << QStringLiteral("de") << QString();
        QTest::newRow("French OpenDocument file")
            << write(QStringLiteral("bac.odt"), frenchOdt()) << QStringLiteral("odt")
            << frenchTitle << 3 << QStringLiteral("fr") << QStringLiteral("outside resources");
        QTest::newRow("German PDF") << write(QStringLiteral("faehre.pdf"), germanPdf())
                                    << QStringLiteral("pdf") << germanTitle << 2
                                    << QStringLiteral("de") << QString();
        QTest::newRow("Word file with links outside it")
            << write(QStringLiteral("verweise.docx"), linkedDocx()) << QStringLiteral("docx")
            << germanTitle << 2 << QStringLiteral("de")
            << QStringLiteral("refers to 3 outside resources (links, linked pictures or "
                              "templates); none was opened.");
        QVector<PdfBuilder::Line> log;
        for (int page = 0; page < 2000; ++page)
            log.append({ page, 50, 400, QStringLiteral("Entry %1 of the ferry log.").arg(page), 10 });
        QTest::newRow("PDF of 2,000 pages") << write(QStringLiteral("log.pdf"), PdfBuilder::pdf(log, 2000))
                                            << QStringLiteral("pdf") << QStringLiteral("log.pdf") << 500
                                            << QStringLiteral("en")
                                            << QStringLiteral("pages; only the first 500 were read.");
        QTest::newRow("web page full of clutter")
            << QStringLiteral(RECENSION_FIXTURES "/documents/clutter-left.html")
            << QStringLiteral("html") << QStringLiteral("Library reopens after flood repairs") << 13
            << QStringLiteral("en") << QString();
        QTest::newRow("German text")
            << QStringLiteral(RECENSION_FIXTURES "/languages/de-original.txt")
            << QStringLiteral("text") << germanTitle << 7 << QStringLiteral("de") << QString();
        QTest::newRow("French text")
            << QStringLiteral(RECENSION_FIXTURES "/languages/fr-original.txt")
            << QStringLiteral("text") << frenchTitle << 7 << QStringLiteral("fr") << QString();
    }
    void info()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, title);
        QFETCH(int, paragraphs);
        QFETCH(QString, language);
        QFETCH(QString, warning);
        QVERIFY(!path.isEmpty());
        const Run run = runRecension(QStringLiteral("info"), { path });
        const QString out = QString::fromUtf8(run.out);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(out.contains(QStringLiteral("Title:      ") + title), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Format:     %1\n").arg(format)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Paragraphs: %1\n").arg(paragraphs)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Language:   ") + language + u'\n'), qPrintable(out));
        if (warning.isEmpty())
            QVERIFY2(!out.contains(QStringLiteral("Warning:")), qPrintable(out));
        else
            QVERIFY2(out.contains(QStringLiteral("Warning:    ")) && out.contains(warning),
                     qPrintable(out));
    }

    void infoListsTheClutter()
    {
        const Run run = runRecension(QStringLiteral("info"),
                                     { QStringLiteral(RECENSION_FIXTURES "/documents/clutter-left.html") });
        const QString out = QString::fromUtf8(run.out);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(out.count(QStringLiteral("Clutter:    ")), 7);
        QVERIFY2(out.contains(QStringLiteral("Clutter:    paragraph 4 (photo credit): Photo: Anna Reyes")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Clutter:    paragraph 10 (byline): Tomas Berg")),
                 qPrintable(out));
    }

    void pdfParagraphsKeepTheirPageAndLine()
    {
        const QString path = write(QStringLiteral("seite.pdf"), germanPdf());
        const Run run = runRecension(QStringLiteral("info"), { QStringLiteral("--json"), path });
        QCOMPARE(run.exitCode, 0);
        // The body starts on line 2 of page 1 (the title is line 1) and ends on line 6.
        QVERIFY2(run.out.contains("\"page\": 1"), run.out.constData());
        QVERIFY2(run.out.contains("\"line\": 2"), run.out.constData());
        QVERIFY2(run.out.contains("\"lastLine\": 6"), run.out.constData());
        QVERIFY2(run.out.contains("\"format\": \"pdf\""), run.out.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("zip bomb") << write(QStringLiteral("bomb.docx"), zipBomb(80))
                                  << QStringLiteral("inflate past");
        QTest::newRow("encrypted PDF")
            << QStringLiteral(RECENSION_FIXTURES "/documents/encrypted.pdf")
            << QStringLiteral("encrypted");
        QTest::newRow("damaged PDF")
            << write(QStringLiteral("damaged.pdf"), "%PDF-1.4\n1 0 obj <<\n%%EOF\n")
            << QStringLiteral("damaged");
        QTest::newRow("scanned PDF")
            << write(QStringLiteral("scan.pdf"), PdfBuilder::pdf({}, 1, true))
            << QStringLiteral("no text layer");
        const QByteArray word = germanDocx();
        QTest::newRow("Word file cut short")
            << write(QStringLiteral("short.docx"), word.left(word.size() / 2))
            << QStringLiteral("cut short");
    }
    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QVERIFY(!path.isEmpty());
        const Run run = runRecension(QStringLiteral("info"), { path });
        QCOMPARE(run.exitCode, 2); // an input that cannot be read
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }

    void clutterIsSetAsideUnlessKept()
    {
        const QString left = write(QStringLiteral("left.txt"),
            "Ferry timetable changes for the winter\n\nShare this article\n\nThe island ferry "
            "will sail twice a day from November.\n\nLeave a comment\n");
        const QString right = write(QStringLiteral("right.txt"),
            "Ferry timetable changes for the winter\n\nThe island ferry will sail twice a day "
            "from November.\n");
        const Run aside = runRecension(QStringLiteral("compare"), { left, right });
        QCOMPARE(aside.exitCode, 0);
        QVERIFY2(aside.err.contains(QStringLiteral("2 paragraphs")), qPrintable(aside.err));
        QVERIFY2(aside.out.contains("\"changes\": [\n    ],"), aside.out.constData());
        // The JSON lists what was set aside, with its kind and source line.
        QVERIFY2(aside.out.contains("\"setAside\": ["), aside.out.constData());
        QVERIFY2(aside.out.contains("\"kind\": \"share\""), aside.out.constData());
        QVERIFY2(aside.out.contains("\"text\": \"Share this article\""), aside.out.constData());
        const Run kept = runRecension(QStringLiteral("compare"),
                                      { QStringLiteral("--keep-clutter"), left, right });
        QCOMPARE(kept.exitCode, 0);
        QVERIFY(!kept.err.contains(QStringLiteral("set aside")));
        QVERIFY(kept.out.contains("Share this article"));
    }
};

QTEST_MAIN(TestInputFormats)
#include "tst_inputformats.moc"
