#include "family/lineage.h"

namespace Recension {

namespace {

/// A copy derives from another copy when it carries at least this share of the other's
/// departures that it could carry (the passages it still has), and at least this many.
constexpr double kInheritedShare = 0.8;
constexpr int kInheritedAtLeast = 2;
constexpr int kExamples = 3;

struct Inheritance
{
    int shared = 0;
    int against = 0;
    int absent = 0; ///< departures in passages the child no longer has
    QStringList examples;

    double share() const
    {
        const int possible = shared + against;
        return possible > 0 ? double(shared) / possible : 0.0;
    }
};

/// How much of `from`'s departures from the base `child` carries.
Inheritance inheritance(const VariantSet &child, const VariantSet &from)
{
    Inheritance result;
    for (const Variant &variant : from.variants()) {
        switch (child.readingAt(variant)) {
        case VariantSet::Reading::Same:
            ++result.shared;
            if (result.examples.size() < kExamples && !variant.reading.isEmpty()
                && !variant.baseText.isEmpty())
                result.examples.append(QStringLiteral("%1 \u2192 %2").arg(
                    variant.baseText.simplified(), variant.reading.simplified()));
            break;
        case VariantSet::Reading::Base:
            ++result.against;
            break;
        case VariantSet::Reading::Absent:
            ++result.absent;
            break;
        case VariantSet::Reading::Different:
            break; // both departed: says nothing about the direction of copying
        }
    }
    return result;
}

/// The pairwise direction test cannot make a cycle of two; a longer one would need shares
/// that contradict each other round a ring. Should one appear, its first copy hangs from the base.
void breakCycles(int base, Lineage *lineage)
{
    const int n = int(lineage->parent.size());
    for (int i = 0; i < n; ++i) {
        int at = lineage->parent[i];
        for (int steps = 0; at >= 0 && at != base && steps < n; ++steps) {
            if (at == i) {
                lineage->parent[i] = base;
                for (LineageEdge &edge : lineage->edges)
                    if (edge.child == i)
                        edge = LineageEdge{i, base, 0, 0, edge.own + edge.shared, edge.examples};
                break;
            }
            at = lineage->parent[at];
        }
    }
}

} // namespace

Lineage buildLineage(int base, const QVector<VariantSet> &variants, const QVector<bool> &inTree)
{
    const int n = int(variants.size());
    Lineage lineage;
    lineage.parent.fill(-1, n);
    // inherited[i][j]: how much of copy j's departures copy i carries.
    QVector<QVector<Inheritance>> inherited(n, QVector<Inheritance>(n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (i != j && i != base && j != base && inTree[i] && inTree[j])
                inherited[i][j] = inheritance(variants[i], variants[j]);

    for (int i = 0; i < n; ++i) {
        if (i == base)
            continue;
        if (!inTree[i]) {
            lineage.outside.append(i);
            continue;
        }
        int best = base;
        for (int j = 0; j < n; ++j) {
            if (j == i || j == base || !inTree[j])
                continue;
            const Inheritance &down = inherited[i][j];
            if (down.shared < kInheritedAtLeast || down.share() < kInheritedShare)
                continue;
            // The direction of copying: a copy carries its source's departures and adds its
            // own, new readings where the source kept the base's, and passages it dropped.
            const int iAdded = inherited[j][i].against + down.absent;
            const int jAdded = inherited[j][i].absent + down.against;
            const bool jIsSource = iAdded > jAdded
                || (iAdded == jAdded
                    && (variants[j].size() < variants[i].size()
                        || (variants[j].size() == variants[i].size() && j < i)));
            if (!jIsSource)
                continue;
            // The nearest source is the one whose departures the copy shares most: a
            // grandparent's departures are a subset of the parent's.
            if (best == base || down.shared > inherited[i][best].shared
                || (down.shared == inherited[i][best].shared
                    && variants[j].size() > variants[best].size()))
                best = j;
        }
        lineage.parent[i] = best;
        LineageEdge edge;
        edge.child = i;
        edge.parent = best;
        if (best == base) {
            edge.own = variants[i].size();
            for (const Variant &v : variants[i].variants()) {
                if (edge.examples.size() >= kExamples)
                    break;
                if (!v.reading.isEmpty() && !v.baseText.isEmpty())
                    edge.examples.append(QStringLiteral("%1 \u2192 %2").arg(v.baseText.simplified(),
                                                                           v.reading.simplified()));
            }
        } else {
            edge.shared = inherited[i][best].shared;
            edge.against = inherited[i][best].against;
            edge.own = qMax(0, variants[i].size() - edge.shared);
            edge.examples = inherited[i][best].examples;
        }
        lineage.edges.append(edge);
    }
    breakCycles(base, &lineage);
    return lineage;
}

} // namespace Recension
