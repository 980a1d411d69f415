#include "document/paragraphbuilder.h"
#include "documenttesting.h"

#include <QTest>

using namespace Recension;

using Paragraphs = QVector<Paragraph>;

class TestParagraphBuilder : public QObject
{
    Q_OBJECT
private slots:
    void splitLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("line feeds") << QStringLiteral("a\nb\n") << QStringList { "a", "b" };
        QTest::newRow("carriage return and line feed")
            << QStringLiteral("a\r\nb\r\n") << QStringList { "a", "b" };
        QTest::newRow("lone carriage returns")
            << QStringLiteral("a\rb\r") << QStringList { "a", "b" };
        QTest::newRow("mixed endings with blank lines")
            << QStringLiteral("a\r\n\rb\n\nc") << QStringList { "a", "", "b", "", "c" };
        QTest::newRow("no final line ending") << QStringLiteral("a\nb") << QStringList { "a", "b" };
        QTest::newRow("CR LF pair is one ending, LF CR is two")
            << QStringLiteral("a\n\rb") << QStringList { "a", "", "b" };
        QTest::newRow("empty text") << QString() << QStringList {};
    }
    void splitLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        const QVector<SourceLine> split = Recension::splitLines(text);
        QStringList actual;
        for (int i = 0; i < split.size(); ++i) {
            actual << split[i].text.toString();
            QCOMPARE(split[i].number, i + 1);
        }
        QCOMPARE(actual, lines);
    }

    void isBlank_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("blank");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces and a tab") << QStringLiteral("  \t ") << true;
        QTest::newRow("no-break space") << QStringLiteral("\u00A0") << true;
        QTest::newRow("figure space") << QStringLiteral(" \u2007 ") << true;
        QTest::newRow("narrow no-break space") << QStringLiteral("\u202F") << true;
        QTest::newRow("zero-width no-break space") << QStringLiteral("\uFEFF ") << true;
        QTest::newRow("ideographic space") << QStringLiteral("\u3000") << true;
        QTest::newRow("a letter among spaces") << QStringLiteral(" \u00A0x ") << false;
        QTest::newRow("a lone dot") << QStringLiteral(".") << false;
    }
    void isBlank()
    {
        QFETCH(QString, text);
        QFETCH(bool, blank);
        QCOMPARE(Recension::isBlank(text), blank);
    }

    void collapseWhiteSpace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("collapsed");
        QTest::newRow("runs of ASCII white space")
            << QStringLiteral("  a \t\n b\r\n\fc  ") << QStringLiteral("a b c");
        QTest::newRow("no-break space inside is kept")
            << QStringLiteral("10\u00A0km") << QStringLiteral("10\u00A0km");
        QTest::newRow("no-break space at the ends is trimmed")
            << QStringLiteral("\u00A0word\u00A0") << QStringLiteral("word");
    }
    void collapseWhiteSpace()
    {
        QFETCH(QString, text);
        QFETCH(QString, collapsed);
        QCOMPARE(Recension::collapseWhiteSpace(text), collapsed);
    }

    void plainTextParagraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Paragraphs>("paragraphs");

        QTest::newRow("web copy: one paragraph per line")
            << QStringLiteral("Title\n\nFirst paragraph.\nSecond paragraph.\n\nThird.\n")
            << Paragraphs { { "Title", 1, 1 }, { "First paragraph.", 3, 3 },
                   { "Second paragraph.", 4, 4 }, { "Third.", 6, 6 } };
        QTest::newRow("hard-wrapped: runs joined with single spaces")
            << QStringLiteral("Title\n\nOne short line\nand another\nand a third.\n\n"
                              "Two lines\n  indented.\n")
            << Paragraphs { { "Title", 1, 1 }, { "One short line and another and a third.", 3, 5 },
                   { "Two lines indented.", 7, 8 } };
        QTest::newRow("exactly half of the lines followed is hard-wrapped")
            << QStringLiteral("a\nb\nc\n\nd\n") << Paragraphs { { "a b c", 1, 3 }, { "d", 5, 5 } };
        QTest::newRow("fewer than half followed is web copy")
            << QStringLiteral("a\nb\n\nc\n\nd\n")
            << Paragraphs { { "a", 1, 1 }, { "b", 2, 2 }, { "c", 4, 4 }, { "d", 6, 6 } };
        const QString longLine = QStringLiteral("x").repeated(101);
        QTest::newRow("long followed lines are web copy")
            << QStringLiteral("%1\n%1\n%1\n").arg(longLine)
            << Paragraphs { { longLine, 1, 1 }, { longLine, 2, 2 }, { longLine, 3, 3 } };
        const QString limitLine = QStringLiteral("y").repeated(100);
        QTest::newRow("lines of exactly 100 characters are short")
            << QStringLiteral("%1\n%1\n").arg(limitLine)
            << Paragraphs { { limitLine + u' ' + limitLine, 1, 2 } };
        QTest::newRow("a line of no-break spaces is blank")
            << QStringLiteral("First\n\u00A0\u00A0\nSecond\n")
            << Paragraphs { { "First", 1, 1 }, { "Second", 3, 3 } };
        QTest::newRow("lines are trimmed, inner spacing kept")
            << QStringLiteral("  Title  \n\n\tTwo  spaces\u00A0inside \n")
            << Paragraphs { { "Title", 1, 1 }, { "Two  spaces\u00A0inside", 3, 3 } };
        QTest::newRow("CRLF endings count lines the same")
            << QStringLiteral("Title\r\n\r\nBody one.\r\n\r\nBody two.\r\n")
            << Paragraphs { { "Title", 1, 1 }, { "Body one.", 3, 3 }, { "Body two.", 5, 5 } };
        QTest::newRow("lone CR endings count lines the same")
            << QStringLiteral("Title\r\rBody one.\r\rBody two.\r")
            << Paragraphs { { "Title", 1, 1 }, { "Body one.", 3, 3 }, { "Body two.", 5, 5 } };
        QTest::newRow("only blank lines") << QStringLiteral("\n \n\t\n") << Paragraphs {};
    }
    void plainTextParagraphs()
    {
        QFETCH(QString, text);
        QFETCH(Paragraphs, paragraphs);
        QCOMPARE(Recension::plainTextParagraphs(text), paragraphs);
    }

    void qualifiesAsTitle_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<bool>("title");
        QTest::newRow("short heading") << QStringLiteral("Storm closes the port") << true;
        QTest::newRow("ends with a full stop") << QStringLiteral("The port closed.") << false;
        QTest::newRow("ends with an exclamation mark") << QStringLiteral("Port shut!") << false;
        QTest::newRow("ends with a question mark") << QStringLiteral("Port shut?") << false;
        QTest::newRow("ends with a closing quotation mark")
            << QStringLiteral("Mayor: “We will help”") << true;
        QTest::newRow("200 characters") << QStringLiteral("a").repeated(200) << true;
        QTest::newRow("201 characters") << QStringLiteral("a").repeated(201) << false;
        QTest::newRow("200 emoji count as 200 characters")
            << QStringLiteral("\U0001F30A").repeated(200) << true;
        QTest::newRow("empty") << QString() << false;
    }
    void qualifiesAsTitle()
    {
        QFETCH(QString, paragraph);
        QFETCH(bool, title);
        QCOMPARE(Recension::qualifiesAsTitle(paragraph), title);
    }

    void capParagraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pieces");
        QTest::addColumn<QString>("firstEnds");
        const QString sentence = QStringLiteral("The council met again on Tuesday. ");
        QTest::newRow("an ordinary paragraph stays whole") << sentence.repeated(20).trimmed() << 1
                                                            << QStringLiteral("Tuesday.");
        QTest::newRow("a feed on one line is cut at sentence ends")
            << sentence.repeated(400).trimmed() << 4 << QStringLiteral("Tuesday.");
        QTest::newRow("one word of 20,000 letters is cut by characters")
            << QStringLiteral("harbour").repeated(2900) << 4 << QStringLiteral("arbourh");
        QTest::newRow("an emoji at the cut stays whole")
            << QStringLiteral("a") + QStringLiteral("\U0001F30A").repeated(5000) << 2
            << QStringLiteral("\U0001F30A");
    }
    void capParagraphs()
    {
        QFETCH(QString, text);
        QFETCH(int, pieces);
        QFETCH(QString, firstEnds);
        QVector<Paragraph> paragraphs{{QStringLiteral("Title"), 1, 1}, {text, 3, 3}};
        const QString warning = Recension::capParagraphs(&paragraphs, QStringLiteral("feed.txt"));
        QCOMPARE(paragraphs.size(), 1 + pieces);
        QCOMPARE(paragraphs.first().text, QStringLiteral("Title"));
        QCOMPARE(warning.isEmpty(), pieces == 1);
        if (pieces > 1)
            QVERIFY2(warning.contains(QStringLiteral("feed.txt")), qPrintable(warning));
        QVERIFY2(paragraphs[1].text.endsWith(firstEnds), qPrintable(paragraphs[1].text.right(40)));
        QString joined;
        for (int i = 1; i < paragraphs.size(); ++i) {
            QVERIFY(paragraphs[i].text.size() <= MaxParagraphChars);
            QVERIFY(!paragraphs[i].text.front().isLowSurrogate());
            QCOMPARE(paragraphs[i].line, 3);
            joined += paragraphs[i].text;
        }
        // Nothing is lost but the white space at the cuts.
        QCOMPARE(QString(joined).remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestParagraphBuilder)
#include "tst_paragraphbuilder.moc"
