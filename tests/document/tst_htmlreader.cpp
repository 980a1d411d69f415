#include "document/documentloader.h"
#include "document/htmlreader.h"
#include "documenttesting.h"

#include <QFile>
#include <QTest>

using namespace Recension;
using namespace DocumentTesting;

using Paragraphs = QVector<Paragraph>;

class TestHtmlReader : public QObject
{
    Q_OBJECT
private:
    MarkupText m_article;

private slots:
    void initTestCase()
    {
        QFile file(fixture(QStringLiteral("article.html")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_article = readHtml(QString::fromUtf8(file.readAll()));
    }

    void articleParagraphs()
    {
        // Lines checked by hand against `cat -n tests/fixtures/documents/article.html`.
        const Paragraphs expected {
            { "Ferry timetable changes for the winter", 14, 14 },
            { "By a staff reporter", 15, 15 },
            { "The island ferry will sail twice a day from Monday, the operator said — down "
              "from four sailings & a night boat.",
                16, 17 },
            { "Fares stay at £12 for adults. Children travel free.", 18, 18 },
            { "“We know this is hard for commuters,” a spokeswoman said.", 20, 20 },
            { "Early boat: 07:15", 22, 22 },
            { "Late boat: 18:40", 23, 23 },
            { "A note in a div", 25, 25 },
            { "with a paragraph inside", 26, 26 },
            { "and text after it", 26, 26 },
            { "Day", 27, 27 },
            { "Sailings", 27, 27 },
            { "The ferry leaving the harbour.", 28, 28 },
        };
        QCOMPARE(m_article.paragraphs, expected);
        QCOMPARE(m_article.heading, QStringLiteral("Ferry timetable changes for the winter"));
    }

    void droppedContent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("the page title element") << QStringLiteral("Coastal Gazette");
        QTest::newRow("a style sheet") << QStringLiteral("margin");
        QTest::newRow("a script, even one writing markup") << QStringLiteral("Written by");
        QTest::newRow("the site header outside the article") << QStringLiteral("Site banner");
        QTest::newRow("navigation") << QStringLiteral("Home");
        QTest::newRow("a comment") << QStringLiteral("editor");
        QTest::newRow("an element marked hidden") << QStringLiteral("Hidden paragraph");
        QTest::newRow("an aside") << QStringLiteral("Related stories");
        QTest::newRow("a form") << QStringLiteral("Subscribe");
        QTest::newRow("noscript") << QStringLiteral("Enable scripts");
        QTest::newRow("svg text") << QStringLiteral("SVG label");
        QTest::newRow("the footer") << QStringLiteral("Copyright");
        QTest::newRow("an image's alternative text") << QStringLiteral("The ferry\"");
    }
    void droppedContent()
    {
        QFETCH(QString, text);
        for (const Paragraph &paragraph : std::as_const(m_article.paragraphs))
            QVERIFY2(!paragraph.text.contains(text), qPrintable(paragraph.text));
    }

    void attributesPastTheCapAreDropped_data()
    {
        QTest::addColumn<int>("attributes");
        QTest::addColumn<bool>("warned");
        QTest::newRow("a few attributes") << 3 << false;
        QTest::newRow("two thousand attributes on one tag") << 2000 << true;
    }
    void attributesPastTheCapAreDropped()
    {
        QFETCH(int, attributes);
        QFETCH(bool, warned);
        QString html = QStringLiteral("<p");
        for (int i = 0; i < attributes; ++i)
            html += QStringLiteral(" data-x%1='a > b'").arg(i);
        html += QStringLiteral(">The bridge vote.</p><p hidden>Hidden.</p>");
        const MarkupText markup = readHtml(html);
        QCOMPARE(markup.paragraphs.size(), 1);
        QCOMPARE(markup.paragraphs.first().text, QStringLiteral("The bridge vote."));
        QCOMPARE(markup.warnings.size(), warned ? 1 : 0);
    }

    void snippets_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<Paragraphs>("paragraphs");
        QTest::addColumn<QString>("heading");

        QTest::newRow("named and numeric entities")
            << QStringLiteral("<p>&eacute;t&eacute; &#8220;x&#x201D; &lt;tag&gt; &amp;</p>")
            << Paragraphs { { "été “x” <tag> &", 1, 1 } } << QString();
        QTest::newRow("no-break space entity is kept")
            << QStringLiteral("<p>10&nbsp;km</p>") << Paragraphs { { "10\u00A0km", 1, 1 } }
            << QString();
        QTest::newRow("line break becomes a space")
            << QStringLiteral("<p>one<br>two<br/>\nthree</p>")
            << Paragraphs { { "one two three", 1, 2 } } << QString();
        QTest::newRow("inline markup does not split words or paragraphs")
            << QStringLiteral("<p>a <b>bold</b> <i>and</i> <a href='x'>linked</a>word</p>")
            << Paragraphs { { "a bold and linkedword", 1, 1 } } << QString();
        QTest::newRow("heading from the title element without an h1")
            << QStringLiteral("<html><head><title> The  title </title></head>"
                              "<body><p>Body.</p></body></html>")
            << Paragraphs { { "Body.", 1, 1 } } << QStringLiteral("The title");
        QTest::newRow("header inside an article is kept")
            << QStringLiteral("<header>Site</header><article><header><h1>Head</h1></header>"
                              "<p>Text.</p></article>")
            << Paragraphs { { "Head", 1, 1 }, { "Text.", 1, 1 } } << QStringLiteral("Head");
        QTest::newRow("unclosed paragraphs and list items recover")
            << QStringLiteral("<p>one\n<p>two\n<ul><li>three\n<li>four</ul>")
            << Paragraphs { { "one", 1, 1 }, { "two", 2, 2 }, { "three", 3, 3 }, { "four", 4, 4 } }
            << QString();
        QTest::newRow("CRLF and lone CR endings count lines")
            << QStringLiteral("<p>a</p>\r\n<p>b</p>\r<p>c\r\nd</p>")
            << Paragraphs { { "a", 1, 1 }, { "b", 2, 2 }, { "c d", 3, 4 } } << QString();
        QTest::newRow("a paragraph of no-break spaces is blank")
            << QStringLiteral("<p>&nbsp;</p><p>x</p>") << Paragraphs { { "x", 1, 1 } } << QString();
        QTest::newRow("preformatted text collapses to one line")
            << QStringLiteral("<pre>a\n  b\n</pre>") << Paragraphs { { "a b", 1, 2 } } << QString();
        QTest::newRow("text before the first tag")
            << QStringLiteral("Loose text\n<p>Para</p>")
            << Paragraphs { { "Loose text", 1, 1 }, { "Para", 2, 2 } } << QString();
    }
    void snippets()
    {
        QFETCH(QString, html);
        QFETCH(Paragraphs, paragraphs);
        QFETCH(QString, heading);
        const MarkupText markup = readHtml(html);
        QCOMPARE(markup.paragraphs, paragraphs);
        QCOMPARE(markup.heading, heading);
    }

    void longParagraphKeepsItsLines()
    {
        // libxml2 reports long text in chunks; each must still be placed on its own lines.
        QString html = QStringLiteral("<html><body>\n<p>");
        for (int i = 0; i < 120; ++i)
            html += QStringLiteral("Line %1 of a long paragraph &amp; more text here\n").arg(i);
        html += QStringLiteral("</p>\n<p>after</p></body></html>");
        const MarkupText markup = readHtml(html);
        QCOMPARE(markup.paragraphs.size(), 2);
        QCOMPARE(markup.paragraphs[0].line, 2);
        QCOMPARE(markup.paragraphs[0].lastLine, 121);
        QCOMPARE(markup.paragraphs[1], (Paragraph { "after", 123, 123 }));
    }

    void nothingIsFetched()
    {
        // An external entity or DTD must not be loaded: the text stays as it is.
        const MarkupText markup = readHtml(QStringLiteral(
            "<!DOCTYPE html SYSTEM \"http://example.invalid/x.dtd\"><p>Offline &custom; text</p>"));
        QCOMPARE(markup.paragraphs.size(), 1);
        QVERIFY(markup.paragraphs[0].text.startsWith(QStringLiteral("Offline")));
    }

    void emptyInput()
    {
        QVERIFY(readHtml(QString()).paragraphs.isEmpty());
        QVERIFY(readHtml(QStringLiteral("<script>only()</script>")).paragraphs.isEmpty());
    }

    void provenanceFromThePagesMetadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("published");
        QTest::newRow("canonical link, og:site_name and article:published_time win")
            << "provenance/harbour-gazette.html" << "The Harbour Gazette"
            << "https://gazette.example/news/harbour-reopens" << "2026-11-20T08:30:00+00:00";
        QTest::newRow("a saved page's comment, application-name and the main's <time>")
            << "provenance/saved-page.html" << "Port News"
            << "https://portnews.example/2026/11/harbour.htm" << "2026-11-21T10:00";
        QTest::newRow("a page without metadata has none") << "article.html" << "" << "" << "";
    }

    void provenanceFromThePagesMetadata()
    {
        QFETCH(QString, file);
        QFETCH(QString, outlet);
        QFETCH(QString, url);
        QFETCH(QString, published);
        const LoadResult loaded = loadDocument(fixture(file));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.document->provenance.outlet, outlet);
        QCOMPARE(loaded.document->provenance.url, url);
        QCOMPARE(loaded.document->provenance.published, published);
        QCOMPARE(loaded.document->provenance.retrieved, QString()); // never guessed
    }

    void provenanceSnippets_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("published");
        QTest::newRow("og:url when there is no canonical link")
            << "<meta property='og:url' content=' https://a.example/x '><p>Text</p>"
            << "https://a.example/x" << "";
        QTest::newRow("a <time> in a dropped <aside> is not the date")
            << "<article><aside><time datetime='2020-01-01'>old</time></aside><p>T</p></article>"
            << "" << "";
        QTest::newRow("a <time pubdate> anywhere")
            << "<p>T <time pubdate datetime='2026-11-02'>2 Nov</time></p>" << "" << "2026-11-02";
        QTest::newRow("a saved page of a local file names no URL")
            << "<!-- saved from url=(0014)about:internet --><p>T</p>" << "" << "";
    }

    void provenanceSnippets()
    {
        QFETCH(QString, html);
        QFETCH(QString, url);
        QFETCH(QString, published);
        const MarkupText markup = readHtml(html);
        QCOMPARE(markup.provenance.url, url);
        QCOMPARE(markup.provenance.published, published);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
