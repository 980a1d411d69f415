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

void setUpPdfWriter(QPdfWriter &writer, const ReportOptions &options)
{
    writer.setPageSize(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 10, 12, 8), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("recension " RECENSION_VERSION));
}

struct PdfPairPages::Layout
{
    Layout(const Comparison &comparison, const ReportOptions &options, QPdfWriter *writer)
        : writer(writer)
        , style(writer)
        , page(writer->pageLayout().paintRectPixels(writer->resolution()))
        , content(comparison, options, style, page.width())
        , frame(comparison, style, content, page)
    {
    }

    QPdfWriter *writer;
    PdfStyle style;
    QRectF page;
    PdfContent content;
    PageFrame frame;
    QVector<PdfBlock> blocks;
    QVector<PdfSlice> slices;
    int pageCount = 1;
};

PdfPairPages::PdfPairPages(const Comparison &comparison, const ReportOptions &options,
                           QPdfWriter *writer, const ReportProgress &progress, int firstPage)
    : d(std::make_unique<Layout>(comparison, options, writer))
{
    const QRectF body = d->frame.body();
    // Two passes at least: lay out, learn on which page each row and change landed, then
    // lay out again with those numbers in the summary and the moved-passage notes. Rarely
    // a longer page list pushes a row over a page; a third pass settles it.
    PdfPageMap pages;
    const qreal minimumSlice = 3 * QFontMetricsF(d->style.body, writer).lineSpacing();
    for (int pass = 0; pass < 4; ++pass) {
        d->blocks = d->content.blocks(pages, progress);
        d->slices = paginate(d->blocks, body.height(), minimumSlice);
        const PdfPageMap landed = d->content.pageMap(d->blocks, d->slices, firstPage);
        if (landed == pages)
            break;
        pages = landed;
    }
    d->pageCount = d->slices.isEmpty() ? 1 : d->slices.last().page + 1;
}

PdfPairPages::~PdfPairPages() = default;

int PdfPairPages::pageCount() const
{
    return d->pageCount;
}

void PdfPairPages::paint(QPainter &painter, int firstPage, int totalPages,
                         const ReportProgress &progress) const
{
    const QRectF body = d->frame.body();
    const int rows = int(d->content.model().rows().size());
    int next = 0;
    for (int p = 0; p < d->pageCount; ++p) {
        if (p > 0 || firstPage > 1)
            d->writer->newPage();
        d->frame.paint(painter, firstPage + p, totalPages);
        painter.save();
        painter.translate(body.topLeft());
        for (; next < d->slices.size() && d->slices[next].page == p; ++next)
            paintSlice(painter, d->blocks[d->slices[next].block], d->slices[next], body.width());
        painter.restore();
        if (progress)
            progress(rows * (p + 1 + d->pageCount) / d->pageCount, rows * 2);
    }
}

bool writePdfReport(const Comparison &comparison, const ReportOptions &options, QIODevice *device,
                    const ReportProgress &progress, QString *error)
{
    QPdfWriter writer(device);
    setUpPdfWriter(writer, options);
    const auto title = [&](Side side) {
        return comparison.documents[side] ? comparison.documents[side]->title : QString();
    };
    writer.setTitle(ReportText::tr("%1 compared with %2").arg(title(Left), title(Right)));

    const PdfPairPages pages(comparison, options, &writer, progress);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ReportText::tr("The PDF could not be started.");
        return false;
    }
    pages.paint(painter, 1, pages.pageCount(), progress);
    painter.end();
    return true;
}

/// Qt 6.4's QPdfWriter stamps the Info dictionary's /CreationDate with the time it writes
/// and has no setter for it. Without a timestamp the report must be the same bytes for the
/// same comparison, so the date's digits become 2000-01-01 00:00:00; the field has a fixed
/// width, so the cross-reference offsets stay true. (6.4 writes no XMP and no /ID unless
/// asked for PDF/A, which Recension does not.)
QByteArray pdfWithoutCreationTime(QByteArray pdf)
{
    static const QByteArray marker = "/CreationDate (D:";
    static const QByteArray fixed = "20000101000000";
    const qsizetype at = pdf.indexOf(marker);
    if (at >= 0 && at + marker.size() + fixed.size() <= pdf.size())
        pdf.replace(at + marker.size(), fixed.size(), fixed);
    return pdf;
}

} // namespace Recension
