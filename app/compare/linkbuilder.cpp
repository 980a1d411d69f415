#include "compare/linkbuilder.h"

#include <algorithm>
#include <limits>

namespace Recension {

namespace {

struct Bounds
{
    int minLeft = std::numeric_limits<int>::max();
    int maxLeft = -1;
    int minRight = std::numeric_limits<int>::max();
    int maxRight = -1;
};

struct ParagraphStems
{
    QVector<quint32> stems;
    qint64 weight = 0;
};

QVector<ParagraphStems> paragraphStems(const SentenceUnits &units, int side, int count)
{
    QVector<ParagraphStems> out(count);
    for (const SentenceUnit &unit : units.units(side)) {
        ParagraphStems &p = out[unit.paragraph];
        p.stems = units.merged(p.stems, unit.stems, &p.weight);
    }
    return out;
}

/// One-to-one alignment of two short runs of paragraphs, maximising the similarity above
/// the threshold; returns the chosen (left, right) index pairs.
QVector<QPair<int, int>> alignRuns(const SentenceUnits &units, const QVector<ParagraphStems> &l,
                                   const QVector<ParagraphStems> &r, const QVector<int> &a,
                                   const QVector<int> &b, double threshold)
{
    const int n = a.size();
    const int m = b.size();
    QVector<double> score((n + 1) * (m + 1), 0.0);
    QVector<quint8> move((n + 1) * (m + 1), 0);
    auto at = [m](int i, int j) { return i * (m + 1) + j; };
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            double best = -1.0;
            quint8 how = 0;
            if (i > 0 && score[at(i - 1, j)] > best) {
                best = score[at(i - 1, j)];
                how = 1;
            }
            if (j > 0 && score[at(i, j - 1)] > best) {
                best = score[at(i, j - 1)];
                how = 2;
            }
            if (i > 0 && j > 0) {
                const ParagraphStems &x = l[a[i - 1]];
                const ParagraphStems &y = r[b[j - 1]];
                const double sim = units.similarity(x.stems, x.weight, y.stems, y.weight);
                if (sim > threshold) {
                    const double g = score[at(i - 1, j - 1)] + (sim - threshold) * double(x.weight + y.weight);
                    if (g > best) {
                        best = g;
                        how = 3;
                    }
                }
            }
            score[at(i, j)] = best;
            move[at(i, j)] = how;
        }
    }
    QVector<QPair<int, int>> pairs;
    for (int i = n, j = m; i > 0 || j > 0;) {
        const quint8 how = move[at(i, j)];
        if (how == 1) {
            --i;
        } else if (how == 2) {
            --j;
        } else {
            pairs.prepend({a[i - 1], b[j - 1]});
            --i;
            --j;
        }
    }
    return pairs;
}

/// The bounds of each component with both sides, indexed by root node (a vector, not a
/// map: a table of half a million cells has as many components).
QVector<Bounds> componentBounds(ParagraphComponents *c, bool skipMoved)
{
    QVector<Bounds> bounds(c->leftCount() + c->rightCount());
    for (int p = 0; p < c->leftCount(); ++p) {
        if (!c->isLinked(0, p) || (skipMoved && c->isMoved(0, p)))
            continue;
        Bounds &b = bounds[c->find(c->node(0, p))];
        b.minLeft = std::min(b.minLeft, p);
        b.maxLeft = std::max(b.maxLeft, p);
    }
    for (int q = 0; q < c->rightCount(); ++q) {
        if (!c->isLinked(1, q) || (skipMoved && c->isMoved(1, q)))
            continue;
        Bounds &b = bounds[c->find(c->node(1, q))];
        b.minRight = std::min(b.minRight, q);
        b.maxRight = std::max(b.maxRight, q);
    }
    return bounds;
}

} // namespace

void rescueParagraphs(const SentenceUnits &units, double threshold, ParagraphComponents *c)
{
    const QVector<Bounds> bounds = componentBounds(c, true);
    QVector<Bounds> ordered;
    for (const Bounds &b : bounds)
        if (b.maxLeft >= 0 && b.maxRight >= 0)
            ordered.append(b);
    std::sort(ordered.begin(), ordered.end(),
              [](const Bounds &x, const Bounds &y) { return x.minLeft < y.minLeft; });
    const QVector<ParagraphStems> l = paragraphStems(units, 0, c->leftCount());
    const QVector<ParagraphStems> r = paragraphStems(units, 1, c->rightCount());

    int fromLeft = 0, fromRight = 0;
    for (int k = 0; k <= ordered.size(); ++k) {
        const int toLeft = k < ordered.size() ? ordered[k].minLeft : c->leftCount();
        const int toRight = k < ordered.size() ? ordered[k].minRight : c->rightCount();
        QVector<int> a, b;
        for (int p = fromLeft; p < toLeft; ++p)
            if (!c->isLinked(0, p))
                a.append(p);
        for (int q = fromRight; q < toRight; ++q)
            if (!c->isLinked(1, q))
                b.append(q);
        // Only gaps held between aligned passages are paraphrase candidates: with nothing
        // aligned at all the documents are unrelated, and past a million cells the gap is
        // two unrelated stretches.
        if (!ordered.isEmpty() && !a.isEmpty() && !b.isEmpty()
            && qint64(a.size()) * b.size() <= 1'000'000)
            for (const auto &pair : alignRuns(units, l, r, a, b, threshold))
                c->link(pair.first, pair.second);
        if (k < ordered.size()) {
            fromLeft = std::max(fromLeft, ordered[k].maxLeft + 1);
            fromRight = std::max(fromRight, ordered[k].maxRight + 1);
        }
    }
}

QVector<int> linkOrder(const QVector<Link> &links, int rightCount)
{
    // Right paragraphs with no left side sit after the passage holding the right paragraph
    // before them (moved passages stand elsewhere in the left order, so they don't count).
    QVector<int> holder(rightCount, -1);
    for (int i = 0; i < links.size(); ++i)
        if (links[i].kind != LinkKind::Moved && !links[i].paragraphs[Left].isEmpty())
            for (int q : links[i].paragraphs[Right])
                holder[q] = i;
    // The nearest holder before each right paragraph, in one pass (a backward search per
    // inserted paragraph was quadratic in a long run of them).
    QVector<int> holderBefore(rightCount + 1, -1);
    for (int q = 0; q < rightCount; ++q)
        holderBefore[q + 1] = holder[q] >= 0 ? holder[q] : holderBefore[q];
    QVector<QPair<QPair<int, int>, int>> keyed;
    keyed.reserve(links.size());
    for (int i = 0; i < links.size(); ++i) {
        const Link &link = links[i];
        int primary = -1;
        int secondary = link.paragraphs[Right].isEmpty() ? -1 : link.paragraphs[Right].first();
        if (!link.paragraphs[Left].isEmpty()) {
            primary = 2 * link.paragraphs[Left].first();
        } else if (secondary > 0 && holderBefore[secondary] >= 0) {
            primary = 2 * links[holderBefore[secondary]].paragraphs[Left].last() + 1;
        }
        keyed.append({{primary, secondary}, i});
    }
    std::sort(keyed.begin(), keyed.end());
    QVector<int> order;
    order.reserve(keyed.size());
    for (const auto &k : keyed)
        order.append(k.second);
    return order;
}

QVector<Link> buildLinks(ParagraphComponents *c)
{
    QVector<int> indexOfRoot(c->leftCount() + c->rightCount(), -1);
    QVector<Link> links;
    auto linkOf = [&](int side, int paragraph) -> Link & {
        int &index = indexOfRoot[c->find(c->node(side, paragraph))];
        if (index < 0) {
            index = int(links.size());
            Link link;
            link.kind = c->isMoved(side, paragraph) ? LinkKind::Moved : LinkKind::Modified;
            links.append(link);
        }
        return links[index];
    };
    for (int p = 0; p < c->leftCount(); ++p) {
        if (c->isLinked(0, p)) {
            linkOf(0, p).paragraphs[Left].append(p);
        } else {
            Link link;
            link.kind = LinkKind::Deleted;
            link.paragraphs[Left].append(p);
            links.append(link);
        }
    }
    for (int q = 0; q < c->rightCount(); ++q) {
        if (c->isLinked(1, q)) {
            linkOf(1, q).paragraphs[Right].append(q);
        } else {
            Link link;
            link.kind = LinkKind::Inserted;
            link.paragraphs[Right].append(q);
            links.append(link);
        }
    }
    QVector<Link> ordered;
    ordered.reserve(links.size());
    for (int i : linkOrder(links, c->rightCount()))
        ordered.append(std::move(links[i]));
    return ordered;
}

} // namespace Recension
