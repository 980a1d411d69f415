#include "ui/view/changestyle.h"

#include "ui/view/palette.h"

#include <QPainter>
#include <QTextLine>

namespace Recension::Ui {

Mark ChangeStyle::markFor(Category category)
{
    return categoryMark(category);
}

QString ChangeStyle::categoryName(Category category)
{
    switch (category) {
    case Category::Inserted: return tr("inserted");
    case Category::Deleted: return tr("deleted");
    case Category::Replaced: return tr("replaced");
    case Category::Synonym: return tr("synonym");
    case Category::Inflection: return tr("inflection");
    case Category::Spelling: return tr("spelling");
    case Category::Number: return tr("number");
    case Category::Name: return tr("name");
    case Category::Speaker: return tr("speaker");
    case Category::Punctuation: return tr("punctuation");
    case Category::Case: return tr("case");
    case Category::Moved: return tr("moved");
    case Category::Format: return tr("format");
    case Category::Polarity: return tr("polarity");
    case Category::Hedge: return tr("hedge");
    }
    return {};
}

QString ChangeStyle::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low: return tr("low");
    case Severity::Medium: return tr("medium");
    case Severity::High: return tr("high");
    }
    return {};
}

QString ChangeStyle::linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Identical: return tr("identical passage");
    case LinkKind::Modified: return tr("modified passage");
    case LinkKind::Paraphrased: return tr("paraphrased passage");
    case LinkKind::Moved: return tr("moved passage");
    case LinkKind::Deleted: return tr("deleted passage");
    case LinkKind::Inserted: return tr("inserted passage");
    }
    return {};
}

QString ChangeStyle::markDescription(Category category)
{
    switch (markFor(category)) {
    case Mark::Underline: return tr("underlined");
    case Mark::StrikeOut: return tr("struck through");
    case Mark::DashUnderline: return tr("dashed underline");
    case Mark::DotUnderline: return tr("dotted underline");
    case Mark::DashDotUnderline: return tr("dash-dot underline");
    case Mark::WaveUnderline: return tr("wavy underline");
    case Mark::DashDotDotUnderline: return tr("dash-dot-dot underline");
    case Mark::DoubleUnderline: return tr("double underline");
    case Mark::SolidBox: return tr("boxed");
    case Mark::DashedBox: return tr("dashed box");
    case Mark::DottedBox: return tr("dotted box");
    case Mark::SideBar: return tr("margin bar, sloped band");
    case Mark::Brackets: return tr("corner brackets");
    case Mark::DoubleBox: return tr("double box");
    case Mark::ThickUnderline: return tr("thick underline");
    }
    return {};
}

QTextCharFormat ChangeStyle::format(Category category, bool inQuote, const Palette &palette)
{
    QTextCharFormat f;
    f.setBackground(palette.fill(category));
    const QColor mark = palette.mark(category);
    switch (markFor(category)) {
    case Mark::Underline: f.setUnderlineStyle(QTextCharFormat::SingleUnderline); break;
    case Mark::StrikeOut: f.setFontStrikeOut(true); break;
    case Mark::DashUnderline: f.setUnderlineStyle(QTextCharFormat::DashUnderline); break;
    case Mark::DotUnderline: f.setUnderlineStyle(QTextCharFormat::DotLine); break;
    case Mark::DashDotUnderline: f.setUnderlineStyle(QTextCharFormat::DashDotLine); break;
    case Mark::WaveUnderline: f.setUnderlineStyle(QTextCharFormat::WaveUnderline); break;
    case Mark::DashDotDotUnderline:
        f.setUnderlineStyle(QTextCharFormat::DashDotDotLine);
        break;
    case Mark::DoubleUnderline:
    case Mark::SolidBox:
    case Mark::DashedBox:
    case Mark::DottedBox:
    case Mark::Brackets:
    case Mark::DoubleBox:
    case Mark::ThickUnderline:
    case Mark::SideBar: break; // painted by paintMarks()
    }
    if (f.underlineStyle() != QTextCharFormat::NoUnderline)
        f.setUnderlineColor(mark);
    // Quotations get a line above: the one mark no category uses.
    if (inQuote)
        f.setFontOverline(true);
    return f;
}

QList<QTextLayout::FormatRange> ChangeStyle::formatRanges(const QVector<MarkRange> &marks,
                                                          const Palette &palette)
{
    QList<QTextLayout::FormatRange> ranges;
    ranges.reserve(marks.size());
    for (const MarkRange &m : marks) {
        if (m.end <= m.start)
            continue;
        ranges.append({m.start, m.end - m.start, format(m.category, m.inQuote, palette)});
    }
    return ranges;
}

QVector<QRectF> ChangeStyle::rangeRects(const QTextLayout &layout, const QPointF &origin,
                                        int start, int end)
{
    QVector<QRectF> rects;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        if (end <= lineStart || start >= lineEnd)
            continue;
        const qreal x1 = line.cursorToX(qMax(start, lineStart));
        const qreal x2 = line.cursorToX(qMin(end, lineEnd));
        rects.append(QRectF(origin.x() + qMin(x1, x2), origin.y() + line.y(),
                            qMax(qAbs(x2 - x1), 2.0), line.height()));
    }
    return rects;
}

void ChangeStyle::paintMarks(QPainter &painter, const QTextLayout &layout, const QPointF &origin,
                             const QVector<MarkRange> &marks, const Palette &palette)
{
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (const MarkRange &m : marks) {
        const Mark mark = markFor(m.category);
        if (mark != Mark::SolidBox && mark != Mark::DashedBox && mark != Mark::DottedBox
            && mark != Mark::DoubleUnderline && mark != Mark::Brackets && mark != Mark::DoubleBox
            && mark != Mark::ThickUnderline)
            continue;
        QPen pen(palette.mark(m.category), mark == Mark::ThickUnderline ? 2.6 : 1.2);
        pen.setStyle(mark == Mark::DashedBox  ? Qt::DashLine
                     : mark == Mark::DottedBox ? Qt::DotLine
                                               : Qt::SolidLine);
        painter.setPen(pen);
        const QVector<QRectF> rects = rangeRects(layout, origin, m.start, m.end);
        for (const QRectF &r : rects) {
            if (mark == Mark::DoubleUnderline) {
                const qreal y = r.bottom() - 1.5;
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                painter.drawLine(QPointF(r.left(), y - 2.5), QPointF(r.right(), y - 2.5));
            } else if (mark == Mark::ThickUnderline) {
                const qreal y = r.bottom() - 1.5;
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            } else if (mark == Mark::Brackets) {
                const qreal arm = qMin<qreal>(4.0, r.width() / 3);
                const QRectF b = r.adjusted(0.5, 0.5, -0.5, -0.5);
                painter.drawPolyline(QPolygonF{{b.left() + arm, b.top()}, b.topLeft(),
                                               b.bottomLeft(), {b.left() + arm, b.bottom()}});
                painter.drawPolyline(QPolygonF{{b.right() - arm, b.top()}, b.topRight(),
                                               b.bottomRight(), {b.right() - arm, b.bottom()}});
            } else if (mark == Mark::DoubleBox) {
                painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
                painter.drawRect(r.adjusted(2.5, 2.5, -2.5, -2.5));
            } else {
                painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            }
        }
    }
    painter.restore();
}

} // namespace Recension::Ui
