#pragma once

#include "compare/comparison.h"

#include <QColor>
#include <QPalette>

#include <array>

namespace Recension::Ui {

/// Which set of colours the views paint with; persisted by its integer value.
enum class ColourScheme { System = 0, ColourBlindSafe = 1 };

/// @brief Every colour the comparison views paint with. Views never use colour literals:
/// they read this object, which is derived from the widget palette (light or dark) and
/// the chosen scheme.
class Palette final
{
public:
    /// @brief The palette for a scheme on a system palette (dark when its Window is dark).
    static Palette make(ColourScheme scheme, const QPalette &system);

    bool dark = false;
    QColor base;            ///< column background
    QColor text;            ///< prose
    QColor mutedText;       ///< captions, counts
    QColor gapFill;         ///< a side with nothing for its row
    QColor gapHatch;        ///< the hatching drawn over gapFill
    QColor connectorBase;   ///< background of the connector strip
    QColor rowRule;         ///< thin rule between rows
    QColor currentFrame;    ///< the frame around the current change
    QColor findMatch;       ///< translucent wash over find matches
    QColor findCurrent;     ///< frame around the current find match
    QColor overviewBase;    ///< background of the overview strip
    QColor overviewViewport;///< the visible part drawn on the overview strip
    QColor selection;       ///< behind selected text (the system's)
    QColor selectionText;   ///< selected text (the system's)
    QColor focusFrame;      ///< the frame of the view that has the keyboard focus

    std::array<QColor, CategoryCount> categoryFill; ///< background behind changed text
    std::array<QColor, CategoryCount> categoryMark; ///< underline, box and tick colour
    std::array<QColor, 6> linkBand;                 ///< connector band per LinkKind
    std::array<QColor, 6> linkTint;                 ///< faint row wash per LinkKind
    std::array<QColor, 4> keptBand;                 ///< family matrix cell per KeptBand

    QColor fill(Category c) const { return categoryFill[static_cast<int>(c)]; }
    QColor mark(Category c) const { return categoryMark[static_cast<int>(c)]; }
    QColor band(LinkKind k) const { return linkBand[static_cast<int>(k)]; }
    QColor tint(LinkKind k) const { return linkTint[static_cast<int>(k)]; }
};

} // namespace Recension::Ui
