#pragma once

#include "compare/comparison.h"

#include <QColor>

namespace Recension {

/// The mark a category carries besides its colour, so that a change stays recognisable in
/// black and white and to readers who do not tell the colours apart. The same marks as the
/// screen (ui/changestyle); print draws a box as bold text underlined in the box's line
/// style. Words inside a quotation get a line above in addition, as on the screen.
enum class Mark {
    Underline, StrikeOut, DashUnderline, DotUnderline, DashDotUnderline, WaveUnderline,
    DashDotDotUnderline, DoubleUnderline, SolidBox, DashedBox, DottedBox, SideBar,
    Brackets,       ///< a thin corner bracket at each end of the words
    DoubleBox,      ///< two nested boxes
    ThickUnderline  ///< a heavy solid underline
};

/// @brief How one category looks on paper.
struct CategoryStyle
{
    QColor fill;       ///< light background behind the changed words
    QColor markColour; ///< dark line colour of the mark
    Mark mark = Mark::SolidBox;
};

/// @brief The print style of a category: the screen's hues, light fills, the screen's marks.
CategoryStyle categoryStyle(Category category);

/// @brief The hue (degrees, -1 for grey) and saturation of each category, shared with the screen.
struct CategoryHue
{
    int degrees;
    qreal saturation;
};
CategoryHue categoryHue(Category category);

/// @brief A category's mark, the same on the screen and on paper.
Mark categoryMark(Category category);

} // namespace Recension
