#include "family/lineage.h"

#include <algorithm>

namespace Recension {

namespace {

/// A copy may derive from another copy when it carries at least this many of its departures.
constexpr int kInheritedAtLeast = 2;
/// One shared departure counts when the copy's wording is nearer j's than the base's by this.
constexpr double kCloserWording = 0.03;
/// A copy lacking more than this share of j's departures (keeping the base's reading
/// instead) was not made from j: independent copies of the base lack about half.
constexpr double kMostAgainst = 0.35;
/// How much a share lacking weighs against nearness of wording in choosing the source.
constexpr double kAgainstWeight = 0.5;
/// Share of j's own distance from the base by which a copy made from j is nearer j.
constexpr double kExplainedDistance = 0.5;
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

Lineage buildLineage(int base, const QVector<VariantSet> &variants, const QVector<bool> &inTree,
                     const QVector<QVector<double>> &wordingKept)
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
    const auto kept = [&](int i, int j) { return wordingKept.value(i).value(j, 0.0); };

    for (int i = 0; i < n; ++i) {
        if (i == base)
            continue;
        if (!inTree[i]) {
            lineage.outside.append(i);
            continue;
        }
        // The candidate sources: copies whose departures this copy shares (the stemma's
        // shared innovations), lacking few of them, whose wording explains this copy's, and
        // from which the copying went this way.
        struct Candidate
        {
            int version;
            double against; ///< share of j's departures where the copy kept the base's reading
        };
        QVector<Candidate> candidates;
        for (int j = 0; j < n; ++j) {
            if (j == i || j == base || !inTree[j])
                continue;
            const Inheritance &down = inherited[i][j];
            // A shared departure says the copy was made from j (or both from a common
            // source); one alone counts only when the wording agrees with it.
            const bool evidence = down.shared >= kInheritedAtLeast
                || (down.shared == 1 && kept(i, j) >= kept(i, base) + kCloserWording);
            if (!evidence)
                continue;
            const double against = 1.0 - down.share();
            if (against > kMostAgainst)
                continue;
            // Made from j, the copy's wording is nearer j's than the base's by about as much
            // as j's is from the base's; a sibling's nearness is only the edits both happened
            // to make alike.
            const double gain = kept(i, j) - kept(i, base);
            if (gain <= 0 || gain < kExplainedDistance * std::max(0.002, 1.0 - kept(base, j)))
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
            candidates.append({j, against});
        }
        // A copy keeps the base's reading where its own source changed it only by chance or
        // by a re-edit, and a sibling's or a cousin's own changes it lacks by the dozen; and
        // its wording is nearest its source's. The source is the candidate best on both.
        int best = base;
        double bestScore = 0.0;
        for (const Candidate &candidate : std::as_const(candidates)) {
            const int j = candidate.version;
            const double score = kept(i, j) - kAgainstWeight * candidate.against;
            if (best == base || score > bestScore) {
                best = j;
                bestScore = score;
            }
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
