#include "document/document.h"

#include <QTest>

using namespace Recension;

class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void displayName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file in a folder") << QStringLiteral("a/b/story.txt") << QStringLiteral("story.txt");
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
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
