#pragma once

#include "compare/comparison.h"

#include <QByteArray>
#include <QJsonObject>

namespace Recension {

/// @brief The spec's DOCUMENT object (offsets converted to code points).
QJsonObject documentToJson(const Document &document);

} // namespace Recension
