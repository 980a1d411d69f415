#pragma once

#include "compare/comparison.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

class QIODevice;

namespace Recension {

/// What the JSON writer adds beyond the comparison itself.
struct JsonOptions
{
    /// The optional `generated` field, written in UTC; left out when invalid, which keeps
    /// the output byte-identical from run to run (tests, reproducible pipelines).
    QDateTime generated;
};

/// @brief The spec's DOCUMENT object (offsets converted to code points), for `recension info`.
QJsonObject documentToJson(const Document &document);
/// @brief The optional `provenance` object of a DOCUMENT: only the fields known.
QJsonObject provenanceToJson(const Provenance &provenance);

/// @brief The whole comparison as the spec's JSON text, version 2
/// (shared/spec/comparison-json.md), written as a stream without a JSON tree.
///
/// Layout: QJsonDocument's Indented form (four spaces a level, a newline at the end),
/// keys of every object in alphabetical order (UTF-16 order, as QJsonDocument sorts
/// them), so the bytes equal QJsonDocument's rendering of the same values.
QByteArray comparisonToJsonBytes(const Comparison &comparison, const JsonOptions &options);

/// @brief comparisonToJsonBytes() written to a device in chunks; false if a write failed.
bool writeComparisonJson(const Comparison &comparison, const JsonOptions &options,
                         QIODevice *device);

} // namespace Recension
