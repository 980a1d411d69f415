#pragma once

#include <QString>
#include <QTextStream>

namespace Recension::Bench {

/// @brief Compares every labelled pair of `folder` (tests/fixtures/triage) and prints the
/// triage measure with its targets (holds/MISSES), as the other targets are printed.
void printTriageMeasure(QTextStream &out, const QString &folder);

} // namespace Recension::Bench
