#include "report/htmlreport.h"

#include "reportfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Recension;

namespace {

QString report(ReportScope scope, const ComparisonPtr &comparison = Test::handBuiltComparison())
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
                                          std::pair{ReportScope::ChangesOnly, "changes only"}}) {
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
        QTest::newRow("legend heading") << "Legend and changes by category";
        QTest::newRow("quote audit") << "Quote audit";
        QTest::newRow("facts") << "Facts";
        QTest::newRow("left version's words") << "postponed</span>";
        QTest::newRow("right version's words") << "delayed</span>";
        QTest::newRow("Cyrillic") << "Рыбаки";
        QTest::newRow("Greek") << "Αλιείς";
        QTest::newRow("escaped markup") << "Readers typed &lt;script&gt; &amp; &lt;/b&gt; into";
        QTest::newRow("change title") << "title=\"synonym: safety → security\"";
        QTest::newRow("change number") << "<sup>#4</sup>";
        QTest::newRow("similarity") << "Similarity 87.7 %";
        QTest::newRow("moved passage note") << "moved down in the right version, see change #7";
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

    void everyChangeHasATitle()
    {
        const ComparisonPtr comparison = Test::handBuiltComparison();
        const QString html = report(ReportScope::FullText, comparison);
        static const QRegularExpression changeSpan(QStringLiteral("<span class=\"c-([a-z]+)\"[^>]*>"));
        int spans = 0;
        for (auto it = changeSpan.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // The legend's samples are the only change-coloured spans without a title.
            if (match.captured(0).contains(QLatin1String(" title=\""))) {
                QVERIFY2(match.captured(0).contains(QStringLiteral(" title=\"%1: ").arg(match.captured(1))),
                         qPrintable(match.captured(0)));
                ++spans;
            }
        }
        // Every non-moved change once per side it has, in the rows and the quote/fact tables.
        QVERIFY(spans >= 2 * 9);
    }

    void everyChangeHasAnAnchor()
    {
        const ComparisonPtr comparison = Test::handBuiltComparison();
        const QString html = report(ReportScope::FullText, comparison);
        for (const Change &change : comparison->changes) {
            const QString anchor = QStringLiteral(" id=\"c%1\"").arg(change.id);
            QCOMPARE(html.count(anchor), 1);
            QVERIFY(html.contains(QStringLiteral("href=\"#c%1\"").arg(change.id)));
        }
    }

    void changesOnlyLeavesUnchangedTextOut()
    {
        const QString html = report(ReportScope::ChangesOnly);
        QVERIFY(!html.contains(QLatin1String("The ferry pier is old.")));
        QVERIFY(html.contains(QLatin1String("Unchanged passages left out: 1")));
        QVERIFY(!html.contains(QLatin1String("Readers typed")));
    }

    void noQuotations()
    {
        auto comparison = std::make_shared<Comparison>(*Test::handBuiltComparison());
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
        htmlReport(*Test::handBuiltComparison(), ReportOptions{}, [&](int d, int t) {
            done = d;
            total = t;
        });
        QVERIFY(total > 0);
        QCOMPARE(done, total);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
