// The appendix of the PDF report: the quotation audit, the facts, the full change table
// when asked for, and the legend with the comparison's options.
#include "report/pdfcontent.h"

#include "report/reportpalette.h"
#include "report/reportstrings.h"

#include <QTextTable>

namespace Recension {

QVector<PdfBlock> PdfContent::appendix() const
{
    QVector<PdfBlock> blocks;
    quoteAudit(blocks);
    facts(blocks);
    setAside(blocks);
    if (m_options.changesTable)
        changeTable(blocks);
    about(blocks);
    return blocks;
}

void PdfContent::spanText(PdfTextBuilder &builder, Side side, const Span &span) const
{
    if (span.isNull()) {
        builder.note(tr("not in this version"));
        return;
    }
    const QVector<CellParagraph> paragraphs = m_model.spanParagraphs(side, span);
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            builder.body(QStringLiteral(" "));
        builder.fragments(m_model, paragraphs[p].fragments);
    }
}

void PdfContent::quoteAudit(QVector<PdfBlock> &blocks) const
{
    blocks.append(heading(tr("Appendix: quote audit"), true));
    if (m_comparison.quotes.isEmpty()) {
        blocks.append(fullWidth(noteText(tr("No quotations found."), m_bodyWidth)));
        return;
    }
    QFont bold = m_style.small;
    bold.setBold(true);
    table(blocks, {14, 43, 43}, {tr("Status"), tr("Left version"), tr("Right version")},
          int(m_comparison.quotes.size()), [&](PdfTextBuilder &builder, QTextTable *body, int i, int item) {
              const Quote &quote = m_comparison.quotes[item];
              builder.cell(body, i, 0);
              builder.text(quoteStatusName(quote.status), bold);
              if (!quote.speaker.isEmpty())
                  builder.text(QStringLiteral(", ") + quote.speaker, m_style.small);
              builder.text(QStringLiteral(" · ") + tr("similarity %1").arg(percent(quote.similarity)),
                           m_style.small);
              for (Side side : {Left, Right}) {
                  builder.cell(body, i, 1 + side);
                  spanText(builder, side, quote.sides[side]);
              }
          });
}

void PdfContent::facts(QVector<PdfBlock> &blocks) const
{
    blocks.append(heading(tr("Facts: numbers, names, titles, organisations"), false));
    QVector<const Fact *> listed;
    int same = 0;
    for (const Fact &fact : m_comparison.facts) {
        if (fact.status == FactStatus::Same)
            ++same;
        else
            listed.append(&fact);
    }
    QFont bold = m_style.small;
    bold.setBold(true);
    if (!listed.isEmpty()) {
        table(blocks, {12, 38, 38, 12}, {tr("Fact"), tr("Left version"), tr("Right version"), tr("Changes")},
              int(listed.size()), [&](PdfTextBuilder &builder, QTextTable *body, int i, int item) {
                  const Fact &fact = *listed[item];
                  builder.cell(body, i, 0);
                  builder.text(factKindName(fact.kind) + QLatin1Char(' '), m_style.small);
                  builder.text(factStatusName(fact.status), bold);
                  for (Side side : {Left, Right}) {
                      builder.cell(body, i, 1 + side);
                      spanText(builder, side, fact.sides[side]);
                  }
                  QStringList refs;
                  for (int id : fact.changes)
                      refs << QString::number(id);
                  builder.cell(body, i, 3);
                  builder.text(refs.join(QLatin1Char(' ')), m_style.small);
              });
    }
    QString note;
    if (listed.isEmpty())
        note = tr("No changed numbers, names, titles or organisations found.");
    if (same > 0)
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Facts the same in both versions: %1").arg(same);
    if (!note.isEmpty()) {
        blocks.append(fullWidth(noteText(note, m_bodyWidth)));
        blocks.last().spaceBefore = m_style.mm(1);
    }
}

void PdfContent::setAside(QVector<PdfBlock> &blocks) const
{
    const QVector<AsideEntry> entries = asideEntries(m_comparison);
    if (entries.isEmpty())
        return;
    blocks.append(heading(tr("Set aside as page clutter"), false));
    blocks.append(fullWidth(noteText(tr("Left out of the comparison and its figures."), m_bodyWidth)));
    QFont bold = m_style.small;
    bold.setBold(true);
    table(blocks, {22, 78}, {tr("Version"), tr("Paragraph")}, int(entries.size()),
          [&](PdfTextBuilder &builder, QTextTable *body, int i, int item) {
              const AsideEntry &entry = entries[item];
              builder.cell(body, i, 0);
              builder.text(entry.side == Left ? tr("Left version") : tr("Right version"), bold);
              builder.text(QStringLiteral(", ") + entry.place + QStringLiteral(" · ") + entry.kind,
                           m_style.small);
              builder.cell(body, i, 1);
              builder.text(entry.text, m_style.small);
          });
}

void PdfContent::changeTable(QVector<PdfBlock> &blocks) const
{
    blocks.append(heading(tr("Every change"), false));
    if (m_comparison.changes.isEmpty()) {
        blocks.append(fullWidth(noteText(tr("No changes."), m_bodyWidth)));
        return;
    }
    QFont bold = m_style.small;
    bold.setBold(true);
    // A column for the reviewer's marks only when there are any.
    const bool marked = !m_options.marks.changes.isEmpty();
    QStringList headers{tr("Change"), tr("Category"), tr("Severity"), tr("Left version"), tr("Right version")};
    QVector<qreal> widths{6, 10, 8, 38, 38};
    if (marked) {
        headers << tr("Review");
        widths = {6, 10, 8, 29, 29, 18};
    }
    table(blocks, widths, headers,
          int(m_comparison.changes.size()), [&](PdfTextBuilder &builder, QTextTable *body, int i, int item) {
              const Change &change = m_comparison.changes[item];
              builder.cell(body, i, 0);
              builder.text(QString::number(change.id), bold);
              builder.cell(body, i, 1);
              builder.text(categoryName(change.category), m_style.small);
              builder.cell(body, i, 2);
              builder.text(severityName(change.severity), change.severity == Severity::High ? bold : m_style.small);
              for (Side side : {Left, Right}) {
                  builder.cell(body, i, 3 + side);
                  if (change.sides[side].isNull())
                      builder.note(QStringLiteral("—"));
                  else
                      builder.text(m_comparison.spanText(side, change.sides[side]).simplified(), m_style.small);
              }
              if (marked) {
                  builder.cell(body, i, 5);
                  if (const PlacedMark *mark = m_options.marks.change(item))
                      reviewCell(builder, *mark);
              }
          });
}

void PdfContent::about(QVector<PdfBlock> &blocks) const
{
    blocks.append(heading(tr("Legend and options"), false));
    const auto counts = m_comparison.countByCategory();
    table(blocks, {16, 70, 14}, {tr("Mark"), tr("Meaning"), tr("Count")}, CategoryCount,
          [&](PdfTextBuilder &builder, QTextTable *body, int i, int item) {
              const auto category = static_cast<Category>(item);
              builder.cell(body, i, 0);
              if (categoryStyle(category).mark == Mark::SideBar) {
                  builder.text(QStringLiteral("\u258c "), m_style.body, categoryStyle(category).markColour);
                  builder.text(categoryName(category), m_style.body);
              } else {
                  builder.sample(category, categoryName(category));
              }
              builder.cell(body, i, 1);
              builder.text(categoryDescription(category), m_style.small);
              builder.cell(body, i, 2);
              builder.text(QString::number(counts[item]), m_style.body);
          });
    PdfTextBuilder note(m_style, m_bodyWidth);
    note.paragraph(Qt::AlignLeft, 1);
    QFont overline = m_style.body;
    overline.setOverline(true);
    note.text(tr("quoted words"), overline);
    note.note(QStringLiteral("  ") + tr("Words inside a quotation carry a line above. Boxes on screen "
                                        "print as bold underlined words."));
    note.paragraph(Qt::AlignLeft, 1);
    note.text(ReportText::tr("Strong and pale marks:") + QLatin1Char(' '), m_style.small);
    note.sample(Category::Name, categoryName(Category::Name), false, ChangeWeight::Strong);
    note.text(QStringLiteral("  "), m_style.small);
    note.sample(Category::Synonym, categoryName(Category::Synonym), false, ChangeWeight::Light);
    note.paragraph(Qt::AlignLeft, 1);
    const QList<SummaryField> documents = documentFields(m_comparison);
    for (int i : {6, 3, 4}) {
        note.text(QStringLiteral("%1: %2 · %3   ").arg(documents[i].label, documents[i].values[Left],
                                                        documents[i].values[Right]),
                  m_style.small);
    }
    note.paragraph(Qt::AlignLeft, 1);
    QStringList options;
    for (const SummaryField &field : optionFields(m_comparison.options, m_options.scope))
        options << field.label + QStringLiteral(": ") + field.values[0];
    note.text(tr("Options: %1").arg(options.join(QStringLiteral(" · "))), m_style.small);
    if (m_options.generated.isValid()) {
        note.paragraph(Qt::AlignLeft, 1);
        note.text(tr("Report made %1").arg(m_options.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                  m_style.small);
    }
    blocks.append(fullWidth(note.finish()));
    blocks.last().spaceBefore = m_style.mm(2);
}

} // namespace Recension
