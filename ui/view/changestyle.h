#pragma once

#include "compare/comparison.h"
#include "report/reportpalette.h"

#include <QCoreApplication>
#include <QTextCharFormat>
#include <QTextLayout>
#include <QVector>

class QPainter;

namespace Recension::Ui {

class Palette;

/// The non-colour mark of each category (so that no category depends on colour alone):
/// one definition for the screen and for paper.
using Mark = Recension::Mark;

/// A changed stretch of one laid-out paragraph. Offsets are UTF-16 into its text.
struct MarkRange
{
    int start = 0;
    int end = 0;
    Category category = Category::Replaced;
    bool inQuote = false;
};

/// @brief How changes look: names, marks and text formats, shared by the view and the legend.
class ChangeStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::ChangeStyle)
public:
    static Mark markFor(Category category);
    /// @brief The translated, lower-case name of a category ("synonym").
    static QString categoryName(Category category);
    static QString severityName(Severity severity);
    static QString linkKindName(LinkKind kind);
    /// @brief A short translated description of a category's mark, for the legend.
    static QString markDescription(Category category);
    /// @brief The text format of a changed stretch (fill, underline, strike-out, overline).
    static QTextCharFormat format(Category category, bool inQuote, const Palette &palette);
    /// @brief Format ranges of a paragraph's changes, for QTextLayout::setFormats.
    static QList<QTextLayout::FormatRange> formatRanges(const QVector<MarkRange> &marks,
                                                        const Palette &palette);
    /// @brief Draws the marks QTextLayout cannot (boxes, double underline) over a laid-out
    /// paragraph whose origin is `origin`.
    static void paintMarks(QPainter &painter, const QTextLayout &layout, const QPointF &origin,
                           const QVector<MarkRange> &marks, const Palette &palette);
    /// @brief Rectangles (one per line) covering [start, end) of a laid-out paragraph.
    static QVector<QRectF> rangeRects(const QTextLayout &layout, const QPointF &origin,
                                      int start, int end);
};

} // namespace Recension::Ui
