// The window and both reports lay out the same rows for the same comparison: one
// RowLayout in the engine, drawn by the view and printed by the PDF and the HTML.
#include "report/htmlreport.h"
#include "report/pdfcontent.h"
#include "report/reportmodel.h"
#include "ui/view/sidebysideview.h"

#include "reportfixture.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;

namespace {

/// "1+2|3": the paragraphs of each side of a row.
QString spelled(const QVector<int> &left, const QVector<int> &right)
{
    const auto side = [](const QVector<int> &paragraphs) {
        QStringList parts;
        for (int p : paragraphs)
            parts << QString::number(p);
        return parts.join(QLatin1Char('+'));
    };
    return side(left) + QLatin1Char('|') + side(right);
}

QStringList windowRows(const ComparisonPtr &comparison)
{
    SideBySideView view;
    view.resize(900, 600);
    view.setComparison(comparison);
    QStringList rows;
    for (const Row &row : view.rowModel().rows())
        rows << spelled(row.paragraphs[Left], row.paragraphs[Right]);
    return rows;
}

QStringList reportRows(const ReportModel &model)
{
    QStringList rows;
    for (const ReportRow &row : model.rows()) {
        std::array<QVector<int>, 2> paragraphs;
        for (Side side : {Left, Right}) {
            for (const CellParagraph &paragraph : row.cells[side].paragraphs)
                paragraphs[side] << paragraph.index;
        }
        rows << spelled(paragraphs[Left], paragraphs[Right]);
    }
    return rows;
}

/// A story whose passages cross: a moved passage, a link out of order, gaps on both sides.
ComparisonPtr crossingStory()
{
    auto comparison = std::make_shared<Comparison>(*Test::reportComparison());
    Link swapped = comparison->links[4];
    comparison->links.remove(4);
    comparison->links.insert(0, swapped);
    for (Change &change : comparison->changes)
        change.link = -1;
    return comparison;
}

} // namespace

class TestSharedRows : public QObject
{
    Q_OBJECT
private slots:
    void sameRows_data()
    {
        QTest::addColumn<bool>("crossing");
        QTest::newRow("moved passage, deletion and insertion") << false;
        QTest::newRow("links listed out of order") << true;
    }

    void sameRows()
    {
        QFETCH(bool, crossing);
        const ComparisonPtr comparison = crossing ? crossingStory() : Test::reportComparison();
        const QStringList window = windowRows(comparison);
        QVERIFY(!window.isEmpty());

        const ReportModel model(*comparison, ReportScope::FullText);
        QCOMPARE(reportRows(model), window);

        // The HTML prints each row in the layout's order.
        const QString html = QString::fromUtf8(htmlReport(*comparison, ReportOptions{}));
        static const QRegularExpression row(QStringLiteral("<div class=\"row\" id=\"row(\\d+)\" data-layout=\"(\\d+)\""));
        int printed = 0;
        for (auto it = row.globalMatch(html); it.hasNext(); ++printed) {
            const QRegularExpressionMatch match = it.next();
            QCOMPARE(match.captured(1).toInt(), printed);
            QCOMPARE(match.captured(2).toInt(), printed);
        }
        QCOMPARE(printed, int(window.size()));

        // The PDF prints each row once, in the same order.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const PdfStyle style(&writer);
        ReportOptions options;
        PdfContent content(*comparison, options, style, 3000);
        QCOMPARE(reportRows(content.model()), window);
        QVector<int> blockRows;
        for (const PdfBlock &block : content.blocks({}, {})) {
            if (block.row >= 0)
                blockRows << block.row;
        }
        QCOMPARE(int(blockRows.size()), int(window.size()));
        for (int i = 0; i < blockRows.size(); ++i)
            QCOMPARE(blockRows[i], i);
    }
};

QTEST_MAIN(TestSharedRows)
#include "tst_sharedrows.moc"
