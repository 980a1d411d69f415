#pragma once

#include "compare/comparison.h"

#include <QString>

namespace Recension::Cli {

/// @brief The findings of a comparison as plain text, one a line, for a terminal or a
/// newsroom chat: "HIGH name: Harbour Safety Board -> Harbour Security Board (4 places)".
/// Every line ends with a newline; "No findings." when there are none.
QString findingsText(const Comparison &comparison);

} // namespace Recension::Cli
