#pragma once

#include "compare/pairmemo.h"
#include "compare/phrasealigner.h"
#include "compare/worddiff.h"
#include "compare/wordrelation.h"
#include "text/lexicon.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <memory>
#include <vector>

namespace Recension {

class KeyFacts;

/// @brief How phrases of a replaced run relate as units ("do damage to" for "harm", "in
/// addition" for "also"), and which phrases are worth asking about at all.
class PhraseRelations final
{
public:
    explicit PhraseRelations(const WordFacts &facts);

    /// What a phrase of one side may match as a unit, by the words alone: bits of a byte.
    enum ShapeFlag : quint8 {
        ListedPhrase = 1,  ///< a word list holds the phrase (several words)
        ThesaurusHead = 2, ///< the thesaurus has an entry for it (two or three words)
        OneHeavyWord = 4,  ///< exactly one of its words is no light word: a "light core"
    };

    /// What one side's words of a run are, worked out once per run. Per word: whether it is
    /// a name or a number, its key and the key's facts; per phrase start and length (index
    /// start * kLongestPhrase + length - 1): its ShapeFlags, and the phrase's facts and
    /// thesaurus entry once asked for.
    struct Candidates
    {
        QVector<bool> nameOrNumber;
        QVector<quint32> ids;
        QVector<const KeyFacts *> facts; ///< owned by the WordFacts
        bool spacedKeys = false; ///< a key holds a space: the phrase's parts are not its words
        QVector<quint8> shapes;
        mutable QVector<std::shared_ptr<const KeyFacts>> phrases; ///< filled by relate()
        mutable QVector<std::shared_ptr<const Lexicon::Entry>> entries; ///< the phrases' thesaurus entries, too
    };

    /// @brief What the phrases of one side's words could match, worked out once per run.
    Candidates candidatesOf(Side side, const QVector<PassageToken> &words) const;
    /// @brief False when left words [lb, le) and right words [rb, re) cannot relate as
    /// units: neither a listed phrase on each side of several words, nor a thesaurus
    /// phrase facing one word, nor one heavy word on each side. Asked of a dozen shapes
    /// per cell of the phrase search, so a few bit tests.
    static bool mayRelate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb, int re)
    {
        const int leftLength = le - lb;
        const int rightLength = re - rb;
        const quint8 left = candidates[Left].shapes[lb * kLongestPhrase + leftLength - 1];
        const quint8 right = candidates[Right].shapes[rb * kLongestPhrase + rightLength - 1];
        const bool lists = (leftLength == 1 || (left & ListedPhrase)) && (rightLength == 1 || (right & ListedPhrase));
        const bool thesaurus = (rightLength == 1 && (left & ThesaurusHead)) || (leftLength == 1 && (right & ThesaurusHead));
        return lists || thesaurus || (left & right & OneHeavyWord);
    }
    /// @brief How left words [lb, le) and right words [rb, re) (not both single words)
    /// relate as phrases: Format, Hedge, Synonym or Unrelated. Call from the run's thread.
    Relation relate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb, int re) const;
    /// @brief The words of one side, as comparison keys joined by spaces.
    QString phraseKey(Side side, const QVector<PassageToken> &words) const;

private:
    quint8 listedShape(const Candidates &candidates, int begin, int length, quint64 hash) const;
    /// The phrase's keys joined by spaces.
    static QString phraseText(const Candidates &candidates, int begin, int length);
    const KeyFacts &phraseFacts(const Candidates &candidates, int begin, int length) const;
    const Lexicon::Entry &thesaurusEntry(const Candidates &candidates, int begin, int length) const;
    /// The one heavy word of a phrase that is a light core ("damage" in "do damage to"),
    /// null when the phrase is none; `owned` keeps the parts of a key with a space.
    const KeyFacts *lightCore(const Candidates &candidates, int begin, int length,
                              std::vector<std::unique_ptr<const KeyFacts>> *owned) const;

    /// The key ids of a phrase's words, 0 after the last.
    struct PhraseIds
    {
        std::array<quint32, kLongestPhrase> ids{};
        bool operator==(const PhraseIds &other) const { return ids == other.ids; }
    };
    friend size_t qHash(const PhraseIds &phrase, size_t seed = 0) noexcept
    {
        return qHashRange(phrase.ids.cbegin(), phrase.ids.cend(), seed);
    }
    static PhraseIds idsOf(const Candidates &candidates, int begin, int length);

    const WordFacts &m_facts;
    /// Phrases' facts and thesaurus entries by their words' keys, for the whole
    /// comparison: the same phrases come back run after run.
    PairMemo<PhraseIds, std::shared_ptr<const KeyFacts>> m_phraseFacts;
    PairMemo<PhraseIds, std::shared_ptr<const Lexicon::Entry>> m_entries;
};

} // namespace Recension
