#pragma once

#include <QSet>
#include <QString>

namespace Recension {

class KeyTable;

/// @brief Keys of the language's function words (articles, prepositions, auxiliaries...):
/// the equal islands that may fold into surrounding changes. Empty for languages without a list.
QSet<quint32> functionWordKeys(KeyTable &keys, const QString &language);

/// @brief True when two function words or short phrases are interchangeable ("in" and
/// "within", "as well as" and "in addition to"): swaps a thesaurus does not list. Both
/// are comparison keys joined by single spaces. Modal verbs are never interchangeable
/// ("must" and "should" say different things).
bool areFunctionSynonyms(const QString &a, const QString &b, const QString &language);

} // namespace Recension
