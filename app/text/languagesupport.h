#pragma once

#include <QString>
#include <QStringList>

namespace Recension {

/// @brief What is missing to compare text in `language` well, one translated warning per
/// missing piece (no Hunspell dictionary: word forms and spelling go unchecked; no MyThes
/// thesaurus: no synonym is found), naming the Debian package where one is known. Empty
/// when everything is installed.
QStringList dictionaryWarnings(const QString &language);

/// @brief A translated notice when two versions are in different languages (no synonym is
/// claimed across them), else an empty string.
QString crossLanguageNotice(const QString &left, const QString &right);

/// @brief True when two BCP 47 tags share their primary subtag ("de-AT" and "de").
bool sameLanguage(const QString &a, const QString &b);

} // namespace Recension
