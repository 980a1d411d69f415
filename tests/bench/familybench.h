#pragma once

#include <QStringList>
#include <QTextStream>

namespace Recension::Bench {

/// @brief Measures the family analysis on generated families with a known tree: lineage
/// edges right, verdicts right, copy-against-copy link F1, and the time of a family of ten
/// versions of a 2,000-word article. Prints a table and holds/MISSES lines; returns 0.
int runFamilyBench(const QStringList &sources, int seeds, QTextStream &out, QTextStream &progress);

} // namespace Recension::Bench
