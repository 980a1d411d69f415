#include "compare/phrasealigner.h"

#include <algorithm>
#include <climits>

namespace Recension {

namespace {

/// How far from the diagonal of the run a pairing may stray, in words.
constexpr int kBand = 3;

/// The score per matched word: what the pairing is worth against leaving both as a gap.
int weight(Relation relation)
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

/// One cell of the banded table: the best score of the prefixes and how it was reached.
struct Cell
{
    int score = INT_MIN;
    qint8 leftStep = 0;  ///< words of the left side the last move consumed
    qint8 rightStep = 0; ///< words of the right side
    Relation relation = Relation::Unrelated;
};

/// The banded table: row i holds the columns j within `m_half` of i*m/n. The half width
/// grows with the slope (m/n right words a left word) so consecutive rows always overlap.
class Band final
{
public:
    Band(int n, int m)
        : m_n(n), m_m(m), m_half(kBand + (m + n - 1) / n + 1), m_cells(size_t(n + 1) * (2 * m_half + 1))
    {
    }
    int low(int i) const { return std::max(0, centre(i) - m_half); }
    int high(int i) const { return std::min(m_m, centre(i) + m_half); }
    Cell *at(int i, int j)
    {
        if (i < 0 || i > m_n || j < low(i) || j > high(i))
            return nullptr;
        return &m_cells[size_t(i) * (2 * m_half + 1) + size_t(j - centre(i) + m_half)];
    }

private:
    int centre(int i) const { return int((qint64(i) * m_m + m_n / 2) / m_n); }
    int m_n;
    int m_m;
    int m_half;
    std::vector<Cell> m_cells;
};

} // namespace

QVector<PhraseSegment> alignPhrases(int leftWords, int rightWords, const PhraseRelate &relate)
{
    const int n = leftWords;
    const int m = rightWords;
    if (n == 0 || m == 0)
        return {PhraseSegment{{{0, 0}}, {{n, m}}, Relation::Unrelated}};
    Band band(n, m);
    band.at(0, 0)->score = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = band.low(i); j <= band.high(i); ++j) {
            Cell *cell = band.at(i, j);
            auto offer = [&](int score, int k, int l, Relation relation) {
                if (score > cell->score) {
                    *cell = Cell{score, qint8(k), qint8(l), relation};
                }
            };
            // Gaps first: on a tie, leaving words over beats a doubtful pairing.
            if (const Cell *up = band.at(i - 1, j); up && up->score != INT_MIN)
                offer(up->score, 1, 0, Relation::Unrelated);
            if (const Cell *left = band.at(i, j - 1); left && left->score != INT_MIN)
                offer(left->score, 0, 1, Relation::Unrelated);
            for (int k = 1; k <= std::min(i, kLongestPhrase); ++k) {
                for (int l = 1; l <= std::min(j, kLongestPhrase); ++l) {
                    if (k + l > kLongestPhrase + 2)
                        continue;
                    const Cell *from = band.at(i - k, j - l);
                    if (!from || from->score == INT_MIN)
                        continue;
                    const Relation relation = relate(i - k, i, j - l, j);
                    const int w = weight(relation);
                    if (w == 0)
                        continue;
                    // A phrase is worth its words, less one for each word beyond a pair,
                    // so "harm" for "do damage to" beats "harm" for "damage" alone.
                    offer(from->score + w * (k + l) - (k + l - 2), k, l, relation);
                }
            }
        }
    }

    QVector<PhraseSegment> reversed;
    int i = n, j = m;
    while (i > 0 || j > 0) {
        const Cell *cell = band.at(i, j);
        PhraseSegment segment;
        segment.end = {{i, j}};
        segment.begin = {{i - cell->leftStep, j - cell->rightStep}};
        segment.relation = cell->relation;
        if (segment.isGap() && !reversed.isEmpty() && reversed.last().isGap())
            reversed.last().begin = segment.begin;
        else
            reversed.append(segment);
        i = segment.begin[Left];
        j = segment.begin[Right];
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace Recension
