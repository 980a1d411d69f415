#include "document/documentloader.h"
#include "document/wordcount.h"
#include "documenttesting.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace Recension;
using namespace DocumentTesting;

Q_DECLARE_METATYPE(Recension::DocumentFormat)

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + name;
}

} // namespace

class TestDocumentLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<DocumentFormat>("format");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("lastLine");

        const QString council = QStringLiteral("Council approves new cycle lanes");
        const QString ferry = QStringLiteral("Ferry timetable changes for the winter");
        QTest::newRow("web copy text") << fixture(QStringLiteral("web-copy.txt"))
                                       << DocumentFormat::PlainText << 4 << council << 6;
        QTest::newRow("hard-wrapped text") << fixture(QStringLiteral("hard-wrapped.txt"))
                                           << DocumentFormat::PlainText << 4 << council << 12;
        QTest::newRow("HTML article")
            << fixture(QStringLiteral("article.html")) << DocumentFormat::Html << 13 << ferry << 28;
        QTest::newRow("Markdown article") << fixture(QStringLiteral("article.md"))
                                          << DocumentFormat::Markdown << 9 << ferry << 20;
        QTest::newRow("original harbour sample")
            << sample(QStringLiteral("harbour-original.txt")) << DocumentFormat::PlainText << 15
            << QStringLiteral("Storm surge shuts Kessvik harbour as ships wait offshore") << 29;
        QTest::newRow("spun harbour sample")
            << sample(QStringLiteral("harbour-spun.txt")) << DocumentFormat::PlainText << 15
            << QStringLiteral("Tempest surge closes Kessvik harbour as vessels wait offshore")
            << 29;
        QTest::newRow("condensed harbour sample")
            << sample(QStringLiteral("harbour-condensed.txt")) << DocumentFormat::PlainText << 13
            << QStringLiteral("Kessvik harbour shut by storm surge") << 25;
        QTest::newRow("unrelated sample")
            << sample(QStringLiteral("unrelated.txt")) << DocumentFormat::PlainText << 12
            << QStringLiteral(
                   "Village choir wins national title with song written by its youngest member")
            << 23;
    }
    void loadFiles()
    {
        QFETCH(QString, path);
        QFETCH(DocumentFormat, format);
        QFETCH(int, paragraphs);
        QFETCH(QString, title);
        QFETCH(int, lastLine);

        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        const Document &document = *result.document;
        QCOMPARE(document.path, path);
        QCOMPARE(toString(document.format), toString(format));
        QCOMPARE(document.paragraphs.size(), paragraphs);
        QCOMPARE(document.title, title);
        QCOMPARE(document.paragraphs.first().text, title);
        QCOMPARE(document.paragraphs.last().lastLine, lastLine);
        QCOMPARE(document.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(document.language, QStringLiteral("en"));
        QVERIFY(document.warnings.isEmpty());

        int words = 0;
        for (const Paragraph &paragraph : document.paragraphs)
            words += countWords(paragraph.text);
        QCOMPARE(document.wordCount, words);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(document.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void samplesAreShortArticles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("original") << QStringLiteral("harbour-original.txt");
        QTest::newRow("spun") << QStringLiteral("harbour-spun.txt");
        QTest::newRow("condensed") << QStringLiteral("harbour-condensed.txt");
        QTest::newRow("unrelated") << QStringLiteral("unrelated.txt");
    }
    void samplesAreShortArticles()
    {
        QFETCH(QString, name);
        const LoadResult result = loadDocument(sample(name));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.document->wordCount >= 350 && result.document->wordCount <= 600,
            qPrintable(QString::number(result.document->wordCount)));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("reason");

        const qint64 normal = LoadOptions().maxBytes;
        QTest::newRow("missing file") << QStringLiteral("missing.txt") << QByteArray() << normal
                                      << QStringLiteral("no such file");
        QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray() << normal
                                  << QStringLiteral("folder");
        QTest::newRow("empty file")
            << QStringLiteral("empty.txt") << QByteArray("") << normal << QStringLiteral("empty");
        QTest::newRow("only white space")
            << QStringLiteral("blank.txt") << QByteArray(" \n\t\n\xC2\xA0\n") << normal
            << QStringLiteral("white space");
        QTest::newRow("binary file")
            << QStringLiteral("image.txt") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0", 18)
            << normal << QStringLiteral("binary");
        QTest::newRow("over the size limit")
            << QStringLiteral("big.txt") << QByteArray("seventeen bytes!\n") << qint64(16)
            << QStringLiteral("too large");
        QTest::newRow("HTML without visible text")
            << QStringLiteral("scripts.html") << QByteArray("<html><script>x()</script></html>")
            << normal << QStringLiteral("no readable text");
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, reason);

        const QString path = m_dir.filePath(name);
        if (name == QLatin1String("folder"))
            QVERIFY(QDir(m_dir.path()).mkpath(name));
        else if (name != QLatin1String("missing.txt"))
            QVERIFY(writeFile(path, bytes));

        LoadOptions options;
        options.maxBytes = maxBytes;
        const LoadResult result = loadDocument(path, options);
        QVERIFY(!result.ok());
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads any file whatever its permissions");
        const QString path = write(QStringLiteral("locked.txt"), "Secret text\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (QFileInfo(path).isReadable())
            QSKIP("the file system ignores permissions");
        const LoadResult result = loadDocument(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("permission")), qPrintable(result.error));
    }

    void readOnlyFileLoads()
    {
        const QString path = write(QStringLiteral("readonly.txt"), "Title\n\nBody.\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(
            QFileInfo(path).permissions() & QFileDevice::WriteOwner, QFileDevice::Permissions());
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Café “quoted” naïve – résumé\r\n\r\nDéjà vu.\r\n");
        QTest::newRow("UTF-8 without a mark") << text.toUtf8() << "UTF-8";
        QTest::newRow("UTF-8 with a mark") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
        QTest::newRow("UTF-16LE with a mark")
            << QByteArray("\xFF\xFE") + utf16le(text) << "UTF-16LE";
        QTest::newRow("UTF-16BE with a mark")
            << QByteArray("\xFE\xFF") + utf16be(text) << "UTF-16BE";
        QTest::newRow("Windows-1252") << QByteArray(
            "Caf\xE9 \x93quoted\x94 na\xEFve \x96 r\xE9sum\xE9\r\n\r\nD\xE9j\xE0 vu.\r\n")
                                      << "windows-1252";
        QStringEncoder utf32(QStringConverter::Utf32LE);
        QTest::newRow("UTF-32LE without a mark") << QByteArray(utf32.encode(text)) << "UTF-32LE";
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString path = write(QStringLiteral("encoded.txt"), bytes);
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Document &document = *result.document;
        QCOMPARE(document.encoding, encoding);
        QCOMPARE(document.paragraphs,
            (QVector<Paragraph> {
                { "Café “quoted” naïve – résumé", 1, 1 }, { "Déjà vu.", 3, 3 } }));
        QCOMPARE(document.title, QStringLiteral("Café “quoted” naïve – résumé"));
        QVERIFY(document.warnings.isEmpty());
        QCOMPARE(document.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void invalidUtf8IsAWarning()
    {
        const QString path = write(QStringLiteral("damaged.txt"),
            QByteArray("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n\n"
                       "Bad \xFF byte and \xC3 here.\n"));
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Document &document = *result.document;
        QCOMPARE(document.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(
            document.paragraphs.last().text, QStringLiteral("Bad \uFFFD byte and \uFFFD here."));
        QCOMPARE(document.warnings.size(), 1);
        QVERIFY2(document.warnings.first().contains(path), qPrintable(document.warnings.first()));
        QVERIFY2(document.warnings.first().contains(QStringLiteral("UTF-8")),
            qPrintable(document.warnings.first()));
        QVERIFY2(document.warnings.first().contains(QStringLiteral(": 2 ")),
            qPrintable(document.warnings.first()));
    }

    void doubtfulDecodingIsAWarning()
    {
        const QString path = write(QStringLiteral("a2.txt"), QByteArray(4000, '\xA2'));
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document->warnings.size(), 1);
        const QString warning = result.document->warnings.first();
        QVERIFY2(warning.contains(path) && warning.contains(QStringLiteral("read as "))
                     && warning.contains(result.document->encoding),
                 qPrintable(warning));
    }

    void fileNameThatIsNotUtf8Opens_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("Latin-1 é in the name") << QByteArray("caf\xE9.txt");
        QTest::newRow("a lone continuation byte") << QByteArray("draft\x80-2.txt");
        QTest::newRow("in a folder whose name is not UTF-8 either") << QByteArray("r\xE9sum\xE9/notes.txt");
    }
    void fileNameThatIsNotUtf8Opens()
    {
        QFETCH(QByteArray, name);
        const QByteArray native = QFile::encodeName(m_dir.path()) + '/' + name;
        if (name.contains('/'))
            QCOMPARE(::mkdir(native.left(native.lastIndexOf('/')).constData(), 0755), 0);
        {
            const QByteArray bytes = "Harbour strike ends\n\nDock workers returned on Monday.\n";
            FILE *file = std::fopen(native.constData(), "wb");
            QVERIFY(file);
            QCOMPARE(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file), size_t(bytes.size()));
            std::fclose(file);
        }
        // As the command line and the file dialogs hand it over: lossily decoded.
        const QString path = QFile::decodeName(native);
        QVERIFY(path.contains(QChar(QChar::ReplacementCharacter)));
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document->title, QStringLiteral("Harbour strike ends"));
        QCOMPARE(result.document->path, path);
        // QTemporaryDir cannot remove what it cannot name.
        QCOMPARE(::unlink(native.constData()), 0);
        if (name.contains('/'))
            QCOMPARE(::rmdir(native.left(native.lastIndexOf('/')).constData()), 0);
    }

    void composedAndDecomposedKeepTheirForm_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("composed é") << QStringLiteral("caf\u00E9");
        QTest::newRow("e and a combining acute") << QStringLiteral("cafe\u0301");
    }
    void composedAndDecomposedKeepTheirForm()
    {
        QFETCH(QString, word);
        const QString path
            = write(QStringLiteral("cafe.txt"), (word + QStringLiteral(" au lait\n")).toUtf8());
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document->paragraphs.first().text, word + QStringLiteral(" au lait"));
        QCOMPARE(result.document->wordCount, 3);
    }

    void titleFallsBackToTheFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        QTest::newRow("short heading")
            << QStringLiteral("a.txt") << QByteArray("Port closes\n\nBody.\n") << "Port closes";
        QTest::newRow("first line ends with a full stop")
            << QStringLiteral("story.txt") << QByteArray("The port closed.\n\nBody.\n")
            << "story.txt";
        QTest::newRow("first line too long")
            << QStringLiteral("long.txt") << QByteArray(201, 'x') + "\n\nBody.\n"
            << "long.txt";
        QTest::newRow("HTML: the h1 when the first paragraph ends in a stop")
            << QStringLiteral("page.html")
            << QByteArray("<p>Breaking.</p><h1>Port closes</h1><p>Body.</p>") << "Port closes";
        QTest::newRow("HTML: the title element when there is no h1")
            << QStringLiteral("page2.html")
            << QByteArray("<title>Port | Gazette</title><p>Breaking.</p>") << "Port | Gazette";
        QTest::newRow("HTML without any heading")
            << QStringLiteral("page3.html") << QByteArray("<p>Breaking.</p>") << "page3.html";
    }
    void titleFallsBackToTheFileName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        const LoadResult result = loadDocument(write(name, bytes));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document->title, title);
    }

    void languageOption()
    {
        const QString path = write(QStringLiteral("lang.txt"), "Titel\n\nText.\n");
        LoadOptions options;
        options.language = QStringLiteral("de");
        QCOMPARE(loadDocument(path, options).document->language, QStringLiteral("de"));
        options.language.clear();
        QCOMPARE(loadDocument(path, options).document->language, QStringLiteral("en"));
    }

    void detectFormat_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<DocumentFormat>("format");
        QTest::newRow(".html extension") << "a.html"
                                         << "plain words" << DocumentFormat::Html;
        QTest::newRow(".HTM in capitals") << "A.HTM"
                                          << "plain words" << DocumentFormat::Html;
        QTest::newRow(".xhtml extension") << "a.xhtml"
                                          << "<p>x</p>" << DocumentFormat::Html;
        QTest::newRow(".md extension") << "a.md"
                                       << "# x" << DocumentFormat::Markdown;
        QTest::newRow(".markdown extension") << "a.markdown"
                                             << "x" << DocumentFormat::Markdown;
        QTest::newRow("text opening with a doctype")
            << "a.txt"
            << "\n  <!DOCTYPE html><p>x</p>" << DocumentFormat::Html;
        QTest::newRow("text opening with an html tag") << "noext"
                                                       << "<HTML><body>x" << DocumentFormat::Html;
        QTest::newRow("text that mentions a tag later")
            << "a.txt"
            << "About the <html> element" << DocumentFormat::PlainText;
        QTest::newRow("text with a stray tag first")
            << "a.txt"
            << "<b>bold</b> claim" << DocumentFormat::PlainText;
    }
    void detectFormat()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(DocumentFormat, format);
        QCOMPARE(toString(Recension::detectFormat(path, text)), toString(format));
    }

    void documentFromText()
    {
        const QString text = QStringLiteral("\uFEFFPasted title\n\nFirst paragraph.\nSecond.\n");
        const LoadResult result = Recension::documentFromText(text, QStringLiteral("Clipboard"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Document &document = *result.document;
        QCOMPARE(document.path, QStringLiteral("Clipboard"));
        QCOMPARE(document.title, QStringLiteral("Pasted title"));
        QCOMPARE(document.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(toString(document.format), toString(DocumentFormat::PlainText));
        QCOMPARE(document.paragraphs,
            (QVector<Paragraph> {
                { "Pasted title", 1, 1 }, { "First paragraph.", 3, 3 }, { "Second.", 4, 4 } }));
        QCOMPARE(document.wordCount, 5);
        QCOMPARE(document.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(text.mid(1).toUtf8(), QCryptographicHash::Sha256)
                    .toHex()));
    }

    void documentFromTextFollowsTheFormat()
    {
        const LoadResult html = Recension::documentFromText(
            QStringLiteral("<!DOCTYPE html><h1>Head</h1><p>Body.</p>"), QStringLiteral("Pasted"));
        QVERIFY(html.ok());
        QCOMPARE(toString(html.document->format), toString(DocumentFormat::Html));
        QCOMPARE(html.document->paragraphs.size(), 2);

        const LoadResult untitled = Recension::documentFromText(
            QStringLiteral("A sentence that ends.\n"), QStringLiteral("Pasted text"));
        QVERIFY(untitled.ok());
        QCOMPARE(untitled.document->title, QStringLiteral("Pasted text"));
    }

    void documentFromTextRefusesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("only white space")
            << QStringLiteral(" \n\u00A0\n") << QStringLiteral("white space");
    }
    void documentFromTextRefusesNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const LoadResult result = Recension::documentFromText(text, QStringLiteral("Clipboard"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("Clipboard")), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
