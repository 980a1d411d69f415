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

namespace Recension {

class KeyFacts;

/// @brief How phrases of a replaced run relate as units ("do damage to" for "harm", "in
/// addition" for "also"), and which phrases are worth asking about at all.
class PhraseRelations final
{
public:
    explicit PhraseRelations(const WordFacts &facts);

    /// What one side's words of a run are, worked out once per run. Per word: whether it is
    /// a light word, whether it is a name or a number, its key and the key's facts; per
    /// phrase start and length (index start * kLongestPhrase + length - 1): whether a word
    /// list or the thesaurus holds the phrase, and the phrase's facts once asked for.
    struct Candidates
    {
        QVector<bool> light;
        QVector<bool> nameOrNumber;
        QStringList keys;
        QVector<quint32> ids;
        QVector<std::shared_ptr<const KeyFacts>> facts;
        bool spacedKeys = false; ///< a key holds a space: the phrase's parts are not its words
        QVector<bool> listed;
        QVector<bool> head;
        mutable QVector<std::shared_ptr<const KeyFacts>> phrases; ///< filled by relate()
        mutable QVector<std::shared_ptr<const Lexicon::Entry>> entries; ///< the phrases' thesaurus entries, too
    };

    /// @brief What the phrases of one side's words could match, worked out once per run.
    Candidates candidatesOf(Side side, const QVector<PassageToken> &words) const;
    /// @brief False when left words [lb, le) and right words [rb, re) cannot relate as units.
    bool mayRelate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb, int re) const;
    /// @brief How left words [lb, le) and right words [rb, re) (not both single words)
    /// relate as phrases: Format, Hedge, Synonym or Unrelated. Call from the run's thread.
    Relation relate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb, int re) const;
    /// @brief The words of one side, as comparison keys joined by spaces.
    QString phraseKey(Side side, const QVector<PassageToken> &words) const;

private:
    const KeyFacts &phraseFacts(const Candidates &candidates, int begin, int length) const;
    const Lexicon::Entry &thesaurusEntry(const Candidates &candidates, int begin, int length) const;
    QVector<std::shared_ptr<const KeyFacts>> partsOf(const Candidates &candidates, int begin,
                                                     int length) const;

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
