#pragma once

#include "compare/comparison.h"

#include <QColor>

namespace Recension {

/// The mark a category carries besides its colour, so that a change stays recognisable in
/// black and white and to readers who do not tell the colours apart.
enum class Mark {
    Underline,       ///< inserted words
    StrikeThrough,   ///< deleted words
    Box,             ///< the screen frames the words; print draws them bold and underlined
    DottedUnderline,
    DashedUnderline,
    WavyUnderline,
    Overline,
    DashDotUnderline,
    SideBar          ///< a bar beside the whole passage (moved passages)
};

/// @brief How one category looks: a light, print-friendly background and its mark.
struct CategoryStyle
{
    QColor background;
    Mark mark = Mark::Box;
};

/// @brief The style of a category, shared by the PDF and HTML reports (and meant for the screen).
CategoryStyle categoryStyle(Category category);

} // namespace Recension
