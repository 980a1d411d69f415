#pragma once

#include "compare/comparison.h"
#include "compare/pairmemo.h"
#include "text/analysedtext.h"
#include "text/stringkey.h"
#include "text/wordlists.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Recension {

class KeyFacts;
class KeyTable;
class Lexicon;

/// How one word (or phrase) of the left passage relates to the one facing it on the right.
/// Format: the same value or name written otherwise; Polarity: negated or opposed; Hedge:
/// a claim made stronger or weaker (a modal, a qualifier, an attribution verb's stance).
enum class Relation { Equal, Format, Number, Name, NameSpelling, Polarity, Hedge, Spelling, Synonym,
                      Inflection, Punctuation, Unrelated };

/// @brief Read-only facts about the two analysed documents that word classification needs.
/// Built once per comparison; safe to share between the threads diffing passages.
class WordFacts final
{
public:
    WordFacts(const std::array<const AnalysedDocument *, 2> &documents, const KeyTable &keys,
              std::shared_ptr<const Lexicon> lexicon);
    ~WordFacts();
    WordFacts(const WordFacts &) = delete;
    WordFacts &operator=(const WordFacts &) = delete;

    const AnalysedDocument &document(Side side) const { return *m_documents[side]; }
    const Token &token(Side side, int paragraph, int index) const
    {
        return m_documents[side]->paragraphs[paragraph].tokens[index];
    }
    /// @brief The displayed text of a token.
    QStringView display(Side side, int paragraph, int index) const;
    /// @brief The token's comparison key as text (case-folded).
    QString keyText(const Token &token) const { return keyText(token.key); }
    /// @brief A comparison key's text, by its id.
    QString keyText(quint32 key) const;
    /// @brief True for a word that names someone or something (see wordrelation.cpp).
    bool isProperName(Side side, int paragraph, int index) const;
    /// @brief A month or a day of the week, capitalised as the language writes it: part of
    /// a date (a value), never a name.
    bool isCalendarWord(Side side, int paragraph, int index) const;
    /// @brief True for a proper name that is more than a capital letter: a word the
    /// dictionary does not know, or one of a run of capitalised words ("Foreign Ministry");
    /// "Heaven" alone is a word, not a name.
    bool isNameWord(Side side, int paragraph, int index) const;
    /// @brief True for the word that says which office or body a title or institution is
    /// ("trade" in "the trade ministry", "Safety" in "Harbour Safety Board").
    bool isInstitutionModifier(Side side, int paragraph, int index) const;
    /// @brief The language the word lists are taken from (the left document's).
    const QString &language() const;
    /// @brief The word list of one kind for that language (resolved once: hot paths ask).
    const WordList &list(WordListKind kind) const { return *m_lists[int(kind)]; }
    /// @brief True when a key is, or contracts, a negation ("not", "never", "won't").
    bool isNegation(const QString &key) const;
    /// @brief True for a phrase of several words that some word list holds ("will not",
    /// "at least", "as well as"): the phrases worth relating as a unit.
    bool isListedPhrase(const QString &phrase) const { return m_listedPhrases.contains(StringKey{phrase}); }
    /// @brief False when no listed phrase has this PieceHasher hash: a phrase hashed from
    /// its words is ruled out without building it; true means "ask isListedPhrase()".
    bool mayBeListedPhrase(quint64 phraseHash) const { return m_listedPhraseHashes.contains(phraseHash); }
    /// @brief How two words or phrases (keys joined by spaces) relate through the word
    /// lists alone: Format, Polarity, Hedge, Synonym (same-strength qualifiers, modals,
    /// stance verbs; function-word equivalents) or Unrelated.
    Relation listRelation(const QString &a, const QString &b) const;
    /// @brief The lists' and the dictionary's facts of a word key, looked up once per comparison.
    const KeyFacts &keyFacts(quint32 key) const;
    /// @brief The value of a number token or number word ("five", "3,600"), if it is one.
    std::optional<double> numberValue(const Token &token) const;
    /// @brief How two facing words relate, by the spec's precedence.
    Relation relate(int lp, int lt, int rp, int rt) const;
    const Lexicon &lexicon() const { return *m_lexicon; }
    /// @brief One more than the largest key id of the two documents' tokens.
    size_t keyLimit() const { return m_keyLimit; }

private:
    /// What relate() needs to know of two word keys wherever they stand.
    struct KeyPair
    {
        Relation listed = Relation::Unrelated; ///< listRelation() of the two keys
        bool close = false;      ///< a letter or two apart (editDistance)
        bool sameForm = false;   ///< the same first dictionary form
        bool sharedForm = false; ///< some dictionary form in common
        bool unknown = false;    ///< one of the two is no dictionary word
        bool related = false;    ///< the thesaurus relates them (Lexicon::areRelated)
        bool possessive = false; ///< one is the other with a possessive ending ("emirate's")
    };
    KeyPair keyPair(quint32 a, quint32 b) const;
    bool isSentenceInitial(Side side, int paragraph, int index) const;
    bool findInstitutionModifier(Side side, int paragraph, int index) const;
    bool findNameWord(Side side, int paragraph, int index) const;
    int neighbourWord(Side side, int paragraph, int index, int step) const;

    std::array<const AnalysedDocument *, 2> m_documents;
    const KeyTable &m_keys;
    std::shared_ptr<const Lexicon> m_lexicon;
    std::array<QVector<bool>, 2> m_titleCase; ///< per paragraph: headline capitalisation
    std::array<QVector<int>, 2> m_firstToken; ///< per paragraph: tokens of the paragraphs before
    /// Per token of each side: isInstitutionModifier() once worked out (1 or 0), else -1.
    std::array<std::unique_ptr<std::atomic<qint8>[]>, 2> m_institutionModifier;
    std::array<std::unique_ptr<std::atomic<qint8>[]>, 2> m_nameWord; ///< isNameWord(), the same way
    std::vector<std::optional<double>> m_numberWords; ///< by key id: a number word's value
    std::vector<std::optional<double>> m_numberKeys; ///< by key id: a number token's value
    std::vector<bool> m_numberParsed; ///< by key id: m_numberKeys holds the key's answer
    std::array<const WordList *, WordListKindCount> m_lists{};
    QSet<StringKey> m_listedPhrases; ///< asked of every phrase of every run: the fast hash
    QSet<quint64> m_listedPhraseHashes;
    /// relate()'s facts by the two keys' ids (left << 32 | right): the phrase pass asks
    /// for the same pairs of words all through a book.
    PairMemo<quint64, KeyPair> m_keyPairs;
    /// keyFacts() by key id, for the ids interned before the comparison began: published
    /// once, read without a lock (the phrase pass asks for every word of every run).
    std::unique_ptr<std::atomic<const KeyFacts *>[]> m_keyFactsById;
    quint32 m_keyLimit = 0; ///< one more than the largest key id: the tables by key id hold this many
    PairMemo<quint32, std::shared_ptr<const KeyFacts>> m_keyFacts; ///< any later id
};

/// @brief Damerau-Levenshtein distance (adjacent transpositions count one), capped at `limit + 1`.
int editDistance(QStringView a, QStringView b, int limit);

} // namespace Recension
