#pragma once

#include "compare/comparison.h"
#include "compare/sentenceunits.h"

#include <atomic>

namespace Recension {

/// Tuning of the aligner. Similarities are the weighted Dice of sentence stem sets.
struct AlignerOptions
{
    double anchorThreshold = 0.34; ///< a mutual best pair at least this similar anchors
    double anchorMargin = 0.04;    ///< ... and beats its runner-up by this much
    double movedThreshold = 0.5;   ///< an out-of-order anchor at least this similar is moved
    double pairThreshold = 0.22;   ///< the gap aligner pairs sentences above this
    double paragraphThreshold = 0.2; ///< leftover paragraphs between links pair above this
    int rareFrequency = 6;         ///< a stem in at most this many sentences per side is rare
    qint64 maxCells = 4'000'000;   ///< gap alignments larger than this are banded
};

/// @brief Aligns the sentences of two documents and groups them into paragraph links.
/// Links come back in the spec's order, with kinds Modified (aligned in order; refined
/// once diffed), Moved, Deleted or Inserted, scores 0 and sentence links filled.
class Aligner final
{
public:
    explicit Aligner(const SentenceUnits &units, AlignerOptions options = {});

    QVector<Link> align(int leftParagraphs, int rightParagraphs,
                        const std::atomic_bool *cancel = nullptr) const;

private:
    struct Pair
    {
        QVector<int> left;  ///< unit indices, ascending
        QVector<int> right;
        double score = 0.0;
    };
    /// A unit's best counterpart on the other side, -1 for none, and the two best scores.
    struct Match
    {
        int unit = -1;
        double best = 0.0;
        double second = 0.0;
    };

    QVector<Pair> anchors(QVector<Pair> *moved) const;
    void alignGap(int i0, int i1, int j0, int j1, const QVector<bool> &excludedLeft,
                  const QVector<bool> &excludedRight, QVector<Pair> *out) const;
    void extendPairs(QVector<Pair> *pairs) const;
    QVector<Match> bestMatches(int side, const QVector<int> &units) const;
    Match bestMatch(int side, int unit, QVector<qint64> *votes, QVector<int> *touched) const;

    const SentenceUnits &m_units;
    AlignerOptions m_options;
};

} // namespace Recension
