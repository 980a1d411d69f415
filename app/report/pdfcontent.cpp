#include "report/pdfcontent.h"

#include "report/reportpalette.h"
#include "report/reportstrings.h"

#include <QTextTable>

namespace Recension {

namespace {

const QColor GapFill(0xf0, 0xf0, 0xf0);
const QColor Caption(0x55, 0x55, 0x55);

} // namespace

PdfContent::PdfContent(const Comparison &comparison, const ReportOptions &options,
                       const PdfStyle &style, qreal bodyWidth)
    : m_comparison(comparison)
    , m_options(options)
    , m_style(style)
    , m_model(comparison, options.scope)
    , m_bodyWidth(bodyWidth)
    , m_captionWidth(style.mm(17))
    , m_gap(style.mm(3))
    , m_columnWidth((bodyWidth - m_captionWidth - 2 * m_gap) / 2)
    , m_padding(style.mm(1.5))
{
    m_fixed = quoteAudit() + facts();
}

qreal PdfContent::columnX(Side side) const
{
    return m_captionWidth + m_gap + (side == Left ? 0 : m_columnWidth + m_gap);
}

QVector<PdfBlock> PdfContent::blocks(const PdfPageMap &pages, const ReportProgress &progress)
{
    const QVector<ReportRow> &rows = m_model.rows();
    const bool first = m_rowBlocks.isEmpty();
    QVector<PdfBlock> result = summary(pages) + m_fixed;
    result.append(heading(tr("The two versions side by side"), true));
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
    if (rows.isEmpty()) {
        PdfBlock empty;
        empty.cells.append({noteText(tr("The two versions have no passages."), m_bodyWidth), 0, 0, {}, {}});
        result.append(empty);
    }
    return result;
}

PdfPageMap PdfContent::pageMap(const QVector<PdfBlock> &blocks, const QVector<PdfSlice> &slices) const
{
    PdfPageMap map;
    map.rowPage.fill(0, m_model.rows().size());
    for (const PdfSlice &slice : slices) {
        const int row = blocks[slice.block].row;
        if (row >= 0 && map.rowPage[row] == 0)
            map.rowPage[row] = slice.page + 1;
    }
    for (int row = 0; row < m_model.rows().size(); ++row) {
        for (int change : m_model.rows()[row].changes) {
            auto it = map.changePage.find(change);
            if (it == map.changePage.end() || *it > map.rowPage[row])
                map.changePage.insert(change, map.rowPage[row]);
        }
    }
    return map;
}

PdfBlock PdfContent::heading(const QString &text, bool newPage) const
{
    PdfTextBuilder builder(m_style, m_bodyWidth);
    builder.paragraph();
    builder.text(text, m_style.heading);
    PdfBlock block;
    block.cells.append({builder.finish(), 0, 0, {}, {}});
    block.newPage = newPage;
    block.keepWithNext = true;
    block.spaceBefore = m_style.mm(5);
    block.padding = m_style.mm(1);
    return block;
}

PdfText PdfContent::noteText(const QString &note, qreal width) const
{
    PdfTextBuilder builder(m_style, width);
    builder.paragraph();
    builder.note(note);
    return builder.finish();
}

PdfCell PdfContent::cell(Side side, PdfText text) const
{
    return {std::move(text), columnX(side), m_padding, {}, {}};
}

PdfCell PdfContent::captionCell(const QStringList &lines) const
{
    PdfTextBuilder builder(m_style, m_captionWidth);
    for (const QString &line : lines) {
        builder.paragraph();
        builder.text(line, m_style.small, Caption);
    }
    return {builder.finish(), 0, 0, {}, {}};
}

PdfBlock PdfContent::threeColumns(PdfCell caption, PdfCell left, PdfCell right) const
{
    PdfBlock block;
    block.cells = {std::move(caption), std::move(left), std::move(right)};
    block.padding = m_style.mm(1);
    block.spaceBefore = m_style.mm(0.5);
    block.ruleAbove = true;
    return block;
}

PdfText PdfContent::spanText(Side side, const Span &span) const
{
    if (span.isNull())
        return noteText(tr("not in this version"), m_columnWidth);
    PdfTextBuilder builder(m_style, m_columnWidth);
    for (const CellParagraph &paragraph : m_model.spanParagraphs(side, span)) {
        builder.paragraph(Qt::AlignLeft, 1);
        builder.fragments(m_comparison, paragraph.fragments);
    }
    return builder.finish();
}

QVector<PdfBlock> PdfContent::quoteAudit() const
{
    QVector<PdfBlock> blocks{heading(tr("Quote audit"), true)};
    if (m_comparison.quotes.isEmpty()) {
        PdfBlock none;
        none.cells.append({noteText(tr("No quotations found."), m_bodyWidth), 0, 0, {}, {}});
        return blocks << none;
    }
    for (const Quote &quote : m_comparison.quotes) {
        QStringList caption{quoteStatusName(quote.status)};
        if (!quote.speaker.isEmpty())
            caption << quote.speaker;
        caption << tr("similarity") << percent(quote.similarity);
        PdfBlock block = threeColumns(captionCell(caption), cell(Left, spanText(Left, quote.sides[Left])),
                                      cell(Right, spanText(Right, quote.sides[Right])));
        for (Side side : {Left, Right}) {
            if (quote.sides[side].isNull())
                block.cells[1 + side].fill = GapFill;
        }
        blocks.append(block);
    }
    return blocks;
}

QVector<PdfBlock> PdfContent::facts() const
{
    QVector<PdfBlock> blocks{heading(tr("Facts: numbers, names, titles, organisations"), false)};
    QVector<const Fact *> listed;
    int same = 0;
    for (const Fact &fact : m_comparison.facts) {
        if (fact.status == FactStatus::Same)
            ++same;
        else
            listed.append(&fact);
    }
    // A fact is a few words: one table line each, a few lines per block so that the list
    // flows over page breaks without a table being cut between its lines.
    constexpr int PerBlock = 6;
    QFont bold = m_style.small;
    bold.setBold(true);
    for (int first = 0; first < listed.size(); first += PerBlock) {
        const int count = std::min<int>(PerBlock, int(listed.size()) - first);
        PdfTextBuilder builder(m_style, m_bodyWidth);
        QTextTable *table = builder.table(count, 4, {10, 40, 40, 10});
        for (int i = 0; i < count; ++i) {
            const Fact &fact = *listed[first + i];
            builder.cell(table, i, 0);
            builder.text(factKindName(fact.kind) + QLatin1Char(' '), m_style.small);
            builder.text(factStatusName(fact.status), bold);
            for (Side side : {Left, Right}) {
                builder.cell(table, i, 1 + side);
                if (fact.sides[side].isNull()) {
                    builder.note(tr("not in this version"));
                    continue;
                }
                const QVector<CellParagraph> paragraphs = m_model.spanParagraphs(side, fact.sides[side]);
                for (int p = 0; p < paragraphs.size(); ++p) {
                    if (p > 0)
                        builder.body(QStringLiteral(" "));
                    builder.fragments(m_comparison, paragraphs[p].fragments);
                }
            }
            QStringList refs;
            for (int id : fact.changes)
                refs << QStringLiteral("#%1").arg(id);
            builder.cell(table, i, 3);
            builder.text(refs.join(QLatin1Char(' ')), m_style.small);
        }
        PdfBlock block;
        block.cells.append({builder.finish(), 0, 0, {}, {}});
        blocks.append(block);
    }
    QString note;
    if (listed.isEmpty())
        note = tr("No changed numbers, names, titles or organisations found.");
    if (same > 0)
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Facts the same in both versions: %1").arg(same);
    if (!note.isEmpty()) {
        PdfBlock block;
        block.cells.append({noteText(note, m_bodyWidth), 0, 0, {}, {}});
        block.spaceBefore = m_style.mm(1);
        blocks.append(block);
    }
    return blocks;
}

PdfBlock PdfContent::omittedBlock(int count) const
{
    PdfTextBuilder builder(m_style, m_bodyWidth);
    builder.paragraph(Qt::AlignHCenter);
    builder.note(tr("Unchanged passages left out: %1").arg(count));
    PdfBlock block;
    block.cells.append({builder.finish(), 0, 0, {}, {}});
    block.padding = m_style.mm(1);
    block.ruleAbove = true;
    return block;
}

PdfBlock PdfContent::rowBlock(int rowIndex, const PdfPageMap &pages) const
{
    const ReportRow &row = m_model.rows()[rowIndex];
    const Link &link = m_comparison.links[row.link];
    const QString moved = row.movedChange >= 0
        ? QString::number(m_comparison.changes[row.movedChange].id) : QStringLiteral("?");

    QStringList caption;
    if (link.kind != LinkKind::Identical)
        caption << linkKindName(link.kind);
    if (row.movedChange >= 0)
        caption << QStringLiteral("#") + moved;

    std::array<PdfCell, 2> cells;
    for (Side side : {Left, Right}) {
        const ReportCell &reportCell = row.cells[side];
        if (reportCell.movedAway) {
            const int page = pages.pageOfRow(row.counterpart);
            const QString where = page > 0 ? QString::number(page) : QStringLiteral("?");
            //: the passage stands on another page of the report, in the other version
            const QString text = side == Right ? tr("moved to page %1 in the right version, see change #%2")
                                               : tr("moved from page %1 in the left version, see change #%2");
            cells[side] = cell(side, noteText(text.arg(where, moved), m_columnWidth));
            cells[side].fill = GapFill;
        } else if (reportCell.paragraphs.isEmpty()) {
            cells[side] = cell(side, noteText(side == Left ? tr("not in the left version")
                                                           : tr("not in the right version"),
                                              m_columnWidth));
            cells[side].fill = GapFill;
        } else {
            PdfTextBuilder builder(m_style, m_columnWidth);
            for (const CellParagraph &paragraph : reportCell.paragraphs) {
                builder.paragraph(Qt::AlignLeft, 1.2);
                builder.fragments(m_comparison, paragraph.fragments);
            }
            cells[side] = cell(side, builder.finish());
            if (row.movedChange >= 0)
                cells[side].sideBar = categoryStyle(Category::Moved).markColour;
        }
    }
    PdfBlock block = threeColumns(captionCell(caption), cells[Left], cells[Right]);
    block.row = rowIndex;
    return block;
}

} // namespace Recension
