#include "ui/view/legendwidget.h"

#include "ui/view/changestyle.h"

#include <QPainter>
#include <QTextLayout>

namespace Recension::Ui {

namespace {

QString sampleWord(Category category)
{
    switch (category) {
    case Category::Inserted: return LegendWidget::tr("added");
    case Category::Deleted: return LegendWidget::tr("removed");
    case Category::Replaced: return LegendWidget::tr("reworded");
    case Category::Synonym: return LegendWidget::tr("safety");
    case Category::Inflection: return LegendWidget::tr("says");
    case Category::Spelling: return LegendWidget::tr("colour");
    case Category::Number: return LegendWidget::tr("3,600");
    case Category::Name: return LegendWidget::tr("Smith");
    case Category::Speaker: return LegendWidget::tr("she said");
    case Category::Punctuation: return LegendWidget::tr("; —");
    case Category::Case: return LegendWidget::tr("Minister");
    case Category::Moved: return LegendWidget::tr("passage");
    case Category::Format: return LegendWidget::tr("U.S./US");
    case Category::Polarity: return LegendWidget::tr("not");
    case Category::Hedge: return LegendWidget::tr("may");
    }
    return {};
}

constexpr int Margin = 8;
constexpr int SampleWidth = 84;

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
    , m_palette(Palette::make(ColourScheme::System, palette()))
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(describe());
    setFocusPolicy(Qt::TabFocus);
}

void LegendWidget::setColours(const Palette &palette)
{
    m_palette = palette;
    update();
}

int LegendWidget::rowHeight() const
{
    // Two lines: the category's name, then its mark in a smaller font.
    return fontMetrics().lineSpacing() + QFontMetrics(smallFont()).lineSpacing() + 8;
}

QFont LegendWidget::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    return small;
}

QSize LegendWidget::sizeHint() const
{
    return {SampleWidth + 2 * Margin + fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22,
            (CategoryCount + ExtraRows) * rowHeight() + 2 * Margin};
}

QSize LegendWidget::minimumSizeHint() const
{
    return {SampleWidth + 2 * Margin + 60, sizeHint().height()};
}

QString LegendWidget::describe() const
{
    QStringList lines;
    for (int c = 0; c < CategoryCount; ++c) {
        lines << tr("%1: %2").arg(ChangeStyle::categoryName(Category(c)),
                                  ChangeStyle::markDescription(Category(c)));
    }
    lines << tr("inside a quotation: line above");
    lines << tr("nothing on this side: hatched gap");
    return lines.join(QLatin1Char('\n'));
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_palette.base);
    const int h = rowHeight();
    const QFontMetrics metrics = fontMetrics();
    const int textX = Margin + SampleWidth + 8;
    const QFont small = smallFont();
    const QFontMetrics smallMetrics(small);
    auto drawLabel = [&](int y, const QString &name, const QString &mark) {
        const int room = qMax(0, width() - textX - Margin);
        const int nameHeight = metrics.lineSpacing();
        painter.setPen(m_palette.text);
        painter.setFont(font());
        painter.drawText(QRect(textX, y + 3, room, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(name, Qt::ElideRight, room));
        painter.setPen(m_palette.mutedText);
        painter.setFont(small);
        painter.drawText(QRect(textX, y + 3 + nameHeight, room, smallMetrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(mark, Qt::ElideRight, room));
        painter.setFont(font());
    };
    auto drawSample = [&](int y, const QString &word, const QTextCharFormat &format,
                          const QVector<MarkRange> &marks) {
        QTextLayout layout(word, font());
        layout.setFormats({{0, int(word.size()), format}});
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(SampleWidth);
        layout.endLayout();
        const QPointF origin(Margin + 6, y + (h - line.height()) / 2);
        painter.setPen(m_palette.text);
        layout.draw(&painter, origin);
        ChangeStyle::paintMarks(painter, layout, origin, marks, m_palette);
    };

    int y = Margin;
    for (int c = 0; c < CategoryCount; ++c, y += h) {
        const auto category = Category(c);
        const QString word = sampleWord(category);
        if (category == Category::Moved) {
            painter.fillRect(QRect(Margin, y + 4, 3, h - 8), m_palette.mark(category));
            painter.fillRect(QRect(Margin + 4, y + 4, SampleWidth - 4, h - 8),
                             m_palette.tint(LinkKind::Moved));
        }
        drawSample(y, word, ChangeStyle::format(category, false, m_palette),
                   {{0, int(word.size()), category, false}});
        drawLabel(y, ChangeStyle::categoryName(category), ChangeStyle::markDescription(category));
    }
    QTextCharFormat quoted;
    quoted.setFontOverline(true);
    drawSample(y, tr("“quoted”"), quoted, {});
    drawLabel(y, tr("in a quotation"), tr("line above"));
    y += h;
    const QRect gap(Margin, y + 3, SampleWidth, h - 6);
    painter.fillRect(gap, m_palette.gapFill);
    painter.fillRect(gap, QBrush(m_palette.gapHatch, Qt::BDiagPattern));
    drawLabel(y, tr("gap"), tr("nothing on this side"));
}

} // namespace Recension::Ui
