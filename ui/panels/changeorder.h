#pragma once

#include "compare/comparison.h"

#include <QVector>

namespace Recension::Ui {

/// @brief The orders of the change list, as ranks: rank[c] is where change c stands in a
/// column's order (equal ranks for equal keys). Sorting by ranks is a counting sort,
/// linear in the changes, so a sort or filter costs milliseconds on the GUI thread even
/// at 250,000 changes; only the ranks of the text columns (locale-aware collation) are
/// worth computing on the thread pool.
namespace ChangeOrder {

/// @brief The changes in order of `ranks`, ascending or descending; changes of equal rank
/// stay in change order either way (the order a stable sort of the changes would give).
QVector<int> sorted(const QVector<int> &ranks, Qt::SortOrder order);

/// @brief Dense ranks of each change's text on `side` (simplified, as the list shows it)
/// in the order QString::localeAwareCompare gives; an empty side ranks first. Thread-safe.
QVector<int> textRanks(const Comparison &comparison, Side side);

} // namespace ChangeOrder

} // namespace Recension::Ui
