#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Recension::Test {

/// @brief Checks a comparison JSON object against the required fields of
/// shared/spec/comparison-json.md, written independently of the writer. Beyond field names
/// and types it checks enumerations; that the summary counts every category, severity,
/// quote status and finding severity, matching the lists; version 2's rules (the watch
/// list, wordsKept, the similarity cap, quote severity, findings' references, severities
/// and order); and that each SPAN's start/end select its `text` when counted in code
/// points. Returns one line per problem; empty when the object conforms.
QStringList specProblems(const QJsonObject &root);

} // namespace Recension::Test
