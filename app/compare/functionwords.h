#pragma once

#include <QSet>
#include <QString>

namespace Recension {

class KeyTable;

/// @brief Keys of the language's function words (articles, prepositions, auxiliaries...):
/// the equal islands that may fold into surrounding changes. Empty for languages without a list.
QSet<quint32> functionWordKeys(KeyTable &keys, const QString &language);

} // namespace Recension
