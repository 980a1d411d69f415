#pragma once

#include "text/stringkey.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Recension {

/// The kinds of per-language word list, one file each: resources/lang/<language>/<file>.txt
/// (the file names are in wordlists.cpp; resources/lang/README.md says what each holds).
/// Every word list of the engine is one of these, read by the one loader below.
enum class WordListKind {
    Negations,    ///< words that negate ("not", "never", "n't")
    Modals,       ///< modal verbs, one group per strength ("may | might | could")
    Qualifiers,   ///< words that qualify a claim, one group per strength ("nearly | almost")
    StanceVerbs,  ///< attribution verbs in dictionary form, one group per stance ("claim | allege")
    Institutions, ///< nouns naming an office or a body ("minister", "board")
    Honorifics,   ///< titles of address ("mr", "dr")
    Demonyms,     ///< a place and its adjective, one group per place ("france | french")
    Antonyms,     ///< two opposed words a line ("rise | fall")
    Contractions, ///< a contraction and its spelled-out forms ("won't | will not")
    LightWords,   ///< words a phrase carries without changing its sense ("do damage to")
    Volatile,     ///< modifiers of a title that say when, not which ("former", "acting")
    Synonyms,         ///< word pairs the thesaurus misses, one group a line ("town | city")
    FunctionWords,    ///< words an equal island may consist of and still fold into a change
    FunctionSynonyms, ///< words and short phrases a rewriter swaps freely, one group a line
    NumberWords,      ///< a value in digits, then the words that say it ("20 | twenty")
    // The quote and fact audits' lists (compare/finderwords.h): sets, groups mean nothing.
    SpeechVerbs,   ///< verbs that introduce reported speech, every form
    ListenerVerbs, ///< speech verbs whose object is the listener
    Pronouns,      ///< pronouns that stand for a speaker named before
    Determiners,   ///< words that open a noun phrase
    Adverbials,    ///< words between speaker and verb that name nobody
    Connectives,   ///< words that end the search for a speaker's phrase
    DocumentNouns, ///< heads of phrases that are documents, not speakers
    NotNames,      ///< capitalised words that begin no name
    Bodies,        ///< nouns naming an institution, never a person
    Months,        ///< month names and abbreviations
    Weekdays,      ///< days of the week
    PersonTitles,  ///< titles and offices of people
};
constexpr int WordListKindCount = int(WordListKind::PersonTitles) + 1;

/// @brief One loaded word list: entries are comparison keys (lower case, apostrophes
/// folded to '), several words joined by single spaces; a line's entries form one group.
class WordList final
{
public:
    /// @brief Parses the text of a list file (format in resources/lang/README.md).
    static WordList parse(const QString &text);

    bool contains(const QString &key) const { return m_groups.contains(StringKey{key}); }
    /// @brief The 0-based line group of an entry, -1 when it is not in the list.
    int group(const QString &key) const { return m_groups.value(StringKey{key}, -1); }
    /// @brief True when both entries are in the list and on one line.
    bool sameGroup(const QString &a, const QString &b) const
    {
        const int g = group(a);
        return g >= 0 && g == group(b);
    }
    /// @brief True when some entry begins with this word (a cheap test before joining
    /// words into phrases to look up).
    bool startsEntry(const QString &word) const { return m_firstWords.contains(StringKey{word}); }
    /// @brief Every entry of the list.
    QSet<QString> keys() const;
    /// @brief The entries of one group, in file order.
    QStringList members(int group) const { return m_members.value(group); }
    /// @brief Words in the longest entry (0 for an empty list).
    int longestEntry() const { return m_longest; }
    bool isEmpty() const { return m_groups.isEmpty(); }

private:
    /// Under the fast string hash: the phrase pass asks every list of every word and phrase.
    QHash<StringKey, int> m_groups;
    QHash<int, QStringList> m_members;
    QSet<StringKey> m_firstWords;
    int m_longest = 0;
};

/// @brief The list of one kind for a BCP 47 language tag ("en", "en-GB": the primary
/// subtag counts); an empty list for a language without that file. Loaded once from the
/// compiled-in resources; thread-safe; the reference lives as long as the process.
const WordList &wordList(WordListKind kind, const QString &language);

/// @brief The value of each number word of a language ("twenty" -> 20), from its
/// NumberWords list; loaded once, thread-safe, lives as long as the process.
const QHash<QString, double> &numberWords(const QString &language);

} // namespace Recension
