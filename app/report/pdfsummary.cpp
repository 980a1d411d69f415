// The summary page of the PDF report: what was compared, the counts, the legend, and
// where in the report each change stands.
#include "report/pdfcontent.h"

#include "report/reportpalette.h"
#include "report/reportstrings.h"

#include <QMap>
#include <QTextTable>

#include <functional>

namespace Recension {

QString PdfContent::pageList(const QVector<int> &changes, const PdfPageMap &pages) const
{
    // "p. 4: #1 #2 · p. 5: #7": grouped by page, so a reader turns to one page per group.
    QMap<int, QStringList> byPage;
    for (int change : changes)
        byPage[pages.changePage.value(change, 0)] << QStringLiteral("#%1").arg(m_comparison.changes[change].id);
    QStringList groups;
    for (auto it = byPage.cbegin(); it != byPage.cend(); ++it) {
        const QString page = it.key() > 0 ? QString::number(it.key()) : QStringLiteral("?");
        //: page of the report, then the numbers of the changes on it
        groups << tr("p. %1: %2").arg(page, it.value().join(QLatin1Char(' ')));
    }
    return groups.join(QStringLiteral(" · "));
}

QVector<PdfBlock> PdfContent::summary(const PdfPageMap &pages) const
{
    const auto fullWidth = [&](PdfText text) {
        PdfBlock block;
        block.cells.append({std::move(text), 0, 0, {}, {}});
        return block;
    };
    QVector<PdfBlock> blocks;

    PdfTextBuilder top(m_style, m_bodyWidth);
    top.paragraph(Qt::AlignLeft, 3);
    top.text(reportTitle(), m_style.title);
    QTextTable *documents = top.table(7, 3, {16, 42, 42});
    QFont bold = m_style.small;
    bold.setBold(true);
    top.cell(documents, 0, 1);
    top.text(tr("Left version"), bold);
    top.cell(documents, 0, 2);
    top.text(tr("Right version"), bold);
    const QList<SummaryField> fields = documentFields(m_comparison);
    for (int i = 0; i < fields.size() && i < 6; ++i) {
        top.cell(documents, i + 1, 0);
        top.text(fields[i].label, bold);
        for (Side side : {Left, Right}) {
            top.cell(documents, i + 1, 1 + side);
            top.text(fields[i].values[side], i == 0 ? m_style.body : m_style.small);
        }
    }
    top.atEnd();
    top.paragraph(Qt::AlignLeft, 1);
    if (m_options.generated.isValid()) {
        top.text(tr("Report made %1").arg(m_options.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                 m_style.small);
        top.paragraph(Qt::AlignLeft, 1);
    }
    QStringList options;
    for (const SummaryField &field : optionFields(m_comparison.options, m_options.scope))
        options << field.label + QStringLiteral(": ") + field.values[0];
    top.text(tr("Options: %1").arg(options.join(QStringLiteral(" · "))), m_style.small);
    top.paragraph(Qt::AlignLeft, 1);
    const auto severities = m_comparison.countBySeverity();
    top.text(tr("Similarity %1").arg(percent(m_comparison.similarity)) + QStringLiteral("   "), m_style.heading);
    top.text(tr("Changes: %1 (%2 high, %3 medium, %4 low severity)")
                 .arg(m_comparison.changes.size())
                 .arg(severities[int(Severity::High)])
                 .arg(severities[int(Severity::Medium)])
                 .arg(severities[int(Severity::Low)]),
             m_style.body);
    top.paragraph();
    const auto quotes = m_comparison.countByQuoteStatus();
    QStringList quoteCounts;
    for (int i = 0; i < QuoteStatusCount; ++i)
        quoteCounts << QStringLiteral("%1: %2").arg(quoteStatusName(static_cast<QuoteStatus>(i))).arg(quotes[i]);
    top.text(tr("Quotations: %1").arg(quoteCounts.join(QStringLiteral(" · "))), m_style.body);
    blocks.append(fullWidth(top.finish()));

    blocks.append(heading(tr("Legend and changes by category"), false));
    // One table row per block: a block moves to the next page whole, so the legend
    // flows over a page break without a table ever being cut between its lines.
    const QVector<qreal> legendColumns{13, 27, 7, 53};
    const auto legendRow = [&](const std::function<void(PdfTextBuilder &, QTextTable *)> &fill) {
        PdfTextBuilder row(m_style, m_bodyWidth);
        fill(row, row.table(1, 4, legendColumns));
        blocks.append(fullWidth(row.finish()));
    };
    legendRow([&](PdfTextBuilder &row, QTextTable *table) {
        const QStringList headers{tr("Mark"), tr("Meaning"), tr("Count"), tr("Where in this report")};
        for (int column = 0; column < headers.size(); ++column) {
            row.cell(table, 0, column);
            row.text(headers[column], bold);
        }
    });
    const auto counts = m_comparison.countByCategory();
    for (int i = 0; i < CategoryCount; ++i) {
        const auto category = static_cast<Category>(i);
        QVector<int> changes;
        for (int c = 0; c < m_comparison.changes.size(); ++c) {
            if (m_comparison.changes[c].category == category)
                changes << c;
        }
        legendRow([&](PdfTextBuilder &row, QTextTable *table) {
            row.cell(table, 0, 0);
            if (categoryStyle(category).mark == Mark::SideBar) {
                row.text(QStringLiteral("\u258c "), m_style.body, categoryStyle(category).markColour);
                row.text(categoryName(category), m_style.body);
            } else {
                row.sample(category, categoryName(category));
            }
            row.cell(table, 0, 1);
            row.text(categoryDescription(category), m_style.small);
            row.cell(table, 0, 2);
            row.text(QString::number(counts[i]), m_style.body);
            row.cell(table, 0, 3);
            row.text(pageList(changes, pages), m_style.small);
        });
    }
    PdfTextBuilder note(m_style, m_bodyWidth);
    note.paragraph();
    QFont overline = m_style.body;
    overline.setOverline(true);
    note.text(tr("quoted words"), overline);
    note.note(QStringLiteral("  ") + tr("Words inside a quotation carry a line above. A small #N after a change is "
                                        "its number; boxes on screen print as bold underlined words."));
    blocks.append(fullWidth(note.finish()));
    blocks.last().spaceBefore = m_style.mm(1);

    QVector<int> high;
    for (int c = 0; c < m_comparison.changes.size(); ++c) {
        if (m_comparison.changes[c].severity == Severity::High)
            high << c;
    }
    if (!high.isEmpty())
        blocks.append(heading(tr("High-severity changes"), false));
    // Two changes side by side per line, a few lines per block, so that a spun copy's
    // long list stays short and flows over page breaks.
    constexpr int PerRow = 2;
    constexpr int RowsPerBlock = 4;
    for (int first = 0; first < high.size(); first += PerRow * RowsPerBlock) {
        const int count = std::min<int>(PerRow * RowsPerBlock, int(high.size()) - first);
        const int rows = (count + PerRow - 1) / PerRow;
        PdfTextBuilder list(m_style, m_bodyWidth);
        QTextTable *highTable = list.table(rows, 3 * PerRow, {5, 5, 40, 5, 5, 40});
        for (int i = 0; i < count; ++i) {
            const int index = high[first + i];
            const Change &change = m_comparison.changes[index];
            const int page = pages.changePage.value(index, 0);
            const int column = 3 * (i % PerRow);
            list.cell(highTable, i / PerRow, column);
            list.text(QStringLiteral("#%1").arg(change.id), bold);
            list.cell(highTable, i / PerRow, column + 1);
            list.text(tr("p. %1").arg(page > 0 ? QString::number(page) : QStringLiteral("?")), m_style.small);
            list.cell(highTable, i / PerRow, column + 2);
            list.text(changeSummary(m_comparison, change), m_style.small);
        }
        blocks.append(fullWidth(list.finish()));
    }
    return blocks;
}

} // namespace Recension
