#pragma once

#include "family/family.h"

#include <QVector>

namespace Recension {

/// Where one version stands in the drawing of the lineage, in abstract grid units: `column`
/// counts leaves from the left (a parent is centred over its children), `row` is the depth
/// below the base. Versions outside the tree stand in rows of their own below it, as many to
/// a row as the tree is wide (at least three), so a family of many other articles stays
/// about as wide as it is tall.
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
    int rows = 0;               ///< rows of the tree, plus those of the versions apart
    int firstOutsideRow = -1;   ///< the first row of the versions apart; -1 when none
};

/// @brief Lays out `family`'s lineage as a tree under the base, children in version order.
LineageLayout layoutLineage(const FamilyAnalysis &family);

} // namespace Recension
