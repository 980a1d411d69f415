#pragma once

#include "family/variants.h"

#include <QStringList>
#include <QVector>

namespace Recension {

/// One edge of the lineage tree: the version a copy most likely derives from, and why.
/// For an edge from the base, `shared` and `against` are 0 and `own` counts every departure.
struct LineageEdge
{
    int child = -1;
    int parent = -1;  ///< the base or another copy
    int shared = 0;   ///< the parent's departures from the base that the child also has
    int against = 0;  ///< the parent's departures where the child kept the base's reading
    int own = 0;      ///< the child's departures from the base that the parent does not have
    QStringList examples; ///< up to three shared readings, "base → reading"
};

/// @brief For each version, the version it most likely derives from.
struct Lineage
{
    QVector<int> parent;       ///< per version; -1 for the base and for versions outside
    QVector<LineageEdge> edges; ///< one per copy in the tree, in version order
    QVector<int> outside;      ///< versions that are no copy of the base (other articles)
};

/// @brief Builds the lineage from shared variants, the way a stemma is built from shared
/// innovations, and from how close the versions' wording is. `variants[i]` holds copy i's
/// departures from the base (empty for the base); `inTree[i]` is false for versions that
/// are not copies of the base at all; `wordingKept[i][j]` is the wording kept between
/// versions i and j (Comparison::wordsKept, symmetric).
Lineage buildLineage(int base, const QVector<VariantSet> &variants, const QVector<bool> &inTree,
                     const QVector<QVector<double>> &wordingKept);

} // namespace Recension
