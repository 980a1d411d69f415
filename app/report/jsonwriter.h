#pragma once

#include "compare/comparison.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace Recension {

/// What the JSON writer adds beyond the comparison itself.
struct JsonOptions
{
    /// The optional `generated` field, written in UTC; left out when invalid, which keeps
    /// the output byte-identical from run to run (tests, reproducible pipelines).
    QDateTime generated;
};

/// @brief The spec's DOCUMENT object (offsets converted to code points).
QJsonObject documentToJson(const Document &document);

/// @brief The whole comparison as the spec's JSON object (shared/spec/comparison-json.md).
QJsonObject comparisonToJson(const Comparison &comparison, const JsonOptions &options);

/// @brief comparisonToJson() serialised, indented, keys in QJsonDocument's (alphabetical) order.
QByteArray comparisonToJsonBytes(const Comparison &comparison, const JsonOptions &options);

} // namespace Recension
