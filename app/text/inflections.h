#pragma once

#include <QString>
#include <QStringList>

namespace Recension {

/// @brief The dictionary forms of an irregular inflection ("said" -> "say", "children" ->
/// "child") for a primary language subtag ("en"); empty for regular words and for
/// languages without a table. Hunspell's affix rules cannot derive these.
QStringList irregularLemmas(const QString &word, const QString &language);

/// @brief Whether suffixCandidates() has rules for a primary language subtag.
bool hasSuffixRules(const QString &language);

/// @brief Words a lower-case word may be an inflection of, by regular suffix rules
/// ("reports" -> "report", "closed" -> "close", "stopped" -> "stop", "studies" -> "study",
/// "closely" -> "close", "ministry's" -> "ministry"), best first, unchecked: the caller
/// keeps those the dictionary knows. Empty for languages without rules (all but "en").
/// Needed because en_US's affix compression makes Hunspell's stem() answer "port" for
/// "reports", "scribe" for "described" and "custom" for "customers".
QStringList suffixCandidates(const QString &word, const QString &language);

} // namespace Recension
