#include "report/familypdf.h"

#include "family/lineagelayout.h"
#include "report/familytext.h"
#include "report/pdfreport.h"
#include "report/pdftext.h"
#include "report/reportpalette.h"
#include "report/reportstrings.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <memory>

namespace Recension {

namespace {

constexpr int kEdgeExamples = 2;
constexpr qreal kTreeHeight = 100; ///< millimetres at least
constexpr qreal kNodeHeight = 9;   ///< millimetres at most

/// The matrix bands in the print palette: the fills of the screen's band colours.
QColor keptBandFill(int band)
{
    switch (KeptBand(band)) {
    case KeptBand::SameText: return categoryStyle(Category::Inserted).fill;
    case KeptBand::Reworded: return categoryStyle(Category::Synonym).fill;
    case KeptBand::Partial: return categoryStyle(Category::Moved).fill;
    case KeptBand::Different: return QColor(0xf2, 0xf2, 0xf2);
    }
    return {};
}

/// The family's own pages, drawn in two runs: one to count the pages (no painter), one to
/// paint them. Every measure is taken on the writer, so both runs break pages alike.
class FamilyPages
{
public:
    FamilyPages(const FamilyAnalysis &family, QPdfWriter *writer, const PdfStyle &style)
        : m_family(family), m_writer(writer), m_style(style)
        , m_page(writer->pageLayout().paintRectPixels(writer->resolution()))
    {
        for (int i = 0; i < family.versions.size(); ++i)
            if (i != family.base)
                m_copies.append(i);
    }

    /// Lays out (painter null) or paints every page; returns the page count.
    int run(QPainter *painter, int totalPages)
    {
        m_painter = painter;
        m_totalPages = totalPages;
        m_pageIndex = 0;
        m_y = 0;
        beginPage();
        heading();
        const qreal top = m_y;
        const qreal half = m_page.width() * 0.46;
        const qreal matrixBottom = matrix(QRectF(0, top, half, bodyBottom() - top));
        const qreal treeHeight = std::max(matrixBottom - top, m_style.mm(kTreeHeight));
        tree(QRectF(half + m_style.mm(6), top, m_page.width() - half - m_style.mm(6), treeHeight));
        m_y = std::max(matrixBottom, top + treeHeight) + m_style.mm(4);
        quoteGrid();
        factGrid();
        endPage();
        return m_pageIndex;
    }

private:
    qreal bodyBottom() const { return m_page.height() - m_style.mm(8); }

    void beginPage()
    {
        if (m_painter && m_pageIndex > 0)
            m_writer->newPage();
        ++m_pageIndex;
        m_y = 0;
    }

    void endPage()
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setFont(m_style.small);
        m_painter->setPen(QColor(0x33, 0x33, 0x33));
        const QRectF footer(0, m_page.height() - m_style.mm(6), m_page.width(), m_style.mm(5));
        m_painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                            FamilyText::tr("Recension %1 family report").arg(QStringLiteral(RECENSION_VERSION)));
        m_painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                            ReportText::tr("page %1 of %2").arg(m_pageIndex).arg(m_totalPages));
        m_painter->restore();
    }

    void newPage()
    {
        endPage();
        beginPage();
    }

    qreal textHeight(const QFont &font, qreal width, const QString &text) const
    {
        const QFontMetricsF metrics(font, m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void text(const QRectF &box, const QFont &font, const QString &string,
              int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
    {
        if (!m_painter)
            return;
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        m_painter->drawText(box, flags, string);
    }

    void heading()
    {
        const QString title = FamilyText::tr("Family of versions: %1")
                                  .arg(m_family.versions[m_family.base]->title);
        const qreal h = textHeight(m_style.title, m_page.width(), title);
        text(QRectF(0, m_y, m_page.width(), h), m_style.title, title);
        m_y += h + m_style.mm(1);
        QStringList lines;
        for (int i = 0; i < m_family.versions.size(); ++i) {
            const Verdict &verdict = m_family.verdicts.value(i);
            QString line = FamilyText::tr("%1 \u2014 %2").arg(versionLabel(m_family, i),
                                                              verdictName(verdict.kind));
            if (i != m_family.base)
                line += FamilyText::tr(" (meaning kept %1, wording kept %2)")
                            .arg(keptPercent(verdict.figures.meaningKept),
                                 keptPercent(verdict.figures.wordingKept));
            lines.append(line);
        }
        const QString list = lines.join(QLatin1Char('\n'));
        const qreal lh = textHeight(m_style.small, m_page.width(), list);
        text(QRectF(0, m_y, m_page.width(), lh), m_style.small, list);
        m_y += lh + m_style.mm(3);
    }

    /// The matrix of every pair; returns its bottom edge.
    qreal matrix(const QRectF &area)
    {
        const int n = int(m_family.versions.size());
        const QString caption = FamilyText::tr("Every pair: meaning kept / wording kept "
                                               "(\u2261 same text, \u2248 reworded, \u223c partly, "
                                               "\u2260 different)");
        const qreal ch = textHeight(m_style.small, area.width(), caption);
        text(QRectF(area.left(), area.top(), area.width(), ch), m_style.small, caption);
        const qreal cell = std::min(m_style.mm(24), area.width() / (n + 1));
        const qreal rowHeight = m_style.mm(7);
        const qreal top = area.top() + ch + m_style.mm(1);
        for (int r = -1; r < n; ++r) {
            for (int c = -1; c < n; ++c) {
                const QRectF box(area.left() + (c + 1) * cell, top + (r + 1) * rowHeight, cell, rowHeight);
                QString label;
                QColor fill;
                if (r < 0 && c >= 0)
                    label = FamilyText::tr("V%1").arg(c + 1);
                else if (c < 0 && r >= 0)
                    label = FamilyText::tr("V%1").arg(r + 1);
                else if (r >= 0 && r == c)
                    label = QStringLiteral("\u2014");
                else if (r >= 0) {
                    const FamilyPair *pair = m_family.pair(r, c);
                    if (pair && pair->comparison) {
                        const double meaning = pair->comparison->similarity;
                        const double wording = pair->comparison->wordsKept;
                        const KeptBand band = keptBand(meaning, wording);
                        label = keptBandGlyph(band) + QLatin1Char(' ') + keptPair(meaning, wording);
                        fill = keptBandFill(int(band));
                    }
                }
                if (!m_painter || label.isEmpty())
                    continue;
                if (fill.isValid())
                    m_painter->fillRect(box, fill);
                m_painter->setPen(QColor(0xbb, 0xbb, 0xbb));
                m_painter->drawRect(box);
                text(box, m_style.small, label, Qt::AlignCenter);
            }
        }
        return top + (n + 1) * rowHeight;
    }

    void tree(const QRectF &area)
    {
        const LineageLayout layout = layoutLineage(m_family);
        if (layout.columns == 0 || !m_painter)
            return;
        const qreal columnWidth = area.width() / layout.columns;
        const qreal rowHeight = area.height() / std::max(1, layout.rows);
        const qreal nodeHeight = std::min(m_style.mm(kNodeHeight), rowHeight * 0.35);
        const qreal nodeWidth = columnWidth * 0.9;
        const auto box = [&](int version) {
            const LineageNode &node = layout.nodes[version];
            return QRectF(area.left() + node.column * columnWidth + (columnWidth - nodeWidth) / 2,
                          area.top() + node.row * rowHeight, nodeWidth, nodeHeight);
        };
        QPainter &p = *m_painter;
        p.save();
        for (const LineageEdge &edge : m_family.lineage.edges) {
            const QRectF from = box(edge.parent);
            const QRectF to = box(edge.child);
            const QPointF a(from.center().x(), from.bottom());
            const QPointF b(to.center().x(), to.top());
            p.setPen(QPen(Qt::black, m_style.mm(0.3)));
            p.drawLine(a, b);
            QPolygonF head;
            head << b << b + QPointF(-m_style.mm(1), -m_style.mm(2)) << b + QPointF(m_style.mm(1), -m_style.mm(2));
            p.setBrush(Qt::black);
            p.drawPolygon(head);
            QString label = edgeEvidence(m_family, edge);
            for (int k = 0; k < std::min<int>(kEdgeExamples, int(edge.examples.size())); ++k)
                label += QLatin1Char('\n') + edge.examples[k];
            // Beside the edge's end, in the gap between the two rows of nodes, on the side the
            // edge does not come from, inside the child's column.
            const qreal width = columnWidth / 2 - m_style.mm(2);
            const qreal gap = rowHeight - nodeHeight - m_style.mm(1);
            const qreal h = std::min(textHeight(m_style.small, width, label), gap);
            const qreal x = b.x() >= a.x() ? b.x() + m_style.mm(1.5) : b.x() - width - m_style.mm(1.5);
            const QRectF labelBox(x, from.bottom() + (gap - h) / 2 + m_style.mm(0.5), width, h);
            text(labelBox, m_style.small, label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        }
        for (const LineageNode &node : layout.nodes) {
            if (node.version < 0)
                continue;
            const QRectF r = box(node.version);
            QPen frame(Qt::black, m_style.mm(node.version == m_family.base ? 0.6 : 0.25));
            if (node.outside)
                frame.setStyle(Qt::DashLine);
            p.setPen(frame);
            p.setBrush(node.outside ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white));
            p.drawRect(r);
            text(r.adjusted(m_style.mm(1), m_style.mm(0.5), -m_style.mm(1), 0), m_style.small,
                 versionLabel(m_family, node.version) + QLatin1Char('\n')
                     + verdictName(m_family.verdicts.value(node.version).kind)
                     + (node.outside ? FamilyText::tr(" (not in the tree)") : QString()),
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        }
        p.restore();
    }

    /// One table across the body: a header row, then rows that break to the next page
    /// (with the header again) when they do not fit.
    void table(const QString &title, const QStringList &header, const QVector<qreal> &shares,
               const QVector<QStringList> &rows)
    {
        const qreal pad = m_style.mm(0.8);
        QVector<qreal> widths;
        for (qreal share : shares)
            widths.append(share * m_page.width());
        const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
            qreal h = 0;
            for (int c = 0; c < cells.size(); ++c)
                h = std::max(h, textHeight(font, widths[c] - 2 * pad, cells[c]));
            return h + 2 * pad;
        };
        const auto paintRow = [&](const QStringList &cells, const QFont &font, qreal h, bool shaded) {
            qreal x = 0;
            for (int c = 0; c < cells.size(); ++c) {
                const QRectF box(x, m_y, widths[c], h);
                if (m_painter) {
                    if (shaded)
                        m_painter->fillRect(box, QColor(0xee, 0xee, 0xee));
                    m_painter->setPen(QColor(0xbb, 0xbb, 0xbb));
                    m_painter->drawRect(box);
                }
                text(box.adjusted(pad, pad, -pad, -pad), font, cells[c]);
                x += widths[c];
            }
            m_y += h;
        };
        const qreal th = textHeight(m_style.heading, m_page.width(), title);
        const qreal hh = rowHeight(header, m_style.small);
        if (m_y + th + hh + m_style.mm(10) > bodyBottom())
            newPage();
        text(QRectF(0, m_y, m_page.width(), th), m_style.heading, title);
        m_y += th + m_style.mm(1);
        paintRow(header, m_style.small, hh, true);
        for (const QStringList &row : rows) {
            const qreal h = rowHeight(row, m_style.small);
            if (m_y + h > bodyBottom()) {
                newPage();
                paintRow(header, m_style.small, hh, true);
            }
            paintRow(row, m_style.small, h, false);
        }
        m_y += m_style.mm(4);
    }

    QStringList versionHeader(const QString &first, const QString &second) const
    {
        QStringList header{first, second};
        for (int version : m_copies)
            header.append(versionLabel(m_family, version));
        return header;
    }

    QVector<qreal> shares(qreal first, qreal second) const
    {
        QVector<qreal> result{first, second};
        const qreal rest = (1.0 - first - second) / std::max<qsizetype>(1, m_copies.size());
        for (int k = 0; k < m_copies.size(); ++k)
            result.append(rest);
        return result;
    }

    void quoteGrid()
    {
        QVector<QStringList> rows;
        for (const QuoteRow &quote : m_family.quotes) {
            QStringList row{quote.text, quote.speaker};
            for (int version : m_copies) {
                QString cell;
                for (const QuoteCell &c : quote.cells)
                    if (c.version == version)
                        cell = quoteCellText(c);
                row.append(cell);
            }
            rows.append(row);
        }
        for (const CopyQuote &quote : m_family.copyQuotes) {
            QStringList row{FamilyText::tr("only in copies: %1").arg(quote.text), quote.speaker};
            for (int version : m_copies)
                row.append(quote.versions.contains(version) ? FamilyText::tr("has it")
                                                            : FamilyText::tr("\u2014 not there"));
            rows.append(row);
        }
        table(FamilyText::tr("Quotations across the family"),
              versionHeader(FamilyText::tr("Quotation in the base"), FamilyText::tr("Speaker")),
              shares(0.32, 0.1), rows);
    }

    void factGrid()
    {
        QVector<QStringList> rows;
        for (const FactRow &fact : m_family.facts) {
            QStringList row{factKindName(fact.kind), fact.text};
            for (int version : m_copies) {
                QString cell;
                for (const FactCell &c : fact.cells)
                    if (c.version == version)
                        cell = factCellText(c);
                row.append(cell);
            }
            rows.append(row);
        }
        table(FamilyText::tr("Names, numbers and titles across the family"),
              versionHeader(FamilyText::tr("Kind"), FamilyText::tr("In the base")),
              shares(0.1, 0.22), rows);
    }

    const FamilyAnalysis &m_family;
    QPdfWriter *m_writer;
    const PdfStyle &m_style;
    QRectF m_page;
    QVector<int> m_copies;
    QPainter *m_painter = nullptr;
    int m_pageIndex = 0;
    int m_totalPages = 0;
    qreal m_y = 0;
};

} // namespace

bool writeFamilyPdf(const FamilyAnalysis &family, const ReportOptions &options,
                    QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    setUpPdfWriter(writer, options);
    writer.setTitle(FamilyText::tr("Family of versions: %1").arg(family.versions[family.base]->title));
    const PdfStyle style(&writer);
    FamilyPages own(family, &writer, style);
    int total = own.run(nullptr, 0);
    std::vector<std::unique_ptr<PdfPairPages>> pairs;
    for (int i = 0; i < family.versions.size(); ++i) {
        const FamilyPair *pair = i == family.base ? nullptr : family.pair(family.base, i);
        if (!pair || !pair->comparison)
            continue;
        pairs.push_back(std::make_unique<PdfPairPages>(*pair->comparison, options, &writer,
                                                       ReportProgress{}, total + 1));
        total += pairs.back()->pageCount();
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ReportText::tr("The PDF could not be started.");
        return false;
    }
    int next = own.run(&painter, total) + 1;
    for (const auto &pages : pairs) {
        pages->paint(painter, next, total);
        next += pages->pageCount();
    }
    painter.end();
    return true;
}

} // namespace Recension
