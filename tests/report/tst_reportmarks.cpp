// Review marks in the reports: each marked finding's sign, state and note on page one of
// the PDF and in the HTML's findings, each marked change's in the change table, and a
// report without marks laid out as before.
#include "compare/comparator.h"
#include "document/documentloader.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"

#include "pdftotext.h"
#include "reportfixture.h"

#include <QTest>

using namespace Recension;

namespace {

ComparisonPtr harbour()
{
    static const ComparisonPtr comparison = compareDocuments(
        loadDocument(QStringLiteral(RECENSION_SAMPLES "/harbour-original.txt")).document,
        loadDocument(QStringLiteral(RECENSION_SAMPLES "/harbour-spun.txt")).document, {});
    return comparison;
}

/// The first high finding and the last finding (high first, as page one lists them).
std::array<int, 2> twoFindings(const Comparison &comparison)
{
    return {{0, int(comparison.findings.size()) - 1}};
}

ReportOptions markedOptions(const Comparison &comparison)
{
    ReportOptions options;
    options.changesTable = true;
    const auto [first, last] = twoFindings(comparison);
    options.marks.findings.insert(first, PlacedMark{MarkState::Disputed, QStringLiteral("ask the wire desk")});
    options.marks.findings.insert(last, PlacedMark{MarkState::Checked, QString()});
    options.marks.changes.insert(0, PlacedMark{MarkState::Checked, QStringLiteral("same meaning")});
    return options;
}

} // namespace

class TestReportMarks : public QObject
{
    Q_OBJECT

private slots:
    void samplesHaveFindings();
    void pdfPageOneShowsTheMarks();
    void pdfChangeTableShowsTheMarks();
    void pdfWithoutMarksHasNoReviewColumn();
    void htmlShowsTheMarks();
    void htmlWithoutMarksIsUnchanged();
};

void TestReportMarks::samplesHaveFindings()
{
    QVERIFY(harbour());
    QVERIFY(harbour()->findings.size() >= 2);
}

void TestReportMarks::pdfPageOneShowsTheMarks()
{
    const Comparison &comparison = *harbour();
    const QString text = Test::pdfBytesToText(Test::pdfReportBytes(comparison, markedOptions(comparison)));
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pageOne = text.section(QLatin1Char('\f'), 0, 0).simplified();
    QVERIFY2(pageOne.contains(QStringLiteral("Review")), qPrintable(pageOne));
    QVERIFY2(pageOne.contains(QStringLiteral("✗ Disputed: ask the wire desk")), qPrintable(pageOne));
    // The last finding may stand on page two when page one is full.
    const QString findings = text.section(QLatin1Char('\f'), 0, 1).simplified();
    QVERIFY2(findings.contains(QStringLiteral("✓ Checked")), qPrintable(findings));
}

void TestReportMarks::pdfChangeTableShowsTheMarks()
{
    const Comparison &comparison = *harbour();
    const QString text = Test::pdfBytesToText(Test::pdfReportBytes(comparison, markedOptions(comparison)));
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const int table = text.lastIndexOf(QStringLiteral("Every change"));
    QVERIFY(table > 0);
    // A cell's words wrap onto lines of their own.
    const QString tableText = text.mid(table).simplified();
    QVERIFY2(tableText.contains(QStringLiteral("✓ Checked: same meaning")), qPrintable(tableText.left(600)));
}

void TestReportMarks::pdfWithoutMarksHasNoReviewColumn()
{
    const Comparison &comparison = *harbour();
    ReportOptions options;
    const QString text = Test::pdfBytesToText(Test::pdfReportBytes(comparison, options));
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(!text.contains(QStringLiteral("Review")));
    QVERIFY(!text.contains(QStringLiteral("✓")));
    QVERIFY(!text.contains(QStringLiteral("✗")));
}

void TestReportMarks::htmlShowsTheMarks()
{
    const Comparison &comparison = *harbour();
    const QString html = QString::fromUtf8(htmlReport(comparison, markedOptions(comparison)));
    const auto [first, last] = twoFindings(comparison);
    const auto itemOf = [&html](int findingIndex, const Comparison &c) {
        const QString id = QStringLiteral("id=\"f%1\"").arg(c.findings[findingIndex].id);
        const int at = html.indexOf(id);
        return at < 0 ? QString() : html.mid(at, html.indexOf(QStringLiteral("</li>"), at) - at);
    };
    const QString disputed = itemOf(first, comparison);
    QVERIFY2(disputed.contains(QStringLiteral("<b>✗ Disputed</b>: ask the wire desk")), qPrintable(disputed));
    QVERIFY2(itemOf(last, comparison).contains(QStringLiteral("<b>✓ Checked</b></span>")),
             qPrintable(itemOf(last, comparison)));
    const int table = html.indexOf(QStringLiteral("<h2>Every change</h2>"));
    QVERIFY(table > 0);
    const QString firstRow = html.mid(table, html.indexOf(QStringLiteral("</tr>"), html.indexOf(QStringLiteral("<tr><td"), table)) - table);
    QVERIFY2(firstRow.contains(QStringLiteral("<b>✓ Checked</b>: same meaning")), qPrintable(firstRow));
}

void TestReportMarks::htmlWithoutMarksIsUnchanged()
{
    const Comparison &comparison = *harbour();
    ReportOptions options;
    options.changesTable = true;
    const QString html = QString::fromUtf8(htmlReport(comparison, options));
    QVERIFY(!html.contains(QStringLiteral("class=\"review\"")));
}

QTEST_MAIN(TestReportMarks)
#include "tst_reportmarks.moc"
