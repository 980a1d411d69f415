#pragma once

#include <QSet>
#include <QString>

namespace Recension {

/// @brief The word lists the quote and fact audits read, for one language, as sets: each is
/// the language's word list of one kind (text/wordlists.h, the one loader), matched as
/// comparison keys. A language without a file has an empty list of that kind.
struct FinderWords
{
    QSet<QString> speechVerbs;   ///< verbs that introduce reported speech, every form
    QSet<QString> listenerVerbs; ///< speech verbs whose object is the listener
    QSet<QString> pronouns;      ///< pronouns that stand for a speaker named before
    QSet<QString> determiners;   ///< words that open a noun phrase
    QSet<QString> adverbials;    ///< words between speaker and verb that name nobody
    QSet<QString> connectives;   ///< words that end the search for a speaker's phrase
    QSet<QString> documentNouns; ///< heads of phrases that are documents, not speakers
    QSet<QString> notNames;      ///< capitalised words that begin no name
    QSet<QString> bodies;        ///< nouns naming an institution, never a person
    QSet<QString> months;        ///< month names and abbreviations
    QSet<QString> weekdays;      ///< days of the week
    QSet<QString> personTitles;  ///< titles and offices of people
};

/// @brief The lists of a BCP 47 tag's primary subtag ("de-AT" reads de/), loaded once;
/// thread-safe; the reference lives as long as the process.
const FinderWords &finderWords(const QString &language);

} // namespace Recension
