#pragma once

#include "compare/comparison.h"

#include <QCache>
#include <QFont>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace Recension::Ui {

/// The laid-out paragraphs of one cell (one side of one row), stacked top to bottom.
struct CellLayout
{
    std::vector<std::unique_ptr<QTextLayout>> paragraphs;
    QVector<qreal> tops; ///< y of each paragraph inside the cell, parallel to `paragraphs`
    qreal height = 0;    ///< content height, paragraph gaps included
};

/// What a cell shows: its paragraphs' texts and change formats.
struct CellContent
{
    QStringList texts;
    QVector<QList<QTextLayout::FormatRange>> formats; ///< parallel to `texts`
};

/// @brief A bounded cache of laid-out cells, keyed by row and side, valid for one font,
/// text width and set of formats (clear() when any of them changes).
class RowLayoutCache final
{
public:
    explicit RowLayoutCache(int maxCells = 800);

    void setFont(const QFont &font);
    void setTextWidth(qreal width);
    qreal textWidth() const { return m_width; }
    /// @brief Vertical space between the paragraphs of one cell.
    qreal paragraphGap() const;
    void clear() { m_cache.clear(); }

    const CellLayout *find(int row, Side side) const;
    /// @brief Lays out a cell and keeps it; the pointer lives until the next clear or eviction.
    const CellLayout *insert(int row, Side side, const CellContent &content);
    /// @brief The height a cell's texts take at the current width, without keeping layouts.
    qreal measure(const QStringList &texts) const;
    /// @brief A quick guess of a cell's height from its texts' lengths.
    qreal estimate(const QStringList &texts) const;

private:
    std::unique_ptr<QTextLayout> layOut(const QString &text,
                                        const QList<QTextLayout::FormatRange> &formats,
                                        qreal *height) const;
    static quint64 key(int row, Side side) { return (quint64(row) << 1) | quint64(side); }

    QCache<quint64, CellLayout> m_cache;
    QFont m_font;
    qreal m_width = 400;
    qreal m_lineHeight = 16;
    qreal m_averageCharWidth = 7;
};

} // namespace Recension::Ui
