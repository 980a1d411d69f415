#include "compare/aligner.h"

#include "compare/enginepool.h"
#include "compare/linkbuilder.h"

#include <QtConcurrent>

#include <algorithm>
#include <numeric>
#include <limits>
#include <vector>

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

/// Units whose best matches one pool task looks for (each task owns one vote table).
constexpr int kMatchChunk = 512;

/// Bits of the per-stem marks of a gap alignment row.
constexpr quint8 kInRow = 1;      ///< the row's sentence x holds the stem
constexpr quint8 kInPrevious = 2; ///< the sentence before it, x0, holds the stem

} // namespace

Aligner::Aligner(const SentenceUnits &units, AlignerOptions options)
    : m_units(units)
    , m_options(options)
{
}

Aligner::Match Aligner::bestMatch(int side, int unit, QVector<qint64> *votes,
                                  QVector<int> *touched) const
{
    // Candidates come from the other side's sentences that share a rare stem, so the cost
    // grows with the documents' size, not with its product. `votes` is all zeros between
    // calls; `touched` lists the candidates in the order they were first met.
    const int other = 1 - side;
    const SentenceUnit &u = m_units.units(side)[unit];
    qint64 *vote = votes->data();
    touched->clear();
    for (quint32 stem : u.stems) {
        const int df = m_units.frequency(other, stem);
        if (df == 0 || df > m_options.rareFrequency)
            continue;
        const qint64 w = m_units.weight(stem);
        for (int candidate : m_units.postings(other, stem)) {
            if (vote[candidate] == 0)
                touched->append(candidate);
            vote[candidate] += w;
        }
    }
    QVector<QPair<qint64, int>> ranked;
    ranked.reserve(touched->size());
    for (int candidate : std::as_const(*touched)) {
        ranked.append({-vote[candidate], candidate});
        vote[candidate] = 0;
    }
    // Votes are positive and candidates distinct, so the order is total.
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > 6)
        ranked.resize(6);
    Match match;
    for (const auto &candidate : std::as_const(ranked)) {
        const int c = candidate.second;
        const double sim = side == 0 ? m_units.similarity(unit, c) : m_units.similarity(c, unit);
        if (sim > match.best || (sim == match.best && match.unit >= 0 && c < match.unit)) {
            if (match.unit >= 0 && sim > match.best)
                match.second = match.best;
            match.best = sim;
            match.unit = c;
        } else if (sim > match.second) {
            match.second = sim;
        }
    }
    return match;
}

QVector<Aligner::Match> Aligner::bestMatches(int side, const QVector<int> &units) const
{
    // Each unit's match depends on nothing but the units, so chunks run on the pool and
    // the result is the same on any number of threads.
    QVector<int> chunks;
    for (int from = 0; from < units.size(); from += kMatchChunk)
        chunks.append(from);
    const int others = m_units.units(1 - side).size();
    const auto matchChunk = [&](int from) {
        // One vote table per thread, kept between chunks: zeroing one per chunk cost the
        // product of the two sides' sentence counts over the chunk size.
        thread_local QVector<qint64> votes;
        if (votes.size() < others)
            votes.resize(others, 0);
        QVector<int> touched;
        QVector<Match> matches;
        const int to = std::min<int>(from + kMatchChunk, units.size());
        matches.reserve(to - from);
        for (int k = from; k < to; ++k)
            matches.append(bestMatch(side, units[k], &votes, &touched));
        return matches;
    };
    QVector<Match> all;
    all.reserve(units.size());
    for (const QVector<Match> &matches :
         QtConcurrent::blockingMapped<QVector<QVector<Match>>>(enginePool(), chunks, matchChunk))
        all += matches;
    return all;
}

QVector<Aligner::Pair> Aligner::anchors(QVector<Pair> *moved) const
{
    const int n = m_units.units(0).size();
    const int m = m_units.units(1).size();
    QVector<int> lefts(n);
    std::iota(lefts.begin(), lefts.end(), 0);
    const QVector<Match> leftMatches = bestMatches(0, lefts);
    const auto confident = [&](const Match &match) {
        return match.unit >= 0 && match.best >= m_options.anchorThreshold
            && match.best - match.second >= m_options.anchorMargin;
    };
    // Only the right units that some left unit picked need their own best match.
    QVector<bool> wanted(m, false);
    for (const Match &match : leftMatches)
        if (confident(match))
            wanted[match.unit] = true;
    QVector<int> rights;
    for (int j = 0; j < m; ++j)
        if (wanted[j])
            rights.append(j);
    const QVector<Match> found = bestMatches(1, rights);
    QVector<Match> rightMatches(m);
    for (int k = 0; k < rights.size(); ++k)
        rightMatches[rights[k]] = found[k];

    QVector<Pair> mutual;
    for (int i = 0; i < n; ++i) {
        const Match &match = leftMatches[i];
        if (!confident(match))
            continue;
        const Match &back = rightMatches[match.unit];
        if (back.unit != i || back.best - back.second < m_options.anchorMargin)
            continue;
        mutual.append(Pair{{i}, {match.unit}, match.best});
    }
    QVector<int> order;
    order.reserve(mutual.size());
    for (const Pair &pair : mutual)
        order.append(pair.right.first());
    const QVector<int> chosen = longestIncreasing(order);
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
    // The loops below run over millions of cells: plain pointers, no detach checks.
    const int *lowest = lo.constData();
    const int *highest = hi.constData();
    const qint64 *rows = rowStart.constData();
    const int *as = a.constData();
    const int *bs = b.constData();
    double *scores = score.data();
    quint8 *moves = move.data();
    const qint64 *weight = m_units.weightTable();
    auto at = [&](int i, int j) -> qint64 {
        if (i < 0 || j < lowest[i] || j > highest[i])
            return -1;
        return rows[i] + (j - lowest[i]);
    };
    const double tau = m_options.pairThreshold;
    // The gain of pairing two stem sets from their common weight: the formula of
    // SentenceUnits::similarity(), so scores are bit for bit those of a merged set.
    auto gain = [&](qint64 shared, qint64 wa, qint64 wb) {
        const double sim = SentenceUnits::dice(shared, wa, wb);
        return sim <= tau ? kNegative : (sim - tau) * double(wa + wb);
    };
    const auto &left = m_units.units(0);
    const auto &right = m_units.units(1);

    // Two sentences merged weigh w(y0) + w(y) - w(y0 & y), and what they share with x is
    // s(x, y0) + s(x, y) - s(x, y0 & y): no merged set is ever built. Per column, the
    // stems of a right sentence shared with the one before it, and the pair's weight.
    QVector<QVector<quint32>> columnCommon(m + 1);
    QVector<qint64> columnPairWeight(m + 1, 0);
    for (int j = 2; j <= m; ++j) {
        const SentenceUnit &y0 = right[bs[j - 2]];
        const SentenceUnit &y = right[bs[j - 1]];
        std::set_intersection(y0.stems.cbegin(), y0.stems.cend(), y.stems.cbegin(), y.stems.cend(),
                              std::back_inserter(columnCommon[j]));
        qint64 common = 0;
        for (quint32 stem : std::as_const(columnCommon[j]))
            common += weight[stem];
        columnPairWeight[j] = y0.weight + y.weight - common;
    }
    // Marks by stem id of the row's sentence and the one before it; all clear between rows.
    static thread_local std::vector<quint8> marks;
    if (marks.size() < m_units.stemLimit())
        marks.resize(m_units.stemLimit(), 0);
    quint8 *mark = marks.data();

    scores[at(0, 0)] = 0.0;
    for (int i = 0; i <= n; ++i) {
        const SentenceUnit *x = i > 0 ? &left[as[i - 1]] : nullptr;
        const SentenceUnit *x0 = i > 1 ? &left[as[i - 2]] : nullptr;
        qint64 rowPairWeight = 0;
        if (x) {
            for (quint32 stem : x->stems)
                mark[stem] |= kInRow;
        }
        if (x0) {
            qint64 common = 0;
            for (quint32 stem : x0->stems) {
                if (mark[stem] & kInRow)
                    common += weight[stem];
                mark[stem] |= kInPrevious;
            }
            rowPairWeight = x0->weight + x->weight - common;
        }
        qint64 sharedBefore = -1; // s(x, y) of the cell to the left, -1 when not computed
        for (int j = lowest[i]; j <= highest[i]; ++j) {
            const qint64 here = at(i, j);
            double best = i == 0 && j == 0 ? 0.0 : kNegative;
            quint8 how = 0;
            auto consider = [&](qint64 from, double g, quint8 kind) {
                if (from < 0 || scores[from] == kNegative || g == kNegative)
                    return;
                if (scores[from] + g > best) {
                    best = scores[from] + g;
                    how = kind;
                }
            };
            if (i > 0)
                consider(at(i - 1, j), 0.0, 1);
            if (j > 0)
                consider(at(i, j - 1), 0.0, 2);
            if (i > 0 && j > 0) {
                const SentenceUnit &y = right[bs[j - 1]];
                qint64 shared = 0, sharedEither = 0;
                for (quint32 stem : y.stems) {
                    const quint8 bits = mark[stem];
                    if (bits == 0)
                        continue;
                    const qint64 w = weight[stem];
                    sharedEither += w;
                    if (bits & kInRow)
                        shared += w;
                }
                consider(at(i - 1, j - 1), gain(shared, x->weight, y.weight), 3);
                if (i > 1)
                    consider(at(i - 2, j - 1), gain(sharedEither, rowPairWeight, y.weight), 4);
                if (j > 1) {
                    qint64 withPrevious = sharedBefore;
                    if (withPrevious < 0) {
                        withPrevious = 0;
                        for (quint32 stem : right[bs[j - 2]].stems)
                            if (mark[stem] & kInRow)
                                withPrevious += weight[stem];
                    }
                    qint64 withCommon = 0;
                    for (quint32 stem : std::as_const(columnCommon[j]))
                        if (mark[stem] & kInRow)
                            withCommon += weight[stem];
                    consider(at(i - 1, j - 2),
                             gain(shared + withPrevious - withCommon, x->weight, columnPairWeight[j]), 5);
                }
                sharedBefore = shared;
            }
            scores[here] = best;
            moves[here] = how;
        }
        if (x)
            for (quint32 stem : x->stems)
                mark[stem] = 0;
        if (x0)
            for (quint32 stem : x0->stems)
                mark[stem] = 0;
    }
    QVector<Pair> pairs;
    int i = n, j = m;
    if (at(i, j) < 0)
        return;
    while (i > 0 || j > 0) {
        const quint8 how = moves[at(i, j)];
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
    // The gaps between anchors are independent: they are aligned on the pool and joined
    // in order, so the result is the same on any number of threads.
    struct Gap
    {
        int i0, i1, j0, j1;
    };
    QVector<Gap> gaps;
    gaps.reserve(fixed.size() + 1);
    int prevI = 0, prevJ = 0;
    for (const Pair &anchor : fixed) {
        gaps.append(Gap{prevI, anchor.left.first(), prevJ, anchor.right.first()});
        prevI = anchor.left.first() + 1;
        prevJ = anchor.right.first() + 1;
    }
    gaps.append(Gap{prevI, int(left.size()), prevJ, int(right.size())});
    const QVector<QVector<Pair>> filled = QtConcurrent::blockingMapped<QVector<QVector<Pair>>>(
        enginePool(), gaps, [&](const Gap &gap) {
            QVector<Pair> pairs;
            if (!(cancel && cancel->load()))
                alignGap(gap.i0, gap.i1, gap.j0, gap.j1, excludedLeft, excludedRight, &pairs);
            return pairs;
        });
    if (cancel && cancel->load())
        return {};
    QVector<Pair> inOrder;
    for (int k = 0; k < filled.size(); ++k) {
        inOrder += filled[k];
        if (k < fixed.size())
            inOrder.append(fixed[k]);
    }
    extendPairs(&inOrder);

    // Paragraph links are the connected components of the paragraphs joined by pairs.
    // A merged pair whose sentences straddle a paragraph break on one side joins those
    // paragraphs only where one of them has no partner of its own: otherwise two
    // neighbouring 1:1 passages would fuse into one 2:2 link.
    ParagraphComponents components(leftParagraphs, rightParagraphs);
    auto straddles = [&](const Pair &pair) {
        return left[pair.left.first()].paragraph != left[pair.left.last()].paragraph
            || right[pair.right.first()].paragraph != right[pair.right.last()].paragraph;
    };
    for (const Pair &pair : inOrder)
        if (!straddles(pair))
            components.link(left[pair.left.first()].paragraph, right[pair.right.first()].paragraph);
    for (const Pair &pair : inOrder) {
        if (!straddles(pair))
            continue;
        QVector<int> ps, qs;
        for (int u : pair.left)
            if (!ps.contains(left[u].paragraph))
                ps.append(left[u].paragraph);
        for (int v : pair.right)
            if (!qs.contains(right[v].paragraph))
                qs.append(right[v].paragraph);
        QVector<int> freeP, freeQ;
        for (int p : ps)
            if (!components.isLinked(0, p))
                freeP.append(p);
        for (int q : qs)
            if (!components.isLinked(1, q))
                freeQ.append(q);
        if (freeP.isEmpty() && freeQ.isEmpty())
            continue;
        // The unpartnered paragraphs join the passage of the pair's other paragraphs.
        for (int p : ps)
            for (int q : qs)
                if (freeP.contains(p) || freeQ.contains(q))
                    components.link(p, q);
    }
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
