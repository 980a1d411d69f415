#pragma once

#include "compare/worddiff.h"
#include "compare/wordrelation.h"

#include <QString>
#include <QVector>

#include <array>

namespace Recension {

/// @brief How phrases of a replaced run relate as units ("do damage to" for "harm", "in
/// addition" for "also"), and which phrases are worth asking about at all.
class PhraseRelations final
{
public:
    explicit PhraseRelations(const WordFacts &facts);

    /// Per word of one side of a run: whether it is a light word; per phrase start and
    /// length (index start * kLongestPhrase + length - 1): whether a word list or the
    /// thesaurus holds the phrase.
    struct Candidates
    {
        QVector<bool> light;
        QVector<bool> listed;
        QVector<bool> head;
    };

    /// @brief What the phrases of one side's words could match, worked out once per run.
    Candidates candidatesOf(Side side, const QVector<PassageToken> &words) const;
    /// @brief False when left words [lb, le) and right words [rb, re) cannot relate as units.
    bool mayRelate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb, int re) const;
    /// @brief How two phrases (not both single words) relate: Format, Hedge, Synonym or Unrelated.
    Relation relate(const std::array<QVector<PassageToken>, 2> &words) const;
    /// @brief The words of one side, as comparison keys joined by spaces.
    QString phraseKey(Side side, const QVector<PassageToken> &words) const;

private:
    const WordFacts &m_facts;
};

} // namespace Recension
