#include "document/documentloader.h"
#include "document/packageddocument.h"
#include "document/parserprocess.h"
#include "packagebuilder.h"
#include "pdfbuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;
using namespace PackageBuilder;

Q_DECLARE_METATYPE(Recension::PackagedFormat)

namespace {

const QString title = QStringLiteral("Ferry timetable changes for the winter");
const QString body = QStringLiteral("The island ferry will sail twice a day from November.");

QByteArray ferryDocx()
{
    return docx(wordParagraph(title, QStringLiteral("Titel")) + wordParagraph(body));
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(RECENSION_FIXTURES "/documents/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPackagedDocument : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &commands)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + commands + "\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { setParserProcess({}); }

    void recognisedByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");
        QTest::addColumn<PackagedFormat>("format");
        QTest::newRow("Word file") << ferryDocx() << QStringLiteral("a.docx") << PackagedFormat::Zip;
        QTest::newRow("Word file with no extension")
            << ferryDocx() << QStringLiteral("attachment") << PackagedFormat::Zip;
        QTest::newRow("PDF named .txt")
            << fixtureBytes(QStringLiteral("encrypted.pdf")) << QStringLiteral("a.txt")
            << PackagedFormat::Pdf;
        QTest::newRow("text quoting a PDF header stays text")
            << QByteArray("Files begin with %PDF-1.7 and a version.") << QStringLiteral("a.txt")
            << PackagedFormat::None;
        QTest::newRow("text named .docx")
            << QByteArray("Plain words.") << QStringLiteral("a.docx") << PackagedFormat::Misnamed;
        QTest::newRow("Office container")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
            << QStringLiteral("a.docx") << PackagedFormat::OleCompound;
        QTest::newRow("plain text") << QByteArray("The ferry sails.") << QStringLiteral("a.txt")
                                    << PackagedFormat::None;
    }
    void recognisedByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(PackagedFormat, format);
        QCOMPARE(packagedFormat(bytes, path), format);
    }

    void loadsWordThroughTheLoader_data()
    {
        QTest::addColumn<bool>("child");
        QTest::newRow("in this process") << false;
        QTest::newRow("in a child process") << true;
    }
    void loadsWordThroughTheLoader()
    {
        QFETCH(bool, child);
        if (child)
            setParserProcess({ true, QStringLiteral(RECENSION_BINARY), 60000 });
        const LoadResult result = documentFromBytes(ferryDocx(), QStringLiteral("ferry.docx"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document->title, title);
        QCOMPARE(result.document->paragraphs.size(), 2);
        QCOMPARE(result.document->paragraphs.at(1).text, body);
        QCOMPARE(result.document->paragraphs.at(1).line, 2);
        QCOMPARE(result.document->wordCount, 16);
        QCOMPARE(result.document->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(result.document->warnings, QStringList());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");

        const QByteArray good = ferryDocx();
        QTest::newRow("zip bomb")
            << docx("<w:p><w:r><w:t>" + QByteArray(70 << 20, ' ') + "</w:t></w:r></w:p>")
            << QStringLiteral("bomb.docx") << QStringLiteral("inflate past");
        QTest::newRow("Word file cut short")
            << good.left(good.size() - 40) << QStringLiteral("short.docx")
            << QStringLiteral("damaged or cut short");
        QTest::newRow("password-protected Word file")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
            << QStringLiteral("locked.docx") << QStringLiteral("password-protected");
        QTest::newRow("text named .docx") << QByteArray("Plain words.")
                                          << QStringLiteral("plain.docx")
                                          << QStringLiteral("its name says");
        QTest::newRow("zip of something else")
            << ZipArchive::write({ { QStringLiteral("readme.txt"), "Hello" } }).value_or("")
            << QStringLiteral("other.zip") << QStringLiteral("neither a Word");
        QTest::newRow("encrypted PDF") << fixtureBytes(QStringLiteral("encrypted.pdf"))
                                       << QStringLiteral("locked.pdf")
                                       << QStringLiteral("encrypted");
        QTest::newRow("scanned PDF") << PdfBuilder::pdf({}, 1, true)
                                     << QStringLiteral("scan.pdf")
                                     << QStringLiteral("no text layer");
        QTest::newRow("Word file with no text") << docx("<w:p/>")
                                                << QStringLiteral("empty.docx")
                                                << QStringLiteral("no readable text");
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const LoadResult result = documentFromBytes(bytes, path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
    }

    void childFailuresAreMessages_data()
    {
        QTest::addColumn<QByteArray>("commands");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parser crashes") << QByteArray("kill -SEGV $$") << 60000
                                        << QStringLiteral("stopped unexpectedly");
        QTest::newRow("parser hangs") << QByteArray("exec sleep 60") << 300
                                      << QStringLiteral("was stopped");
        QTest::newRow("parser answers garbage") << QByteArray("cat >/dev/null; echo garbage")
                                                << 60000 << QStringLiteral("no usable answer");
        QTest::newRow("parser cannot start") << QByteArray() << 60000
                                             << QStringLiteral("could not be started");
    }
    void childFailuresAreMessages()
    {
        QFETCH(QByteArray, commands);
        QFETCH(int, timeoutMs);
        QFETCH(QString, reason);
        const QString program = commands.isEmpty()
            ? m_dir.filePath(QStringLiteral("no-such-parser"))
            : script(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), commands);
        setParserProcess({ true, program, timeoutMs });
        const LoadResult result = documentFromBytes(ferryDocx(), QStringLiteral("ferry.docx"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("ferry.docx")));
    }
};

QTEST_MAIN(TestPackagedDocument)
#include "tst_packageddocument.moc"
