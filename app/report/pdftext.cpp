#include "report/pdftext.h"

#include "report/reportpalette.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>

namespace Recension {

namespace {

QFont reportFont(const QString &family, qreal points, bool bold = false)
{
    QFont font;
    // Qt 6.4 prints a colour bitmap emoji font blank; an outline font of symbols comes
    // before the system's fallback so that emoji and symbols print as glyphs, not boxes.
    font.setFamilies({family, QStringLiteral("Symbola")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // Shaped text turns "fi" into a ligature glyph pdftotext and search cannot read.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

constexpr qreal Epsilon = 0.5;

} // namespace

PdfStyle::PdfStyle(QPaintDevice *paintDevice)
    : device(paintDevice)
    , body(reportFont(QStringLiteral("DejaVu Serif"), 9))
    , small(reportFont(QStringLiteral("DejaVu Sans"), 7))
    , heading(reportFont(QStringLiteral("DejaVu Sans"), 12, true))
    , title(reportFont(QStringLiteral("DejaVu Sans"), 17, true))
    , figure(reportFont(QStringLiteral("DejaVu Sans"), 15, true))
{
}

qreal PdfStyle::mm(qreal millimetres) const
{
    return millimetres * device->logicalDpiY() / 25.4;
}

qreal PdfText::height() const
{
    return document->size().height();
}

qreal PdfText::breakBefore(qreal from, qreal limit) const
{
    if (height() <= limit)
        return height();
    qreal best = -1;
    for (const auto &[top, bottom] : lines) {
        if (bottom <= from + Epsilon || bottom > limit)
            continue;
        // A cut at `bottom` must not run through any other line (table cells side by side).
        const bool clean = std::none_of(lines.cbegin(), lines.cend(), [&](const auto &other) {
            return other.first < bottom - Epsilon && other.second > bottom + Epsilon;
        });
        if (clean)
            best = std::max(best, bottom);
    }
    // One line taller than the space (never in practice): cut it rather than loop.
    return best > from ? best : limit;
}

void PdfText::measureLines()
{
    lines.clear();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *blockLines = block.layout();
        for (int i = 0; i < blockLines->lineCount(); ++i) {
            const QTextLine line = blockLines->lineAt(i);
            lines.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
    }
    std::sort(lines.begin(), lines.end());
}

PdfText PdfText::tail(qreal from) const
{
    int position = document->characterCount() - 1;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.bottom() <= from + Epsilon)
            continue;
        const QTextLayout *blockLines = block.layout();
        for (int i = 0; i < blockLines->lineCount() && position == document->characterCount() - 1; ++i) {
            if (rect.top() + blockLines->lineAt(i).y() >= from - Epsilon)
                position = block.position() + blockLines->lineAt(i).textStart();
        }
        if (position != document->characterCount() - 1)
            break;
    }
    PdfText rest;
    rest.document.reset(document->clone());
    rest.document->documentLayout()->setPaintDevice(layout->paintDevice());
    rest.document->setDefaultFont(document->defaultFont());
    rest.document->setDocumentMargin(document->documentMargin());
    rest.document->setTextWidth(document->textWidth());
    QTextCursor cursor(rest.document.get());
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    rest.underlineColour = underlineColour;
    rest.marginSide = marginSide;
    rest.marginWidth = marginWidth;
    for (MarginNumber number : marginNumbers) {
        if (number.position >= position) {
            number.position -= position;
            rest.marginNumbers.append(number);
        }
    }
    for (const auto &[start, end] : doubleUnderlines) {
        if (end > position)
            rest.doubleUnderlines.append({std::max(start - position, 0), end - position});
    }
    rest.measureLines();
    return rest;
}

void PdfText::paint(QPainter &painter, qreal from, qreal to) const
{
    // The layout always draws the line just above its clip, and a PDF keeps the text of
    // a line even where the painter clips it away: the line above a page cut would be
    // read twice. A continuation is therefore drawn from a copy cut at its first line.
    if (from > Epsilon) {
        tail(from).paint(painter, 0, to - from);
        return;
    }
    painter.save();
    const QRectF clip(0, 0, document->textWidth(), to);
    // Replace, not intersect: after QPdfWriter::newPage() an intersection with the
    // previous page's clip left every later page blank.
    painter.setClipRect(clip, Qt::ReplaceClip);
    // The layout also draws a line whose top touches the clip's bottom edge.
    const qreal inset = lines.isEmpty() ? 0 : (lines.first().second - lines.first().first) / 4;
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip.adjusted(0, 0, 0, -inset);
    document->documentLayout()->draw(&painter, context);
    if (!doubleUnderlines.isEmpty()) {
        QPen pen(underlineColour);
        pen.setWidthF(document->defaultFont().pointSizeF() * painter.device()->logicalDpiY() / 72.0 / 16.0);
        painter.setPen(pen);
        for (const auto &[start, end] : doubleUnderlines) {
            for (QTextBlock block = document->findBlock(start);
                 block.isValid() && block.position() < end; block = block.next()) {
                const QPointF origin = document->documentLayout()->blockBoundingRect(block).topLeft();
                const QTextLayout *layout = block.layout();
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const int lineStart = block.position() + line.textStart();
                    const int lineEnd = lineStart + line.textLength();
                    if (end <= lineStart || start >= lineEnd || origin.y() + line.y() >= to - inset)
                        continue;
                    const qreal x1 = line.cursorToX(std::max(start, lineStart) - block.position());
                    const qreal x2 = line.cursorToX(std::min(end, lineEnd) - block.position());
                    const qreal y = origin.y() + line.y() + line.ascent() + 3 * pen.widthF();
                    for (qreal dy : {0.0, 2.5 * pen.widthF()})
                        painter.drawLine(QPointF(origin.x() + x1, y + dy), QPointF(origin.x() + x2, y + dy));
                }
            }
        }
    }
    painter.restore();
    paintMarginNumbers(painter, to - inset);
}

void PdfText::paintMarginNumbers(QPainter &painter, qreal to) const
{
    if (marginNumbers.isEmpty())
        return;
    // Numbers of changes that begin on one line share one label beside it; a label too
    // long for the margin wraps downwards, and the next line's label starts below it.
    struct Label
    {
        qreal top = 0;
        qreal baseline = 0;
        QVector<const MarginNumber *> numbers;
    };
    QVector<Label> labels;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (const MarginNumber &number : marginNumbers) {
        const QTextBlock block = document->findBlock(number.position);
        if (!block.isValid())
            continue;
        const QTextLine line = block.layout()->lineForTextPosition(number.position - block.position());
        if (!line.isValid())
            continue;
        const qreal top = layout->blockBoundingRect(block).top() + line.y();
        if (top >= to)
            break;
        if (labels.isEmpty() || labels.last().top != top)
            labels.append({top, top + line.ascent(), {}});
        labels.last().numbers.append(&number);
    }
    QFont font = document->defaultFont();
    // A path takes the font's size in device units: pixels of the PDF's resolution.
    font.setPixelSize(qRound(font.pointSizeF() * 0.8 * painter.device()->logicalDpiY() / 72.0));
    QFont strongFont = font;
    strongFont.setBold(true);
    const QFontMetricsF metrics(strongFont, painter.device());
    const qreal gap = metrics.horizontalAdvance(QLatin1Char(' '));
    const qreal room = marginWidth - gap;
    painter.save();
    painter.setClipping(false);
    painter.setPen(Qt::NoPen);
    qreal nextFree = -1;
    for (const Label &label : std::as_const(labels)) {
        qreal baseline = std::max(label.baseline, nextFree + metrics.ascent());
        // Split the numbers into lines that fit the margin.
        // Consecutive numbers read as one run, "9–11": a line of many changes keeps a short label.
        struct Run
        {
            QString text;
            bool strong = false;
        };
        QVector<Run> runs;
        for (int i = 0; i < label.numbers.size();) {
            int j = i;
            bool strong = label.numbers[i]->strong;
            while (j + 1 < label.numbers.size() && label.numbers[j + 1]->id == label.numbers[j]->id + 1) {
                ++j;
                strong = strong || label.numbers[j]->strong;
            }
            runs.append({j == i ? QString::number(label.numbers[i]->id)
                                : QStringLiteral("%1\u2013%2").arg(label.numbers[i]->id).arg(label.numbers[j]->id),
                         strong});
            i = j + 1;
        }
        QVector<QVector<Run>> rows(1);
        qreal width = 0;
        for (const Run &run : std::as_const(runs)) {
            const qreal w = metrics.horizontalAdvance(run.text) + gap;
            if (!rows.last().isEmpty() && width + w > room) {
                rows.append(QVector<Run>());
                width = 0;
            }
            rows.last().append(run);
            width += w;
        }
        for (const auto &row : std::as_const(rows)) {
            qreal rowWidth = 0;
            for (const Run &run : row)
                rowWidth += metrics.horizontalAdvance(run.text) + gap;
            // The left margin's numbers end near the text, the right margin's begin near it.
            qreal x = marginSide == Left ? -rowWidth - gap : document->textWidth() + 2 * gap;
            for (const Run &run : row) {
                // Drawn as outlines, not text: a number is never read, searched or copied
                // into the middle of the article's words.
                QPainterPath path;
                path.addText(QPointF(x, baseline), run.strong ? strongFont : font, run.text);
                painter.fillPath(path, run.strong ? QColor(0x8b, 0x10, 0x10) : QColor(0x55, 0x55, 0x55));
                x += metrics.horizontalAdvance(run.text) + gap;
            }
            nextFree = baseline + metrics.descent();
            baseline += metrics.lineSpacing();
        }
    }
    painter.restore();
}

PdfTextBuilder::PdfTextBuilder(const PdfStyle &style, qreal width)
    : m_style(style)
{
    m_text.document = std::make_shared<QTextDocument>();
    QTextDocument *doc = m_text.document.get();
    doc->documentLayout()->setPaintDevice(style.device);
    doc->setDefaultFont(style.body);
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    m_cursor = QTextCursor(doc);
}

void PdfTextBuilder::paragraph(Qt::Alignment alignment, qreal spaceAfterMm)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    // QTextDocument takes format lengths in pixels of a 96 dpi screen and scales them to
    // the paint device itself.
    format.setBottomMargin(spaceAfterMm * 96 / 25.4);
    if (m_first)
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
    m_first = false;
}

void PdfTextBuilder::text(const QString &text, const QFont &font, const QColor &colour)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setForeground(colour);
    m_first = false;
    m_cursor.insertText(text, format);
}

void PdfTextBuilder::note(const QString &text)
{
    QFont font = m_style.small;
    font.setItalic(true);
    this->text(text, font, QColor(0x55, 0x55, 0x55));
}

QTextCharFormat PdfTextBuilder::changeFormat(Category category, bool inQuote, ChangeWeight weight,
                                             const QFont &font)
{
    CategoryStyle style = categoryStyle(category);
    if (weight == ChangeWeight::Light) {
        // Low changes recede: a paler fill and mark, so that findings stand out.
        style.fill = QColor::fromRgbF(0.5 + style.fill.redF() / 2, 0.5 + style.fill.greenF() / 2,
                                      0.5 + style.fill.blueF() / 2);
        style.markColour = style.markColour.lighter(160);
    }
    QTextCharFormat format;
    format.setFont(font);
    format.setBackground(style.fill);
    const auto underline = [&](QTextCharFormat::UnderlineStyle underlineStyle) {
        format.setUnderlineStyle(underlineStyle);
        format.setUnderlineColor(style.markColour);
    };
    // Print cannot frame words inside a line as the screen does: a box becomes bold type
    // underlined in the box's line style.
    switch (style.mark) {
    case Mark::Underline: underline(QTextCharFormat::SingleUnderline); break;
    case Mark::StrikeOut: format.setFontStrikeOut(true); break;
    case Mark::DashUnderline: underline(QTextCharFormat::DashUnderline); break;
    case Mark::DotUnderline: underline(QTextCharFormat::DotLine); break;
    case Mark::DashDotUnderline: underline(QTextCharFormat::DashDotLine); break;
    case Mark::WaveUnderline: underline(QTextCharFormat::WaveUnderline); break;
    case Mark::DashDotDotUnderline: underline(QTextCharFormat::DashDotDotLine); break;
    case Mark::DoubleUnderline: break; // painted by PdfText::paint
    case Mark::SolidBox: format.setFontWeight(QFont::Bold); underline(QTextCharFormat::SingleUnderline); break;
    case Mark::DashedBox: format.setFontWeight(QFont::Bold); underline(QTextCharFormat::DashUnderline); break;
    case Mark::DottedBox: format.setFontWeight(QFont::Bold); underline(QTextCharFormat::DotLine); break;
    case Mark::SideBar: break; // drawn beside the whole passage
    case Mark::Brackets: underline(QTextCharFormat::DotLine); format.setFontItalic(true); break;
    case Mark::DoubleBox: format.setFontWeight(QFont::Bold); break; // double line painted by PdfText::paint
    case Mark::ThickUnderline: format.setFontWeight(QFont::DemiBold); underline(QTextCharFormat::SingleUnderline); break;
    }
    if (weight == ChangeWeight::Strong)
        format.setFontWeight(QFont::Bold);
    if (inQuote)
        format.setFontOverline(true);
    return format;
}

void PdfTextBuilder::marked(const QString &text, Category category, bool inQuote, ChangeWeight weight)
{
    const int start = m_cursor.position();
    m_first = false;
    m_cursor.insertText(text, changeFormat(category, inQuote, weight, m_style.body));
    if (categoryStyle(category).mark == Mark::DoubleUnderline
        || categoryStyle(category).mark == Mark::DoubleBox) {
        m_text.doubleUnderlines.append({start, m_cursor.position()});
        m_text.underlineColour = categoryStyle(category).markColour;
    }
}

void PdfTextBuilder::sample(Category category, const QString &text, bool inQuote, ChangeWeight weight)
{
    marked(text, category, inQuote, weight);
}

void PdfTextBuilder::setMargin(Side side, qreal width)
{
    m_text.marginSide = side;
    m_text.marginWidth = width;
    m_margin = true;
}

void PdfTextBuilder::fragments(const ReportModel &model, const QVector<Fragment> &fragments)
{
    for (const Fragment &fragment : fragments) {
        if (fragment.elided) {
            note(QStringLiteral("[\u2026]"));
            body(QStringLiteral(" "));
        } else if (fragment.change < 0) {
            body(fragment.text);
        } else {
            const Change &change = model.comparison().changes[fragment.change];
            const ChangeWeight weight = model.weight(fragment.change);
            if (m_margin) {
                const int position = m_cursor.position();
                if (m_text.marginNumbers.isEmpty() || m_text.marginNumbers.last().id != change.id)
                    m_text.marginNumbers.append({position, change.id, weight == ChangeWeight::Strong});
            }
            marked(fragment.text, change.category, change.inQuote, weight);
        }
    }
}

QTextTable *PdfTextBuilder::table(int rows, int columns, const QVector<qreal> &percentWidths)
{
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    for (qreal percent : percentWidths)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    format.setColumnWidthConstraints(widths);
    if (!m_first)
        m_cursor.insertBlock();
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    m_first = true;
    return table;
}

void PdfTextBuilder::cell(QTextTable *table, int row, int column)
{
    m_cursor = table->cellAt(row, column).firstCursorPosition();
    m_first = true;
}

void PdfTextBuilder::atEnd()
{
    m_cursor.movePosition(QTextCursor::End);
    m_first = true;
}

PdfText PdfTextBuilder::finish()
{
    m_text.measureLines();
    return m_text;
}

} // namespace Recension
