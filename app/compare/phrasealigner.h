#pragma once

#include "compare/wordrelation.h"

#include <QVector>

#include <array>
#include <functional>

namespace Recension {

/// A stretch of a replaced run: words [begin, end) of each side (indices into the run's
/// words), either matched to each other (`relation` says how) or left over (Unrelated).
struct PhraseSegment
{
    std::array<int, 2> begin{{0, 0}};
    std::array<int, 2> end{{0, 0}};
    Relation relation = Relation::Unrelated;

    bool isGap() const { return relation == Relation::Unrelated; }
};

/// Says how left words [lb, le) relate to right words [rb, re): Unrelated when they do not.
using PhraseRelate = std::function<Relation(int lb, int le, int rb, int re)>;

/// Longest phrase, in words, matched as one unit on either side ("as a result of").
constexpr int kLongestPhrase = 4;

/// @brief Matches the words and phrases of a replaced run that face each other one to one,
/// maximising the words matched (equal words weigh most, names and numbers least); the
/// rest become gaps. Bounded: only positions within a few words of the diagonal are
/// tried, and phrases of at most kLongestPhrase words, so the cost is linear in the run.
/// Segments come in order and cover both sides exactly; adjacent gaps are merged.
QVector<PhraseSegment> alignPhrases(int leftWords, int rightWords, const PhraseRelate &relate);

} // namespace Recension
