#pragma once

#include "compare/comparison.h"
#include "ui/view/palette.h"

class QSettings;

namespace Recension::Ui {

/// @brief What the user chose in the toolbar and the settings dialog; persisted in QSettings.
struct Preferences
{
    CompareOptions options;
    ColourScheme scheme = ColourScheme::System;
    qreal fontPointSize = 0; ///< 0: the system's size

    /// @brief Reads the stored preferences (defaults where nothing is stored).
    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const Preferences &o) const
    {
        return options == o.options && scheme == o.scheme
            && qFuzzyCompare(1 + fontPointSize, 1 + o.fontPointSize);
    }
    bool operator!=(const Preferences &o) const { return !(*this == o); }
};

} // namespace Recension::Ui
