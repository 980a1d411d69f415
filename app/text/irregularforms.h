#pragma once

#include <QString>
#include <QStringList>

namespace Recension {

/// @brief The dictionary forms of an irregular inflection ("said" -> "say", "children" ->
/// "child") for a primary language subtag ("en"); empty for regular words and for
/// languages without a table. Hunspell's affix rules cannot derive these.
QStringList irregularLemmas(const QString &word, const QString &language);

} // namespace Recension
