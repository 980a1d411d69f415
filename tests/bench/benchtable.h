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

/// @brief Prints the hostile cases beside their ordinary pairs, with the ratios the target asks.
void printHostile(QTextStream &out, const QVector<HostileReport> &reports);

} // namespace Recension::Bench
