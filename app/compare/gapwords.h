#pragma once

#include "compare/pairmemo.h"
#include "compare/worddiff.h"
#include "compare/wordrelation.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <memory>

namespace Recension {

class KeyFacts;

/// @brief What the words of one side of a gap say through the word lists, wherever they
/// stand: the part of a gap's category that depends on its words' keys alone.
struct GapSide
{
    QString key;                            ///< the words' keys joined by spaces
    std::shared_ptr<const KeyFacts> facts;  ///< the lists' facts of `key`
    QVarLengthArray<int, 4> strength;       ///< qualifier groups, then modal groups + 1000: sorted, distinct
    int negations = 0;                      ///< words that are or contract a negation
    bool otherWords = false;                ///< a word that is no qualifier, modal, negation or function word
    bool honorifics = true;                 ///< every word an honorific ("Mr", "Dr")
};

/// @brief The GapSide of a gap's words, worked out once per sequence of keys for the
/// whole comparison: a book's gaps are mostly the same few words, run after run.
class GapWords final
{
public:
    explicit GapWords(const WordFacts &facts);

    /// @brief The list facts of one side's words (any number of them, none included).
    std::shared_ptr<const GapSide> of(Side side, const QVector<PassageToken> &words) const;

private:
    /// The key ids of a short gap's words, 0 after the last.
    struct Ids
    {
        std::array<quint32, 4> ids{};
        bool operator==(const Ids &other) const { return ids == other.ids; }
    };
    friend size_t qHash(const Ids &ids, size_t seed = 0) noexcept
    {
        return qHashRange(ids.ids.cbegin(), ids.ids.cend(), seed);
    }
    std::shared_ptr<const GapSide> compute(const QStringList &keys) const;

    const WordFacts &m_facts;
    PairMemo<Ids, std::shared_ptr<const GapSide>> m_memo; ///< sides of at most four words
};

} // namespace Recension
