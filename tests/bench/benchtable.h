#pragma once

#include "benchrunner.h"

#include <QTextStream>

namespace Recension::Bench {

/// @brief The processor, cores, memory and library versions, for the head of a report.
QString machineDescription();

/// @brief Prints the speed, baseline and alignment-quality tables in Markdown.
void printTables(QTextStream &out, const QVector<PairReport> &reports);

/// @brief Prints each target of the issue with the figure measured and whether it holds.
void printTargets(QTextStream &out, const QVector<PairReport> &reports);

} // namespace Recension::Bench
