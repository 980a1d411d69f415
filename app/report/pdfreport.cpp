#include "report/pdfreport.h"

#include "report/pdfcontent.h"
#include "report/reportstrings.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace Recension {

namespace {

/// The page furniture: both titles above their columns, "page N of M" below.
class PageFrame
{
public:
    PageFrame(const Comparison &comparison, const PdfStyle &style, const PdfContent &content,
              const QRectF &page)
        : m_comparison(comparison), m_style(style), m_content(content), m_page(page)
    {
    }

    qreal headerHeight() const { return m_style.mm(9); }
    qreal footerHeight() const { return m_style.mm(7); }
    QRectF body() const
    {
        return QRectF(0, headerHeight(), m_page.width(), m_page.height() - headerHeight() - footerHeight());
    }

    void paint(QPainter &painter, int page, int pages) const
    {
        painter.save();
        painter.setFont(m_style.small);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QFontMetricsF metrics(m_style.small, m_style.device);
        const qreal line = metrics.height();
        for (Side side : {Left, Right}) {
            const DocumentPtr &doc = m_comparison.documents[side];
            QString name;
            if (doc && doc->title == doc->displayName())
                name = doc->title;
            else if (doc)
                name = ReportText::tr("%1 (%2)").arg(doc->title, doc->displayName());
            const QString label = side == Left ? ReportText::tr("Left: %1") : ReportText::tr("Right: %1");
            const QRectF box(m_content.columnX(side), headerHeight() - 1.6 * line, m_content.columnWidth(), line);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(label.arg(name), Qt::ElideRight, box.width()));
        }
        QPen rule(QColor(0x99, 0x99, 0x99));
        rule.setWidthF(m_style.mm(0.2));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, headerHeight() - 0.4 * line), QPointF(m_page.width(), headerHeight() - 0.4 * line));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QRectF footer(0, m_page.height() - footerHeight() + 0.6 * line, m_page.width(), line);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         ReportText::tr("Recension %1 comparison report").arg(QStringLiteral(RECENSION_VERSION)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, ReportText::tr("page %1 of %2").arg(page).arg(pages));
        painter.restore();
    }

private:
    const Comparison &m_comparison;
    const PdfStyle &m_style;
    const PdfContent &m_content;
    QRectF m_page;
};

} // namespace

bool writePdfReport(const Comparison &comparison, const ReportOptions &options, QIODevice *device,
                    const ReportProgress &progress, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 10, 12, 8), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("recension " RECENSION_VERSION));
    const auto title = [&](Side side) {
        return comparison.documents[side] ? comparison.documents[side]->title : QString();
    };
    writer.setTitle(ReportText::tr("%1 compared with %2").arg(title(Left), title(Right)));

    const PdfStyle style(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    PdfContent content(comparison, options, style, page.width());
    const PageFrame frame(comparison, style, content, page);
    const QRectF body = frame.body();

    // Two passes at least: lay out, learn on which page each row and change landed, then
    // lay out again with those numbers in the summary and the moved-passage notes. Rarely
    // a longer page list pushes a row over a page; a third pass settles it.
    PdfPageMap pages;
    QVector<PdfBlock> blocks;
    QVector<PdfSlice> slices;
    const qreal minimumSlice = 3 * QFontMetricsF(style.body, &writer).lineSpacing();
    for (int pass = 0; pass < 4; ++pass) {
        blocks = content.blocks(pages, progress);
        slices = paginate(blocks, body.height(), minimumSlice);
        const PdfPageMap landed = content.pageMap(blocks, slices);
        if (landed == pages)
            break;
        pages = landed;
    }

    const int pageCount = slices.isEmpty() ? 1 : slices.last().page + 1;
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ReportText::tr("The PDF could not be started.");
        return false;
    }
    int next = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        frame.paint(painter, p + 1, pageCount);
        painter.save();
        painter.translate(body.topLeft());
        for (; next < slices.size() && slices[next].page == p; ++next)
            paintSlice(painter, blocks[slices[next].block], slices[next], body.width());
        painter.restore();
        if (progress)
            progress(int(content.model().rows().size()) * (p + 1 + pageCount) / pageCount,
                     int(content.model().rows().size()) * 2);
    }
    painter.end();
    return true;
}

} // namespace Recension
