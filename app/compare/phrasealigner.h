#pragma once

#include "compare/wordrelation.h"

#include <QVector>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

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

/// Longest phrase, in words, matched as one unit on either side ("as a result of").
constexpr int kLongestPhrase = 4;

/// @brief The table of alignPhrases(): row i (left words consumed) holds the columns j
/// (right words consumed) within a half width of i*m/n; the half width grows with the
/// slope (m/n right words a left word) so consecutive rows always overlap.
class PhraseBand final
{
public:
    /// One cell: the best score of the two prefixes and the move that reached it.
    struct Cell
    {
        int score = INT_MIN;
        qint8 leftStep = 0;  ///< words of the left side the last move consumed
        qint8 rightStep = 0; ///< words of the right side
        Relation relation = Relation::Unrelated;
    };

    PhraseBand(int leftWords, int rightWords);

    int low(int i) const { return m_low[size_t(i)]; }
    int high(int i) const { return m_high[size_t(i)]; }
    /// @brief Cell (i, j), for 0 <= i <= leftWords and low(i) <= j <= high(i).
    Cell &at(int i, int j) { return m_cells[size_t(m_offset[size_t(i)] + j)]; }
    /// @brief The moves back from the last cell, as segments in order (adjacent gaps merged).
    QVector<PhraseSegment> segments() const;

private:
    int m_n;
    int m_m;
    std::vector<int> m_low;
    std::vector<int> m_high;
    std::vector<int> m_offset; ///< per row: where column 0 would be in m_cells
    std::vector<Cell> m_cells;
};

/// The score per matched word: what the pairing is worth against leaving both as a gap.
inline int phraseWeight(Relation relation)
{
    switch (relation) {
    case Relation::Equal:
        return 3;
    case Relation::Number:
    case Relation::Name:
    case Relation::NameSpelling:
        return 1;
    case Relation::Unrelated:
        return 0;
    default:
        return 2;
    }
}

/// @brief Matches the words and phrases of a replaced run that face each other one to one,
/// maximising the words matched (equal words weigh most, names and numbers least); the
/// rest become gaps. `relate(lb, le, rb, re)` says how left words [lb, le) relate to right
/// words [rb, re) (Unrelated when they do not); a template so that its cheap refusals,
/// asked about a dozen shapes per cell, cost no call. Bounded: only positions within a
/// few words of the diagonal are tried, and phrases of at most kLongestPhrase words, so
/// the cost is linear in the run. Segments come in order and cover both sides exactly.
template <typename Relate>
QVector<PhraseSegment> alignPhrases(int leftWords, int rightWords, const Relate &relate)
{
    using Cell = PhraseBand::Cell;
    const int n = leftWords;
    const int m = rightWords;
    if (n == 0 || m == 0)
        return {PhraseSegment{{{0, 0}}, {{n, m}}, Relation::Unrelated}};
    PhraseBand band(n, m);
    band.at(0, 0).score = 0;
    for (int i = 0; i <= n; ++i) {
        const bool above = i > 0;
        for (int j = band.low(i); j <= band.high(i); ++j) {
            Cell &cell = band.at(i, j);
            auto offer = [&cell](int score, int k, int l, Relation relation) {
                if (score > cell.score)
                    cell = Cell{score, qint8(k), qint8(l), relation};
            };
            // Gaps first: on a tie, leaving words over beats a doubtful pairing.
            if (above && j >= band.low(i - 1) && j <= band.high(i - 1)) {
                if (const Cell &up = band.at(i - 1, j); up.score != INT_MIN)
                    offer(up.score, 1, 0, Relation::Unrelated);
            }
            if (j > band.low(i)) {
                if (const Cell &left = band.at(i, j - 1); left.score != INT_MIN)
                    offer(left.score, 0, 1, Relation::Unrelated);
            }
            for (int k = 1; k <= std::min(i, kLongestPhrase); ++k) {
                const int row = i - k;
                const int longest = std::min({j, kLongestPhrase, kLongestPhrase + 2 - k});
                const int lowest = std::max(band.low(row), j - longest);
                for (int col = std::min(band.high(row), j - 1); col >= lowest; --col) {
                    const Cell &from = band.at(row, col);
                    if (from.score == INT_MIN)
                        continue;
                    const Relation relation = relate(row, i, col, j);
                    const int w = phraseWeight(relation);
                    if (w == 0)
                        continue;
                    // A phrase is worth its words, less one for each word beyond a pair,
                    // so "harm" for "do damage to" beats "harm" for "damage" alone.
                    const int l = j - col;
                    offer(from.score + w * (k + l) - (k + l - 2), k, l, relation);
                }
            }
        }
    }
    return band.segments();
}

} // namespace Recension
