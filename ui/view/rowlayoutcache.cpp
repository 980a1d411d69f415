#include "ui/view/rowlayoutcache.h"

#include <QFontMetricsF>
#include <QTextLine>
#include <QTextOption>

#include <cmath>

namespace Recension::Ui {

RowLayoutCache::RowLayoutCache(int maxCells)
    : m_cache(maxCells)
{
    setFont(QFont());
}

void RowLayoutCache::setFont(const QFont &font)
{
    m_font = font;
    const QFontMetricsF metrics(font);
    m_lineHeight = metrics.lineSpacing();
    // averageCharWidth() underestimates prose (spaces and capitals); measured on English
    // news text, the width of a typical sentence per character is closer to this.
    m_averageCharWidth = metrics.horizontalAdvance(
                             QStringLiteral("The quick brown fox jumps over the lazy dog. "))
        / 45.0;
    m_cache.clear();
}

void RowLayoutCache::setTextWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    m_cache.clear();
}

qreal RowLayoutCache::paragraphGap() const
{
    return std::round(m_lineHeight * 0.5);
}

const CellLayout *RowLayoutCache::find(int row, Side side) const
{
    return m_cache.object(key(row, side));
}

std::unique_ptr<QTextLayout> RowLayoutCache::layOut(const QString &text,
                                                    const QList<QTextLayout::FormatRange> &formats,
                                                    qreal *height) const
{
    auto layout = std::make_unique<QTextLayout>(text, m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = std::max(y, m_lineHeight);
    return layout;
}

const CellLayout *RowLayoutCache::insert(int row, Side side, const CellContent &content)
{
    auto *cell = new CellLayout;
    qreal y = 0;
    for (int i = 0; i < content.texts.size(); ++i) {
        if (i > 0)
            y += paragraphGap();
        qreal height = 0;
        cell->paragraphs.push_back(layOut(content.texts[i], content.formats.value(i), &height));
        cell->tops.append(y);
        y += height;
    }
    cell->height = y;
    const quint64 k = key(row, side);
    m_cache.insert(k, cell);
    return m_cache.object(k);
}

qreal RowLayoutCache::measure(const QStringList &texts) const
{
    qreal y = 0;
    for (int i = 0; i < texts.size(); ++i) {
        qreal height = 0;
        layOut(texts[i], {}, &height);
        y += height + (i > 0 ? paragraphGap() : 0);
    }
    return y;
}

qreal RowLayoutCache::estimate(const QStringList &texts) const
{
    qreal y = 0;
    const qreal perLine = std::max(1.0, m_width / m_averageCharWidth);
    for (int i = 0; i < texts.size(); ++i) {
        const qreal lines = std::max(1.0, std::ceil(texts[i].size() / perLine));
        y += lines * m_lineHeight + (i > 0 ? paragraphGap() : 0);
    }
    return y;
}

} // namespace Recension::Ui
