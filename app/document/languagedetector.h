#pragma once

#include "document/document.h"

#include <QString>
#include <QVector>

namespace Recension {

/// What a text's commonest words say about its language.
struct LanguageGuess
{
    QString language;   ///< primary subtag ("de"), empty when no language stands out
    double share = 0;    ///< share of the sampled words in that language's profile
    double runnerUp = 0; ///< the same share for the next best language
};

/// @brief Guesses the language of `paragraphs` from the share of their words found in each
/// language's profile of common words (resources/lang/<language>/language.profile; ICU
/// has no detector). Needs at least 20 words, a share of 12 % and a clear lead.
LanguageGuess detectLanguage(const QVector<Paragraph> &paragraphs);

/// @brief Sets `document.language` from `requested` and the guess: the guess replaces the
/// default "en" when it is another language; a language asked for explicitly is kept, with a
/// warning when the text reads as another one.
void settleLanguage(Document &document, const QString &requested);

/// @brief The languages that have a profile, primary subtags in alphabetical order.
QStringList detectableLanguages();

} // namespace Recension
