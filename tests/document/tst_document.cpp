#include "document/document.h"

#include <QTest>

using namespace Recension;

Q_DECLARE_METATYPE(Recension::DocumentFormat)

class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void displayName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file in a folder")
            << QStringLiteral("a/b/story.txt") << QStringLiteral("story.txt");
        QTest::newRow("bare file") << QStringLiteral("story.html") << QStringLiteral("story.html");
    }
    void displayName()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        Document doc;
        doc.path = path;
        QCOMPARE(doc.displayName(), expected);
    }

    void formatNames_data()
    {
        QTest::addColumn<DocumentFormat>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain text") << DocumentFormat::PlainText << QStringLiteral("text");
        QTest::newRow("Markdown") << DocumentFormat::Markdown << QStringLiteral("markdown");
        QTest::newRow("HTML") << DocumentFormat::Html << QStringLiteral("html");
        QTest::newRow("Word") << DocumentFormat::Docx << QStringLiteral("docx");
        QTest::newRow("OpenDocument") << DocumentFormat::Odt << QStringLiteral("odt");
        QTest::newRow("PDF") << DocumentFormat::Pdf << QStringLiteral("pdf");
    }
    void formatNames()
    {
        QFETCH(DocumentFormat, format);
        QFETCH(QString, name);
        QCOMPARE(toString(format), name);
        QVERIFY(documentFormatFromName(name) == format);
        QVERIFY(!describe(format).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
