#pragma once

#include "family/family.h"

#include <QVector>

namespace Recension {

/// Where one version stands in the drawing of the lineage, in abstract grid units: `column`
/// counts leaves from the left (a parent is centred over its children), `row` is the depth
/// below the base. Versions outside the tree stand in a row of their own below it.
struct LineageNode
{
    int version = -1;
    double column = 0.0;
    int row = 0;
    bool outside = false;
};

/// @brief The lineage tree laid out for drawing; screen and paper both draw this.
struct LineageLayout
{
    QVector<LineageNode> nodes; ///< one per version, indexed by version
    int columns = 0;            ///< width of the widest row, in columns
    int rows = 0;               ///< rows of the tree, plus one when some versions stand apart
};

/// @brief Lays out `family`'s lineage as a tree under the base, children in version order.
LineageLayout layoutLineage(const FamilyAnalysis &family);

} // namespace Recension
