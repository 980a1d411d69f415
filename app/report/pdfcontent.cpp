// The side-by-side pages of the PDF report, and the assembly of every block.
#include "report/pdfcontent.h"

#include "report/reportpalette.h"
#include "report/reportstrings.h"

#include <QTextTable>

namespace Recension {

namespace {

const QColor GapFill(0xf0, 0xf0, 0xf0);

} // namespace

PdfContent::PdfContent(const Comparison &comparison, const ReportOptions &options,
                       const PdfStyle &style, qreal bodyWidth)
    : m_comparison(comparison)
    , m_options(options)
    , m_style(style)
    , m_model(comparison, options.scope)
    , m_bodyWidth(bodyWidth)
    , m_margin(style.mm(12))
    , m_gap(style.mm(4))
    , m_columnWidth((bodyWidth - 2 * m_margin - m_gap) / 2)
    , m_padding(style.mm(1.2))
{
    m_appendix = appendix();
}

qreal PdfContent::columnX(Side side) const
{
    return m_margin + (side == Left ? 0 : m_columnWidth + m_gap);
}

QVector<PdfBlock> PdfContent::blocks(const PdfPageMap &pages, const ReportProgress &progress)
{
    const QVector<ReportRow> &rows = m_model.rows();
    const bool first = m_rowBlocks.isEmpty();
    QVector<PdfBlock> result = pageOne(pages);
    result.append(heading(tr("The two versions side by side"), true));
    result.append(key());
    for (int i = 0; i < rows.size(); ++i) {
        if (first)
            m_rowBlocks.append(rowBlock(i, pages));
        else if (rows[i].counterpart >= 0)
            m_rowBlocks[i] = rowBlock(i, pages);
        if (rows[i].omittedBefore > 0)
            result.append(omittedBlock(rows[i].omittedBefore));
        result.append(m_rowBlocks[i]);
        if (first && progress)
            progress(i + 1, int(rows.size()) * 2);
    }
    if (m_model.omittedAtEnd() > 0)
        result.append(omittedBlock(m_model.omittedAtEnd()));
    if (rows.isEmpty() && m_model.omittedAtEnd() == 0)
        result.append(fullWidth(noteText(tr("The two versions have no passages."), m_bodyWidth)));
    // Header indices count within the appendix; they move with it to the end of the flow.
    const int offset = int(result.size());
    for (PdfBlock block : m_appendix) {
        if (block.header >= 0)
            block.header += offset;
        result.append(block);
    }
    return result;
}

PdfPageMap PdfContent::pageMap(const QVector<PdfBlock> &blocks, const QVector<PdfSlice> &slices,
                               int firstPage) const
{
    PdfPageMap map;
    map.rowPage.fill(0, m_model.rows().size());
    for (const PdfSlice &slice : slices) {
        const int row = blocks[slice.block].row;
        if (row >= 0 && map.rowPage[row] == 0)
            map.rowPage[row] = slice.page + firstPage;
    }
    for (int row = 0; row < m_model.rows().size(); ++row) {
        for (int change : m_model.rows()[row].changes) {
            auto it = map.changePage.find(change);
            if (it == map.changePage.end() || *it > map.rowPage[row])
                map.changePage.insert(change, map.rowPage[row]);
        }
    }
    // A finding stands where its first change does; a quotation finding without a change
    // of its own (a missing quotation) where its quotation's paragraph is.
    for (const Finding &finding : m_comparison.findings) {
        int page = 0;
        for (int id : finding.changes) {
            const int p = map.changePage.value(id - 1, 0);
            if (p > 0 && (page == 0 || p < page))
                page = p;
        }
        if (page == 0 && finding.quote >= 0 && finding.quote < m_comparison.quotes.size()) {
            const Quote &quote = m_comparison.quotes[finding.quote];
            for (Side side : {Left, Right}) {
                if (page == 0 && !quote.sides[side].isNull())
                    page = map.pageOfRow(m_model.rowOfParagraph(side, quote.sides[side].paragraph));
            }
        }
        map.findingPage.append(page);
    }
    return map;
}

PdfBlock PdfContent::heading(const QString &text, bool newPage) const
{
    PdfTextBuilder builder(m_style, m_bodyWidth);
    builder.paragraph();
    builder.text(text, m_style.heading);
    PdfBlock block = fullWidth(builder.finish());
    block.newPage = newPage;
    block.keepWithNext = true;
    block.spaceBefore = m_style.mm(5);
    block.padding = m_style.mm(1);
    return block;
}

PdfBlock PdfContent::fullWidth(PdfText text) const
{
    PdfBlock block;
    block.cells.append({std::move(text), 0, 0, {}, {}});
    return block;
}

PdfText PdfContent::noteText(const QString &note, qreal width) const
{
    PdfTextBuilder builder(m_style, width);
    builder.paragraph();
    builder.note(note);
    return builder.finish();
}

PdfBlock PdfContent::key() const
{
    // The marks in one line, before the texts; the full legend is in the appendix.
    PdfTextBuilder builder(m_style, m_bodyWidth);
    builder.paragraph();
    builder.note(tr("Marks:") + QLatin1Char(' '));
    const auto counts = m_comparison.countByCategory();
    for (int i = 0; i < CategoryCount; ++i) {
        const auto category = static_cast<Category>(i);
        if (counts[i] == 0 || categoryStyle(category).mark == Mark::SideBar)
            continue;
        builder.sample(category, categoryName(category));
        builder.text(QStringLiteral("  "), m_style.small);
    }
    QString note = tr("Bold marks and bold red numbers: changes of fact and other findings; pale "
                      "marks: low changes. The number beside a line is the change's number.");
    if (m_options.scope == ReportScope::FactChanges)
        note = tr("Changes of fact only: low changes are left unmarked.") + QLatin1Char(' ') + note;
    builder.note(note);
    PdfBlock block = fullWidth(builder.finish());
    block.spaceBefore = m_style.mm(1);
    block.padding = m_style.mm(1);
    return block;
}

PdfBlock PdfContent::omittedBlock(int count) const
{
    PdfTextBuilder builder(m_style, m_bodyWidth);
    builder.paragraph(Qt::AlignHCenter);
    builder.note(count == 1 ? tr("1 unchanged paragraph") : tr("%1 unchanged paragraphs").arg(count));
    PdfBlock block = fullWidth(builder.finish());
    block.padding = m_style.mm(0.8);
    block.ruleAbove = true;
    return block;
}

PdfBlock PdfContent::rowBlock(int rowIndex, const PdfPageMap &pages) const
{
    const ReportRow &row = m_model.rows()[rowIndex];
    const QString moved = row.movedChange >= 0
        ? QString::number(m_comparison.changes[row.movedChange].id) : QStringLiteral("?");
    PdfBlock block;
    for (Side side : {Left, Right}) {
        const ReportCell &reportCell = row.cells[side];
        PdfCell cell{{}, columnX(side), m_padding, {}, {}};
        if (reportCell.movedAway) {
            const int page = pages.pageOfRow(row.counterpart);
            const QString where = page > 0 ? QString::number(page) : QStringLiteral("?");
            //: the passage stands on another page of the report, in the other version
            const QString text = side == Right ? tr("moved to page %1 in the right version, see change %2")
                                               : tr("moved from page %1 in the left version, see change %2");
            cell.text = noteText(text.arg(where, moved), m_columnWidth);
            cell.fill = GapFill;
        } else if (reportCell.paragraphs.isEmpty()) {
            cell.text = noteText(side == Left ? tr("not in the left version") : tr("not in the right version"),
                                 m_columnWidth);
            cell.fill = GapFill;
        } else {
            PdfTextBuilder builder(m_style, m_columnWidth);
            builder.setMargin(side, m_margin);
            for (const CellParagraph &paragraph : reportCell.paragraphs) {
                builder.paragraph(Qt::AlignLeft, 1.2);
                builder.fragments(m_model, paragraph.fragments);
            }
            cell.text = builder.finish();
            if (row.movedChange >= 0)
                cell.sideBar = categoryStyle(Category::Moved).markColour;
        }
        block.cells.append(cell);
    }
    block.padding = m_style.mm(0.8);
    block.spaceBefore = m_style.mm(0.3);
    block.ruleAbove = true;
    block.row = rowIndex;
    return block;
}

} // namespace Recension
