#include "document/markdownreader.h"
#include "documenttesting.h"

#include <QFile>
#include <QTest>

using namespace Recension;
using namespace DocumentTesting;

using Paragraphs = QVector<Paragraph>;

class TestMarkdownReader : public QObject
{
    Q_OBJECT
private slots:
    void article()
    {
        QFile file(fixture(QStringLiteral("article.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const MarkupText markup = readMarkdown(QString::fromUtf8(file.readAll()));
        // Lines checked by hand against `cat -n tests/fixtures/documents/article.md`.
        const Paragraphs expected {
            { "Ferry timetable changes for the winter", 1, 1 },
            { "The island ferry will sail twice a day from Monday, the operator said — down "
              "from four sailings.",
                3, 4 },
            { "Fares", 6, 6 },
            { "Adults pay £12", 8, 8 },
            { "Children travel free", 9, 10 },
            { "\"We know this is hard for commuters,\" a spokeswoman said.", 12, 12 },
            { "Visit the operator's site for details.", 16, 16 },
            { "Day | Sailings", 18, 18 },
            { "Monday | 2", 20, 20 },
        };
        QCOMPARE(markup.paragraphs, expected);
        QCOMPARE(markup.heading, QStringLiteral("Ferry timetable changes for the winter"));
    }

    void snippets_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<Paragraphs>("paragraphs");
        QTest::addColumn<QString>("heading");

        QTest::newRow("a table row is one paragraph, its cells joined")
            << QStringLiteral("| pier | length |\n| --- | --- |\n| north | 120 m |\n| south | |\n")
            << Paragraphs { { "pier | length", 1, 1 }, { "north | 120 m", 3, 3 }, { "south", 4, 4 } }
            << QString();
        QTest::newRow("emphasis, code and links lose their markup")
            << QStringLiteral("*a* **b** `c` [d](http://x.invalid) <http://e.invalid>")
            << Paragraphs { { "a b c d http://e.invalid", 1, 1 } } << QString();
        QTest::newRow("entities are decoded, unknown ones kept")
            << QStringLiteral("&eacute;t&eacute; &#8220;x&#x201D; &amp; &nosuch;")
            << Paragraphs { { "été “x” & &nosuch;", 1, 1 } } << QString();
        QTest::newRow("hard line break becomes a space")
            << QStringLiteral("one  \ntwo\\\nthree") << Paragraphs { { "one two three", 1, 3 } }
            << QString();
        QTest::newRow("setext heading of level one names the title")
            << QStringLiteral("Title\n=====\n\nBody.")
            << Paragraphs { { "Title", 1, 1 }, { "Body.", 4, 4 } } << QStringLiteral("Title");
        QTest::newRow("a level-two heading is not the title")
            << QStringLiteral("## Section\n\nBody.")
            << Paragraphs { { "Section", 1, 1 }, { "Body.", 3, 3 } } << QString();
        QTest::newRow("raw HTML block is dropped")
            << QStringLiteral("Before.\n\n<div>\nadvert\n</div>\n\nAfter.")
            << Paragraphs { { "Before.", 1, 1 }, { "After.", 7, 7 } } << QString();
        QTest::newRow("nested list items are paragraphs of their own")
            << QStringLiteral("- outer\n  - inner\n- last")
            << Paragraphs { { "outer", 1, 1 }, { "inner", 2, 2 }, { "last", 3, 3 } } << QString();
        QTest::newRow("block quote over lines")
            << QStringLiteral("> one\n> two\n\n> three")
            << Paragraphs { { "one two", 1, 2 }, { "three", 4, 4 } } << QString();
        QTest::newRow("fenced code block is one paragraph")
            << QStringLiteral("```\nline a\nline b\n```")
            << Paragraphs { { "line a line b", 2, 3 } } << QString();
        QTest::newRow("CRLF and lone CR endings count lines")
            << QStringLiteral("a\r\n\r\nb\r\rc")
            << Paragraphs { { "a", 1, 1 }, { "b", 3, 3 }, { "c", 5, 5 } } << QString();
        QTest::newRow("no-break space is kept")
            << QStringLiteral("10\u00A0km") << Paragraphs { { "10\u00A0km", 1, 1 } } << QString();
    }
    void snippets()
    {
        QFETCH(QString, markdown);
        QFETCH(Paragraphs, paragraphs);
        QFETCH(QString, heading);
        const MarkupText markup = readMarkdown(markdown);
        QCOMPARE(markup.paragraphs, paragraphs);
        QCOMPARE(markup.heading, heading);
    }

    void emptyInput()
    {
        QVERIFY(readMarkdown(QString()).paragraphs.isEmpty());
        QVERIFY(readMarkdown(QStringLiteral("\n\n---\n\n")).paragraphs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
