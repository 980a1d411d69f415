#include "compare/aligner.h"

#include "compare/linkbuilder.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Recension {

namespace {

/// Longest strictly increasing subsequence of `values`; returns the chosen positions.
QVector<int> longestIncreasing(const QVector<int> &values)
{
    QVector<int> tails;       // position of the smallest tail of each length
    QVector<int> previous(values.size(), -1);
    for (int k = 0; k < values.size(); ++k) {
        auto it = std::lower_bound(tails.begin(), tails.end(), values[k],
                                   [&](int pos, int v) { return values[pos] < v; });
        const int length = int(it - tails.begin());
        previous[k] = length > 0 ? tails[length - 1] : -1;
        if (it == tails.end())
            tails.append(k);
        else
            *it = k;
    }
    QVector<int> chosen;
    for (int k = tails.isEmpty() ? -1 : tails.last(); k >= 0; k = previous[k])
        chosen.prepend(k);
    return chosen;
}

constexpr double kNegative = -std::numeric_limits<double>::infinity();

} // namespace

Aligner::Aligner(const SentenceUnits &units, AlignerOptions options)
    : m_units(units)
    , m_options(options)
{
}

int Aligner::bestMatch(int side, int unit, double *best, double *second) const
{
    // Candidates come from the other side's sentences that share a rare stem, so the cost
    // grows with the documents' size, not with its product.
    const int other = 1 - side;
    const SentenceUnit &u = m_units.units(side)[unit];
    QHash<int, qint64> votes;
    for (quint32 stem : u.stems) {
        const int df = m_units.frequency(other, stem);
        if (df == 0 || df > m_options.rareFrequency)
            continue;
        for (int candidate : m_units.postings(other, stem))
            votes[candidate] += m_units.weight(stem);
    }
    QVector<QPair<qint64, int>> ranked;
    ranked.reserve(votes.size());
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > 6)
        ranked.resize(6);
    *best = 0.0;
    *second = 0.0;
    int bestUnit = -1;
    for (const auto &candidate : ranked) {
        const int c = candidate.second;
        const double sim = side == 0 ? m_units.similarity(unit, c) : m_units.similarity(c, unit);
        if (sim > *best || (sim == *best && bestUnit >= 0 && c < bestUnit)) {
            if (bestUnit >= 0 && sim > *best)
                *second = *best;
            *best = sim;
            bestUnit = c;
        } else if (sim > *second) {
            *second = sim;
        }
    }
    return bestUnit;
}

QVector<Aligner::Pair> Aligner::anchors(QVector<Pair> *moved) const
{
    const int n = m_units.units(0).size();
    const int m = m_units.units(1).size();
    QVector<int> rightBest(m, -2); // -2: not computed yet
    QVector<double> rightScore(m), rightSecond(m);
    QVector<Pair> mutual;
    for (int i = 0; i < n; ++i) {
        double best = 0, second = 0;
        const int j = bestMatch(0, i, &best, &second);
        if (j < 0 || best < m_options.anchorThreshold || best - second < m_options.anchorMargin)
            continue;
        if (rightBest[j] == -2)
            rightBest[j] = bestMatch(1, j, &rightScore[j], &rightSecond[j]);
        if (rightBest[j] != i || rightScore[j] - rightSecond[j] < m_options.anchorMargin)
            continue;
        mutual.append(Pair{{i}, {j}, best});
    }
    QVector<int> rights;
    rights.reserve(mutual.size());
    for (const Pair &pair : mutual)
        rights.append(pair.right.first());
    const QVector<int> chosen = longestIncreasing(rights);
    QVector<Pair> inOrder;
    inOrder.reserve(chosen.size());
    int k = 0;
    for (int pos = 0; pos < mutual.size(); ++pos) {
        if (k < chosen.size() && chosen[k] == pos) {
            inOrder.append(mutual[pos]);
            ++k;
        } else if (mutual[pos].score >= m_options.movedThreshold) {
            moved->append(mutual[pos]);
        }
    }
    return inOrder;
}

void Aligner::alignGap(int i0, int i1, int j0, int j1, const QVector<bool> &excludedLeft,
                       const QVector<bool> &excludedRight, QVector<Pair> *out) const
{
    QVector<int> a, b;
    for (int i = i0; i < i1; ++i)
        if (!excludedLeft[i])
            a.append(i);
    for (int j = j0; j < j1; ++j)
        if (!excludedRight[j])
            b.append(j);
    const int n = a.size();
    const int m = b.size();
    if (n == 0 || m == 0)
        return;

    // Row i may use columns [lo[i], hi[i]]: everything for gaps of ordinary size, a band
    // around the diagonal for huge ones.
    QVector<int> lo(n + 1), hi(n + 1);
    const qint64 cells = qint64(n + 1) * (m + 1);
    const int band = cells <= m_options.maxCells
        ? m
        : std::max<int>(64, int(m_options.maxCells / (2 * (n + 1))) + std::abs(n - m) / 2);
    for (int i = 0; i <= n; ++i) {
        const int centre = int(qint64(i) * m / n);
        lo[i] = std::max(0, centre - band);
        hi[i] = std::min(m, centre + band);
    }
    QVector<qint64> rowStart(n + 2, 0);
    for (int i = 0; i <= n; ++i)
        rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
    QVector<double> score(rowStart[n + 1], kNegative);
    QVector<quint8> move(rowStart[n + 1], 0); // 1: skip left, 2: skip right, 3: 1-1, 4: 2-1, 5: 1-2
    auto at = [&](int i, int j) -> qint64 {
        if (i < 0 || j < lo[i] || j > hi[i])
            return -1;
        return rowStart[i] + (j - lo[i]);
    };
    const double tau = m_options.pairThreshold;
    auto gain = [&](const QVector<quint32> &sa, qint64 wa, const QVector<quint32> &sb, qint64 wb) {
        const double sim = m_units.similarity(sa, wa, sb, wb);
        return sim <= tau ? kNegative : (sim - tau) * double(wa + wb);
    };
    const auto &left = m_units.units(0);
    const auto &right = m_units.units(1);
    score[at(0, 0)] = 0.0;
    for (int i = 0; i <= n; ++i) {
        for (int j = lo[i]; j <= hi[i]; ++j) {
            const qint64 here = at(i, j);
            double best = i == 0 && j == 0 ? 0.0 : kNegative;
            quint8 how = 0;
            auto consider = [&](qint64 from, double g, quint8 kind) {
                if (from < 0 || score[from] == kNegative || g == kNegative)
                    return;
                if (score[from] + g > best) {
                    best = score[from] + g;
                    how = kind;
                }
            };
            if (i > 0)
                consider(at(i - 1, j), 0.0, 1);
            if (j > 0)
                consider(at(i, j - 1), 0.0, 2);
            if (i > 0 && j > 0) {
                const SentenceUnit &x = left[a[i - 1]];
                const SentenceUnit &y = right[b[j - 1]];
                consider(at(i - 1, j - 1), gain(x.stems, x.weight, y.stems, y.weight), 3);
                if (i > 1) {
                    const SentenceUnit &x0 = left[a[i - 2]];
                    qint64 w = 0;
                    const auto stems = m_units.merged(x0.stems, x.stems, &w);
                    consider(at(i - 2, j - 1), gain(stems, w, y.stems, y.weight), 4);
                }
                if (j > 1) {
                    const SentenceUnit &y0 = right[b[j - 2]];
                    qint64 w = 0;
                    const auto stems = m_units.merged(y0.stems, y.stems, &w);
                    consider(at(i - 1, j - 2), gain(x.stems, x.weight, stems, w), 5);
                }
            }
            score[here] = best;
            move[here] = how;
        }
    }
    QVector<Pair> pairs;
    int i = n, j = m;
    if (at(i, j) < 0)
        return;
    while (i > 0 || j > 0) {
        const quint8 how = move[at(i, j)];
        if (how == 1) {
            --i;
        } else if (how == 2) {
            --j;
        } else if (how == 3) {
            pairs.append(Pair{{a[i - 1]}, {b[j - 1]}, m_units.similarity(a[i - 1], b[j - 1])});
            --i;
            --j;
        } else if (how == 4) {
            pairs.append(Pair{{a[i - 2], a[i - 1]}, {b[j - 1]}, 0.0});
            i -= 2;
            --j;
        } else if (how == 5) {
            pairs.append(Pair{{a[i - 1]}, {b[j - 2], b[j - 1]}, 0.0});
            --i;
            j -= 2;
        } else {
            break; // unreachable cell: the band cut the path; leave the rest unpaired
        }
    }
    std::reverse(pairs.begin(), pairs.end());
    out->append(pairs);
}

void Aligner::extendPairs(QVector<Pair> *pairs) const
{
    // An anchor is one sentence to one; when the sentence was split (or two were merged),
    // the other half stands unpaired right beside it and the merged pair is much closer.
    const int n = m_units.units(0).size();
    const int m = m_units.units(1).size();
    QVector<bool> pairedLeft(n, false), pairedRight(m, false);
    for (const Pair &pair : *pairs) {
        for (int u : pair.left)
            pairedLeft[u] = true;
        for (int u : pair.right)
            pairedRight[u] = true;
    }
    const double gain = 0.05;
    for (Pair &pair : *pairs) {
        if (pair.left.size() != 1 || pair.right.size() != 1)
            continue;
        const SentenceUnit &x = m_units.units(0)[pair.left.first()];
        const SentenceUnit &y = m_units.units(1)[pair.right.first()];
        const double base = m_units.similarity(x.stems, x.weight, y.stems, y.weight);
        double best = base + gain;
        int bestSide = -1, bestUnit = -1;
        for (int side = 0; side < 2; ++side) {
            const QVector<int> &own = side == 0 ? pair.left : pair.right;
            const QVector<bool> &paired = side == 0 ? pairedLeft : pairedRight;
            const int count = side == 0 ? n : m;
            for (int neighbour : {own.first() - 1, own.first() + 1}) {
                if (neighbour < 0 || neighbour >= count || paired[neighbour])
                    continue;
                const SentenceUnit &extra = m_units.units(side)[neighbour];
                const SentenceUnit &mine = side == 0 ? x : y;
                qint64 w = 0;
                const auto stems = m_units.merged(mine.stems, extra.stems, &w);
                const double sim = side == 0 ? m_units.similarity(stems, w, y.stems, y.weight)
                                             : m_units.similarity(x.stems, x.weight, stems, w);
                if (sim > best) {
                    best = sim;
                    bestSide = side;
                    bestUnit = neighbour;
                }
            }
        }
        if (bestSide < 0)
            continue;
        QVector<int> &own = bestSide == 0 ? pair.left : pair.right;
        own.append(bestUnit);
        std::sort(own.begin(), own.end());
        (bestSide == 0 ? pairedLeft : pairedRight)[bestUnit] = true;
    }
}

QVector<Link> Aligner::align(int leftParagraphs, int rightParagraphs,
                             const std::atomic_bool *cancel) const
{
    const auto &left = m_units.units(0);
    const auto &right = m_units.units(1);
    QVector<Pair> moved;
    const QVector<Pair> fixed = anchors(&moved);
    if (cancel && cancel->load())
        return {};

    QVector<bool> excludedLeft(left.size(), false), excludedRight(right.size(), false);
    for (const Pair &pair : moved) {
        excludedLeft[pair.left.first()] = true;
        excludedRight[pair.right.first()] = true;
    }
    QVector<Pair> inOrder;
    int prevI = 0, prevJ = 0;
    for (const Pair &anchor : fixed) {
        alignGap(prevI, anchor.left.first(), prevJ, anchor.right.first(), excludedLeft,
                 excludedRight, &inOrder);
        inOrder.append(anchor);
        prevI = anchor.left.first() + 1;
        prevJ = anchor.right.first() + 1;
        if (cancel && cancel->load())
            return {};
    }
    alignGap(prevI, left.size(), prevJ, right.size(), excludedLeft, excludedRight, &inOrder);
    extendPairs(&inOrder);

    // Paragraph links are the connected components of the paragraphs joined by pairs.
    ParagraphComponents components(leftParagraphs, rightParagraphs);
    for (const Pair &pair : inOrder)
        for (int u : pair.left)
            for (int v : pair.right)
                components.link(left[u].paragraph, right[v].paragraph);
    for (const Pair &pair : moved) {
        const int p = left[pair.left.first()].paragraph;
        const int q = right[pair.right.first()].paragraph;
        // A sentence that moved into a passage aligned in order stays part of that
        // passage's word diff; only wholly moved paragraphs become moved links.
        if ((components.isLinked(0, p) && !components.isMoved(0, p))
            || (components.isLinked(1, q) && !components.isMoved(1, q)))
            continue;
        components.link(p, q, true);
    }
    rescueParagraphs(m_units, m_options.paragraphThreshold, &components);
    return buildLinks(&components);
}

} // namespace Recension
