// Page one of the PDF report: the two documents, the two similarity figures and the
// findings, each with the page where it stands. Nothing else comes before it.
#include "report/pdfcontent.h"

#include "report/reportstrings.h"

#include <QTextTable>

#include <algorithm>
#include <numeric>

namespace Recension {

void PdfContent::table(QVector<PdfBlock> &blocks, const QVector<qreal> &widths,
                       const QStringList &headers, int rows, const CellFiller &fill) const
{
    QFont bold = m_style.small;
    bold.setBold(true);
    PdfTextBuilder head(m_style, m_bodyWidth);
    QTextTable *headTable = head.table(1, int(widths.size()), widths);
    for (int column = 0; column < headers.size(); ++column) {
        head.cell(headTable, 0, column);
        head.text(headers[column], bold);
    }
    const int header = int(blocks.size());
    blocks.append(fullWidth(head.finish()));
    blocks.last().keepWithNext = true;
    // A few table lines per block: a block moves to the next page whole, so a table flows
    // over page breaks without one of its lines being cut.
    constexpr int PerBlock = 4;
    for (int first = 0; first < rows; first += PerBlock) {
        const int count = std::min(PerBlock, rows - first);
        PdfTextBuilder builder(m_style, m_bodyWidth);
        QTextTable *body = builder.table(count, int(widths.size()), widths);
        for (int i = 0; i < count; ++i)
            fill(builder, body, i, first + i);
        blocks.append(fullWidth(builder.finish()));
        blocks.last().header = header;
    }
}

void PdfContent::reviewCell(PdfTextBuilder &builder, const PlacedMark &mark) const
{
    QFont bold = m_style.small;
    bold.setBold(true);
    builder.text(markSign(mark.state) + QLatin1Char(' ') + markStateName(mark.state), bold);
    const QString note = mark.note.simplified();
    if (!note.isEmpty())
        builder.text(QStringLiteral(": ") + note, m_style.small);
}

QVector<PdfBlock> PdfContent::pageOne(const PdfPageMap &pages) const
{
    QVector<PdfBlock> blocks;
    QFont bold = m_style.small;
    bold.setBold(true);

    PdfTextBuilder top(m_style, m_bodyWidth);
    top.paragraph(Qt::AlignLeft, 2);
    top.text(reportTitle(), m_style.title);
    // Name, file, provenance, words and SHA-256 on page one; encoding and language in the
    // appendix.
    const QList<SummaryField> fields = pageOneDocumentFields(m_comparison);
    QTextTable *documents = top.table(int(fields.size()) + 1, 3, {12, 44, 44});
    top.cell(documents, 0, 1);
    top.text(tr("Left version"), bold);
    top.cell(documents, 0, 2);
    top.text(tr("Right version"), bold);
    for (int i = 0; i < fields.size(); ++i) {
        top.cell(documents, i + 1, 0);
        top.text(fields[i].label, bold);
        for (Side side : {Left, Right}) {
            top.cell(documents, i + 1, 1 + side);
            top.text(fields[i].values[side], i == 0 ? m_style.body : m_style.small);
        }
    }
    top.atEnd();
    top.paragraph(Qt::AlignLeft, 1);
    top.text(tr("Meaning kept %1").arg(keptPercent(m_comparison.similarity)), m_style.figure);
    top.text(QStringLiteral("      "), m_style.figure);
    top.text(tr("Wording kept %1").arg(keptPercent(m_comparison.wordsKept)), m_style.figure);
    top.paragraph(Qt::AlignLeft, 1);
    top.note(tr("Meaning kept counts the words both versions share or say with a synonym or "
                "another form; wording kept counts only the words they share as written."));
    top.paragraph(Qt::AlignLeft, 1);
    const auto severities = m_comparison.countBySeverity();
    const auto quotes = m_comparison.countByQuoteStatus();
    top.text(tr("%1 changes: %2 high, %3 medium, %4 low. Quotations: %5 verbatim, %6 altered, "
                "%7 missing, %8 added, %9 unquoted.")
                 .arg(m_comparison.changes.size())
                 .arg(severities[int(Severity::High)])
                 .arg(severities[int(Severity::Medium)])
                 .arg(severities[int(Severity::Low)])
                 .arg(quotes[int(QuoteStatus::Verbatim)])
                 .arg(quotes[int(QuoteStatus::Altered)])
                 .arg(quotes[int(QuoteStatus::Missing)])
                 .arg(quotes[int(QuoteStatus::Added)])
                 .arg(quotes[int(QuoteStatus::Unquoted)]),
             m_style.small);
    blocks.append(fullWidth(top.finish()));
    findings(blocks, pages);
    return blocks;
}

void PdfContent::findings(QVector<PdfBlock> &blocks, const PdfPageMap &pages) const
{
    const QVector<Finding> &all = m_comparison.findings;
    const auto counts = m_comparison.countFindingsBySeverity();
    blocks.append(heading(tr("Findings: %1 high, %2 medium").arg(counts[int(Severity::High)])
                              .arg(counts[int(Severity::Medium)]),
                          false));
    if (all.isEmpty()) {
        blocks.append(fullWidth(noteText(tr("No findings: no change of fact, quotation or claim to check."),
                                         m_bodyWidth)));
        return;
    }
    QVector<int> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return all[a].severity > all[b].severity;
    });
    QFont bold = m_style.small;
    bold.setBold(true);
    // The reviewer's marks take a column of their own, only when there are any, so that a
    // report without marks is laid out as before.
    const bool marked = !m_options.marks.findings.isEmpty();
    QStringList headers{tr("Finding"), tr("Severity"), tr("Kind"), tr("Left version → right version"),
                        tr("Changes"), tr("Page")};
    QVector<qreal> widths{5, 6, 8, 65, 12, 4};
    if (marked) {
        headers.insert(5, tr("Review"));
        widths = {5, 6, 8, 46, 10, 21, 4};
    }
    const int pageColumn = int(headers.size()) - 1;
    table(blocks, widths, headers, int(order.size()),
          [&](PdfTextBuilder &builder, QTextTable *body, int i, int line) {
              const Finding &finding = all[order[line]];
              builder.cell(body, i, 0);
              builder.text(QString::number(finding.id), bold);
              builder.cell(body, i, 1);
              builder.text(severityName(finding.severity),
                           finding.severity == Severity::High ? bold : m_style.small);
              builder.cell(body, i, 2);
              builder.text(findingKindName(finding.kind), m_style.small);
              builder.cell(body, i, 3);
              // One line a finding, so that page one and the next hold them all.
              builder.text(findingGist(finding, marked ? 32 : 46), m_style.body);
              builder.cell(body, i, 4);
              builder.text(idRuns(finding.changes, 3), m_style.small);
              if (marked) {
                  builder.cell(body, i, 5);
                  if (const PlacedMark *mark = m_options.marks.finding(order[line]))
                      reviewCell(builder, *mark);
              }
              builder.cell(body, i, pageColumn);
              const int page = pages.findingPage.value(order[line], 0);
              builder.text(page > 0 ? QString::number(page) : QStringLiteral("?"), m_style.body);
          });
}

} // namespace Recension
