// `recension info` and `compare` on Word, OpenDocument, PDF, German and French files made
// from the project's own texts: what a user sees for each format, and each bad input's
// message.

#include "../document/packagebuilder.h"
#include "../document/pdfbuilder.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PackageBuilder;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run recension(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(RECENSION_BINARY));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString germanTitle = QStringLiteral("Sturm legt den Fährverkehr nach Kessvik lahm");
const QString germanBody = QStringLiteral("Die Inselfähre ist am Dienstag nicht ausgelaufen, "
                                          "nachdem der Sturm den Anleger beschädigt hatte. Die "
                                          "Reparatur wird nach Angaben der Gemeinde zwei Wochen "
                                          "dauern, und der Gemeinderat will im März abstimmen.");
const QString frenchTitle = QStringLiteral("La tempête coupe la liaison maritime de Kessvik");
const QString frenchBody = QStringLiteral("Le bac de l’île n’a pas navigué mardi, après que la "
                                          "tempête a endommagé le quai. Selon la commune, les "
                                          "travaux dureront au moins deux semaines et le conseil "
                                          "votera en mars sur un nouveau quai.");

} // namespace

class TestInputFormats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void info_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warning");

        QTest::newRow("German Word file")
            << write(QStringLiteral("faehre.docx"),
                   docx(wordParagraph(germanTitle, QStringLiteral("Titel"))
                       + wordParagraph(germanBody)))
            << germanTitle << 2 << QStringLiteral("de") << QString();
        QTest::newRow("French OpenDocument file")
            << write(QStringLiteral("bac.odt"),
                   odt(odfParagraph(frenchTitle, 1) + odfParagraph(frenchBody)
                       + "<text:p>Voir <text:a xlink:href=\"https://example.invalid/\">le site"
                         "</text:a>.</text:p>"))
            << frenchTitle << 3 << QStringLiteral("fr") << QStringLiteral("outside resources");
        QVector<PdfBuilder::Line> lines;
        lines.append({ 0, 50, 90, germanTitle, 18 });
        lines << PdfBuilder::column(0, 50, 140,
            { QStringLiteral("Die Inselfähre ist am Dienstag nicht"),
                QStringLiteral("ausgelaufen, nachdem der Sturm den An-"),
                QStringLiteral("leger beschädigt hatte. Die Reparatur"),
                QStringLiteral("wird nach Angaben der Gemeinde zwei"),
                QStringLiteral("Wochen dauern.") });
        QTest::newRow("German PDF")
            << write(QStringLiteral("faehre.pdf"), PdfBuilder::pdf(lines, 1)) << germanTitle << 2
            << QStringLiteral("de") << QString();
        QTest::newRow("German text")
            << QStringLiteral(RECENSION_FIXTURES "/languages/de-original.txt") << germanTitle << 7
            << QStringLiteral("de") << QString();
        QTest::newRow("French text")
            << QStringLiteral(RECENSION_FIXTURES "/languages/fr-original.txt") << frenchTitle << 7
            << QStringLiteral("fr") << QString();
    }
    void info()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QFETCH(int, paragraphs);
        QFETCH(QString, language);
        QFETCH(QString, warning);
        QVERIFY(!path.isEmpty());
        const Run run = recension({ QStringLiteral("info"), path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Title:      ") + title), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Paragraphs: %1\n").arg(paragraphs)),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Language:   ") + language + u'\n'),
            qPrintable(run.out));
        if (warning.isEmpty())
            QVERIFY2(!run.out.contains(QStringLiteral("Warning:")), qPrintable(run.out));
        else
            QVERIFY2(run.out.contains(warning), qPrintable(run.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("zip bomb")
            << write(QStringLiteral("bomb.docx"),
                   docx("<w:p><w:r><w:t>" + QByteArray(80 << 20, 'a') + "</w:t></w:r></w:p>"))
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
        const QByteArray word = docx(wordParagraph(germanTitle) + wordParagraph(germanBody));
        QTest::newRow("Word file cut short")
            << write(QStringLiteral("short.docx"), word.left(word.size() / 2))
            << QStringLiteral("cut short");
    }
    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QVERIFY(!path.isEmpty());
        const Run run = recension({ QStringLiteral("info"), path });
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
        const Run aside = recension({ QStringLiteral("compare"), left, right });
        QCOMPARE(aside.exitCode, 0);
        QVERIFY2(aside.err.contains(QStringLiteral("2 paragraphs")), qPrintable(aside.err));
        QVERIFY2(aside.out.contains(QStringLiteral("\"changes\": [\n    ],")), qPrintable(aside.out));
        const Run kept = recension({ QStringLiteral("compare"), QStringLiteral("--keep-clutter"),
            left, right });
        QCOMPARE(kept.exitCode, 0);
        QVERIFY(!kept.err.contains(QStringLiteral("set aside")));
        QVERIFY(kept.out.contains(QStringLiteral("Share this article")));
    }
};

QTEST_MAIN(TestInputFormats)
#include "tst_inputformats.moc"
