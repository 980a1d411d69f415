#include "report/htmlreport.h"

#include "document/clutter.h"

#include "reportfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Recension;

namespace {

QString report(ReportScope scope, const ComparisonPtr &comparison = Test::reportComparison())
{
    ReportOptions options;
    options.scope = scope;
    return QString::fromUtf8(htmlReport(*comparison, options));
}


} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private slots:
    void selfContained_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("forbidden");
        for (const auto &[scope, name] : {std::pair{ReportScope::FullText, "full text"},
                                          std::pair{ReportScope::ChangesOnly, "changes only"},
                                          std::pair{ReportScope::FactChanges, "changes of fact only"}}) {
            const auto row = [&](const char *what, const char *text) {
                QTest::addRow("%s: %s", name, what) << int(scope) << QString::fromLatin1(text);
            };
            // The fixture's own text holds "<script>": escaping must keep it from being one.
            row("no script element", "<script");
            row("no http reference", "http:");
            row("no https reference", "https:");
            row("no src attribute", "src=");
            row("no link element", "<link");
            row("no CSS url()", "url(");
            row("no CSS import", "@import");
            row("no protocol-relative reference", "href=\"//");
        }
    }
    void selfContained()
    {
        QFETCH(int, scope);
        QFETCH(QString, forbidden);
        const QString html = report(static_cast<ReportScope>(scope));
        QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    }

    void content_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("legend heading") << "Legend and options";
        QTest::newRow("quote audit") << "Appendix: quote audit";
        QTest::newRow("findings") << "Findings: 4 high, 2 medium";
        QTest::newRow("a finding links to its place") << "<a href=\"#c6\"><span class=\"gist\">fifty → sixty</span></a>";
        QTest::newRow("a quotation finding links to its change") << "<a href=\"#c4\"><span class=\"gist\">We need";
        QTest::newRow("wording kept") << "Wording kept 61.0 %";
        QTest::newRow("reflows at a phone's width") << "@media (max-width: 45em)";
        QTest::newRow("facts") << "Facts";
        QTest::newRow("left version's words") << "postponed</span>";
        QTest::newRow("right version's words") << "delayed</span>";
        QTest::newRow("Cyrillic") << "Рыбаки";
        QTest::newRow("Greek") << "Αλιείς";
        QTest::newRow("escaped markup") << "Readers typed &lt;script&gt; &amp; &lt;/b&gt; into";
        QTest::newRow("change title") << "title=\"4 · synonym: safety → security\"";
        QTest::newRow("change number in the margin") << "<a class=\"n strong\" href=\"#c4\" data-n=\"4";
        QTest::newRow("meaning kept") << "Meaning kept 87.7 %";
        QTest::newRow("moved passage note") << "moved down in the right version, see change 7";
        QTest::newRow("unmatched passage against an empty cell") << "not in the right version";
        QTest::newRow("SHA-256") << "SHA-256";
        QTest::newRow("quote speaker") << "Ferreira";
    }
    void content()
    {
        QFETCH(QString, expected);
        const QString html = report(ReportScope::FullText);
        QVERIFY2(html.contains(expected), qPrintable(expected));
    }

    // Page one cites each version's publication; a report of two bare files has no such rows.
    void documentBlockCitesTheProvenance()
    {
        auto comparison = std::make_shared<Comparison>(*Test::reportComparison());
        auto left = std::make_shared<Document>(*comparison->documents[Left]);
        left->provenance = {QStringLiteral("The Harbour Gazette"),
                            QStringLiteral("https://gazette.example/news/harbour"),
                            QStringLiteral("2026-11-20"), {}};
        comparison->documents[Left] = left;
        const QString html = report(ReportScope::FullText, comparison);
        for (const char *expected : {"Outlet", "The Harbour Gazette", "URL",
                                     "https://gazette.example/news/harbour", "Published",
                                     "2026-11-20"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        QVERIFY(!html.contains(QLatin1String("Retrieved"))); // neither side has it
        QVERIFY(!report(ReportScope::FullText).contains(QLatin1String("Outlet")));
    }

    void everyChangeHasATitle()
    {
        const ComparisonPtr comparison = Test::reportComparison();
        const QString html = report(ReportScope::FullText, comparison);
        static const QRegularExpression changeSpan(QStringLiteral("<span class=\"c-([a-z]+)[^\"]*\"[^>]*>"));
        int spans = 0;
        for (auto it = changeSpan.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // The legend's samples are the only change-coloured spans without a title.
            if (match.captured(0).contains(QLatin1String(" title=\""))) {
                QVERIFY2(match.captured(0).contains(QStringLiteral(" · %1: ").arg(match.captured(1))),
                         qPrintable(match.captured(0)));
                ++spans;
            }
        }
        // Every non-moved change once per side it has, in the rows and the quote/fact tables.
        QVERIFY(spans >= 2 * 9);
    }

    void everyChangeHasAnAnchor()
    {
        const ComparisonPtr comparison = Test::reportComparison();
        const QString html = report(ReportScope::FullText, comparison);
        for (const Change &change : comparison->changes) {
            const QString anchor = QStringLiteral(" id=\"c%1\"").arg(change.id);
            QCOMPARE(html.count(anchor), 1);
            // A change drawn in the words has its number in the margin, linking to it.
            if (change.category != Category::Moved)
                QVERIFY(html.contains(QStringLiteral("href=\"#c%1\"").arg(change.id)));
        }
    }

    void numbersStayOutOfTheWords()
    {
        // The margin's numbers are generated content: the words between tags read whole.
        const QString html = report(ReportScope::FullText);
        QString text = html;
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        text.remove(tag);
        QVERIFY(text.contains(QLatin1String("Harbour council delays the bridge vote")));
        QVERIFY(text.contains(QLatin1String("Some sixty residents attended the meeting")));
    }

    void sectionsInReadingOrder()
    {
        const QString html = report(ReportScope::FullText);
        const qsizetype findings = html.indexOf(QLatin1String("Findings: "));
        const qsizetype texts = html.indexOf(QLatin1String("The two versions side by side"));
        const qsizetype audit = html.indexOf(QLatin1String("Appendix: quote audit"));
        QVERIFY(findings > 0);
        QVERIFY(findings < texts);
        QVERIFY(texts < audit);
        QVERIFY(!html.contains(QLatin1String("Every change")));
        ReportOptions options;
        options.changesTable = true;
        QVERIFY(QString::fromUtf8(htmlReport(*Test::reportComparison(), options)).contains(QLatin1String("Every change")));
    }

    void changesOnlyLeavesUnchangedTextOut()
    {
        const QString html = report(ReportScope::ChangesOnly);
        QVERIFY(!html.contains(QLatin1String("The ferry pier is old.")));
        QVERIFY(html.contains(QLatin1String("1 unchanged paragraph")));
        QVERIFY(!html.contains(QLatin1String("Readers typed")));
    }

    void clutterSetAsideIsListed()
    {
        const QString html = report(ReportScope::FullText, Test::reportComparisonWithClutter());
        const qsizetype list = html.indexOf(QLatin1String("Set aside as page clutter"));
        QVERIFY(list > html.indexOf(QLatin1String("The two versions side by side")));
        QVERIFY(html.indexOf(QLatin1String("Photo: Anna Reyes"), list) > list);
        QVERIFY(html.indexOf(QLatin1String("photo credit"), list) > list);
        QVERIFY(html.indexOf(QLatin1String("line 4"), list) > list);
        QVERIFY(html.indexOf(QLatin1String("Share this article"), list) > list);
        QVERIFY(!report(ReportScope::FullText).contains(QLatin1String("Set aside as page clutter")));
    }

    void noQuotations()
    {
        auto comparison = std::make_shared<Comparison>(*Test::reportComparison());
        comparison->quotes.clear();
        comparison->facts.clear();
        const QString html = report(ReportScope::FullText, comparison);
        QVERIFY(html.contains(QLatin1String("No quotations found.")));
        QVERIFY(html.contains(QLatin1String("No changed numbers, names, titles or organisations found.")));
    }

    void progressReachesTheEnd()
    {
        int done = -1;
        int total = -1;
        htmlReport(*Test::reportComparison(), ReportOptions{}, [&](int d, int t) {
            done = d;
            total = t;
        });
        QVERIFY(total > 0);
        QCOMPARE(done, total);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
