#include "ui/panels/changeorder.h"

#include "ui/panels/changelistmodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Recension::Ui::ChangeOrder {

QVector<int> sorted(const QVector<int> &ranks, Qt::SortOrder order)
{
    const int size = int(ranks.size());
    int top = 0;
    for (int rank : ranks)
        top = std::max(top, rank);
    // Where each rank's run begins; descending puts the high ranks' runs first.
    std::vector<int> start(size_t(top) + 2, 0);
    for (int rank : ranks)
        ++start[size_t(order == Qt::AscendingOrder ? rank : top - rank) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    QVector<int> result(size);
    int *placed = result.data();
    const int *rank = ranks.constData();
    for (int change = 0; change < size; ++change)
        placed[start[size_t(order == Qt::AscendingOrder ? rank[change] : top - rank[change])]++] =
            change;
    return result;
}

QVector<int> textRanks(const Comparison &comparison, Side side)
{
    const int size = int(comparison.changes.size());
    // The collation keys of QString::localeAwareCompare (a collator of the default locale,
    // as its own is): comparing two keys gives the answer comparing the two texts would.
    // A collator of this call's own: the default one lives in thread storage that a pool
    // thread can outlive at exit.
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(size));
    std::vector<bool> empty(static_cast<size_t>(size));
    for (int c = 0; c < size; ++c) {
        const QString text = ChangeListModel::sideText(comparison, c, side);
        empty[size_t(c)] = text.isEmpty();
        keys.push_back(collator.sortKey(text));
    }
    const auto less = [&](int a, int b) {
        // localeAwareCompare puts an empty text before any other without collating it.
        if (empty[size_t(a)] || empty[size_t(b)])
            return empty[size_t(a)] && !empty[size_t(b)];
        return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    };
    std::vector<int> order(static_cast<size_t>(size));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    QVector<int> ranks(size);
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

} // namespace Recension::Ui::ChangeOrder
