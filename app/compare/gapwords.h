#pragma once

#include "compare/worddiff.h"
#include "compare/wordrelation.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <atomic>

namespace Recension {

/// @brief What the words of one side of a gap say through the word lists, wherever they
/// stand: the part of a gap's category that depends on its words' keys alone.
struct GapSide
{
    QString key;                            ///< the words' keys joined by spaces
    QVarLengthArray<int, 4> strength;       ///< qualifier groups, then modal groups + 1000: sorted, distinct
    int negations = 0;                      ///< words that are or contract a negation
    bool otherWords = false;                ///< a word that is no qualifier, modal, negation or function word
    bool honorifics = true;                 ///< every word an honorific ("Mr", "Dr")
    quint32 single = 0;                     ///< the key id when the side is one word
};

/// @brief Works out the GapSide of a gap's words. Each word key's answers (negation,
/// function word, honorific, whether it begins a qualifier or modal) are looked up once
/// per comparison and kept by key id, so a side of plain words costs no string lookups;
/// only a side with a qualifier or modal in it is read through the lists as text.
class GapWords final
{
public:
    explicit GapWords(const WordFacts &facts);

    /// @brief The list facts of one side's words (any number of them, none included).
    GapSide of(Side side, const QVector<PassageToken> &words) const;
    /// @brief How two sides' whole keys relate through the word lists
    /// (WordFacts::listRelation()), a word's facts read by its key id.
    Relation listRelation(const GapSide &a, const GapSide &b) const;

private:
    enum Bit : quint8 {
        Known = 1,        ///< the bits below are worked out
        Negation = 2,
        FunctionWord = 4,
        Honorific = 8,
        Strength = 16,    ///< begins a qualifier or modal entry, or has a space in it
    };
    quint8 bitsOf(quint32 key) const;
    quint8 computeBits(const QString &key) const;
    void readStrength(const QStringList &keys, GapSide *out) const;

    const WordFacts &m_facts;
    std::unique_ptr<std::atomic<quint8>[]> m_bits; ///< by key id
};

} // namespace Recension
