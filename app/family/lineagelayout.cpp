#include "family/lineagelayout.h"

#include <algorithm>

namespace Recension {

namespace {

/// The fewest versions apart to a row: a tree of one or two columns still gets three.
constexpr int kOutsidePerRow = 3;

struct Placer
{
    const FamilyAnalysis &family;
    QVector<QVector<int>> children;
    LineageLayout *layout;
    double nextLeaf = 0.0;
    int deepest = 0;

    /// Places a subtree; returns the column of its root. Leaves take the next free column.
    double place(int version, int row, int guard)
    {
        LineageNode &node = layout->nodes[version];
        node.version = version;
        node.row = row;
        deepest = std::max(deepest, row);
        const QVector<int> &below = children[version];
        if (below.isEmpty() || guard <= 0) {
            node.column = nextLeaf;
            nextLeaf += 1.0;
            return node.column;
        }
        double first = 0.0;
        double last = 0.0;
        for (int k = 0; k < below.size(); ++k) {
            const double column = place(below[k], row + 1, guard - 1);
            if (k == 0)
                first = column;
            last = column;
        }
        layout->nodes[version].column = (first + last) / 2.0;
        return layout->nodes[version].column;
    }
};

} // namespace

LineageLayout layoutLineage(const FamilyAnalysis &family)
{
    const int n = int(family.versions.size());
    LineageLayout layout;
    layout.nodes.resize(n);
    if (n == 0 || family.base < 0 || family.base >= n)
        return layout;
    Placer placer{family, QVector<QVector<int>>(n), &layout};
    for (const LineageEdge &edge : family.lineage.edges)
        if (edge.parent >= 0 && edge.parent < n && edge.child >= 0 && edge.child < n)
            placer.children[edge.parent].append(edge.child);
    for (QVector<int> &list : placer.children)
        std::sort(list.begin(), list.end());
    placer.place(family.base, 0, n);
    layout.columns = int(placer.nextLeaf);
    layout.rows = placer.deepest + 1;
    if (!family.lineage.outside.isEmpty()) {
        const int perRow = std::max(kOutsidePerRow, layout.columns);
        int placed = 0;
        for (int version : family.lineage.outside) {
            if (version < 0 || version >= n)
                continue;
            layout.nodes[version] = LineageNode{version, double(placed % perRow),
                                                layout.rows + placed / perRow, true};
            ++placed;
        }
        if (placed > 0) {
            layout.firstOutsideRow = layout.rows;
            layout.columns = std::max(layout.columns, std::min(placed, perRow));
            layout.rows += (placed + perRow - 1) / perRow;
        }
    }
    return layout;
}

} // namespace Recension
