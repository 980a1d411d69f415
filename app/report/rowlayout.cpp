#include "report/rowlayout.h"

#include <algorithm>

namespace Recension {

namespace {

/// A block of one column: one side of a link, or a paragraph no link covers.
struct Item
{
    int link = -1;
    QVector<int> paragraphs;
    bool anchor = false; ///< the link faces its other side on one row
};

/// Indices (into `values`) of a longest strictly increasing subsequence.
QVector<int> longestIncreasing(const QVector<int> &values)
{
    QVector<int> tailIndex;          // index of the smallest tail of each length
    QVector<int> previous(values.size(), -1);
    for (int i = 0; i < values.size(); ++i) {
        auto it = std::lower_bound(tailIndex.begin(), tailIndex.end(), values[i],
                                   [&](int idx, int v) { return values[idx] < v; });
        const int length = int(it - tailIndex.begin());
        if (length > 0)
            previous[i] = tailIndex[length - 1];
        if (it == tailIndex.end())
            tailIndex.append(i);
        else
            *it = i;
    }
    QVector<int> result;
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous[i])
        result.prepend(i);
    return result;
}

} // namespace

RowLayout::RowLayout(const Comparison &comparison, Clutter clutter)
{
    const QVector<Link> &links = comparison.links;
    std::array<int, 2> paragraphCounts{};
    for (Side side : {Left, Right})
        paragraphCounts[side] = comparison.documents[side]
                                    ? int(comparison.documents[side]->paragraphs.size())
                                    : 0;

    // Each paragraph belongs to the first link that claims it; the rest is left uncovered.
    std::array<QVector<int>, 2> owner;
    std::array<QVector<QVector<int>>, 2> claimed;
    for (Side side : {Left, Right}) {
        owner[side].fill(-1, paragraphCounts[side]);
        claimed[side].resize(links.size());
        for (int l = 0; l < links.size(); ++l) {
            for (int p : links[l].paragraphs[side]) {
                if (p < 0 || p >= paragraphCounts[side] || owner[side][p] >= 0)
                    continue;
                owner[side][p] = l;
                claimed[side][l].append(p);
            }
            std::sort(claimed[side][l].begin(), claimed[side][l].end());
        }
    }

    // Links that may face each other: both sides present, not moved, in order on both
    // sides (the longest run of them that is increasing on the right too).
    QVector<int> candidates;
    for (int l = 0; l < links.size(); ++l) {
        if (links[l].kind != LinkKind::Moved && !claimed[Left][l].isEmpty()
            && !claimed[Right][l].isEmpty())
            candidates.append(l);
    }
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        return claimed[Left][a].first() < claimed[Left][b].first();
    });
    QVector<int> rightStarts;
    for (int l : candidates)
        rightStarts.append(claimed[Right][l].first());
    QVector<bool> anchor(links.size(), false);
    for (int i : longestIncreasing(rightStarts))
        anchor[candidates[i]] = true;

    std::array<QVector<Item>, 2> columns;
    for (Side side : {Left, Right}) {
        for (int l = 0; l < links.size(); ++l) {
            if (!claimed[side][l].isEmpty())
                columns[side].append({l, claimed[side][l], anchor[l]});
        }
        for (int p = 0; p < paragraphCounts[side]; ++p) {
            if (owner[side][p] < 0)
                columns[side].append({-1, {p}, false});
        }
        std::sort(columns[side].begin(), columns[side].end(),
                  [](const Item &a, const Item &b) {
                      return a.paragraphs.first() < b.paragraphs.first();
                  });
    }

    m_rowsOfLink.fill({-1, -1}, links.size());
    auto isOneSided = [&](const Item &item) {
        return item.link >= 0 && (claimed[Left][item.link].isEmpty()
                                  || claimed[Right][item.link].isEmpty());
    };
    auto emitSide = [&](Side side, const Item &item) {
        LayoutRow row;
        row.link = item.link;
        row.kind = item.link >= 0 ? links[item.link].kind
                                  : (side == Left ? LinkKind::Deleted : LinkKind::Inserted);
        row.paragraphs[side] = item.paragraphs;
        row.split = item.link >= 0 && !isOneSided(item);
        if (item.link >= 0)
            m_rowsOfLink[item.link][side] = int(m_rows.size());
        m_rows.append(row);
    };

    int i = 0;
    int j = 0;
    const QVector<Item> &left = columns[Left];
    const QVector<Item> &right = columns[Right];
    while (i < left.size() || j < right.size()) {
        const bool leftOpen = i < left.size();
        const bool rightOpen = j < right.size();
        if (leftOpen && rightOpen && left[i].anchor && right[j].anchor) {
            // Both columns wait at an anchor; the increasing order makes it the same one.
            Q_ASSERT(left[i].link == right[j].link);
            LayoutRow row;
            row.link = left[i].link;
            row.kind = links[row.link].kind;
            row.paragraphs = {left[i].paragraphs, right[j].paragraphs};
            m_rowsOfLink[row.link] = {int(m_rows.size()), int(m_rows.size())};
            m_rows.append(row);
            ++i;
            ++j;
        } else if (leftOpen && !left[i].anchor
                   && !(rightOpen && !right[j].anchor && isOneSided(left[i])
                        && isOneSided(right[j]) && right[j].link < left[i].link)) {
            // Between anchors, one-sided passages keep the link order; others go left first.
            emitSide(Left, left[i++]);
        } else if (rightOpen && !right[j].anchor) {
            emitSide(Right, right[j++]);
        } else if (leftOpen) {
            emitSide(Left, left[i++]);
        } else {
            emitSide(Right, right[j++]);
        }
    }

    if (clutter == Clutter::Shown)
        insertAsideRows(comparison);

    for (Side side : {Left, Right})
        m_rowOfParagraph[side].fill(-1, paragraphCounts[side]);
    for (int r = 0; r < m_rows.size(); ++r) {
        for (Side side : {Left, Right}) {
            for (int p : m_rows[r].paragraphs[side])
                m_rowOfParagraph[side][p] = r;
        }
    }
    for (int l = 0; l < links.size(); ++l) {
        const auto rows = m_rowsOfLink[l];
        if (rows[Left] >= 0 && rows[Right] >= 0 && rows[Left] != rows[Right])
            m_splitLinks.append(l);
    }
}

void RowLayout::insertAsideRows(const Comparison &comparison)
{
    // The row each aside paragraph goes above: the row of the paragraph after it, or past
    // the last row.
    std::array<QVector<int>, 2> rowOf;
    for (Side side : {Left, Right}) {
        const int count = comparison.documents[side]
            ? int(comparison.documents[side]->paragraphs.size()) : 0;
        rowOf[side].fill(int(m_rows.size()), count + 1);
        for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
            for (int p : m_rows[r].paragraphs[side])
                rowOf[side][p] = r;
        }
    }
    QVector<std::array<QVector<int>, 2>> above(m_rows.size() + 1);
    bool any = false;
    for (Side side : {Left, Right}) {
        if (!comparison.documents[side])
            continue;
        const QVector<AsideParagraph> &aside = comparison.documents[side]->setAside;
        for (int a = 0; a < aside.size(); ++a) {
            const int before = std::clamp(aside[a].before, 0, int(rowOf[side].size()) - 1);
            above[rowOf[side][before]][side].append(a);
            any = true;
        }
    }
    if (!any)
        return;
    QVector<LayoutRow> rows;
    rows.reserve(m_rows.size() + 8);
    for (int r = 0; r <= m_rows.size(); ++r) {
        if (!above[r][Left].isEmpty() || !above[r][Right].isEmpty()) {
            LayoutRow row;
            row.aside = above[r];
            rows.append(row);
        }
        if (r < m_rows.size())
            rows.append(m_rows[r]);
    }
    m_rows = std::move(rows);
    m_rowsOfLink.fill({-1, -1}, comparison.links.size());
    for (int r = 0; r < m_rows.size(); ++r) {
        const LayoutRow &row = m_rows[r];
        for (Side side : {Left, Right}) {
            if (row.link >= 0 && row.hasSide(side))
                m_rowsOfLink[row.link][side] = r;
        }
    }
}

int RowLayout::rowOfParagraph(Side side, int paragraph) const
{
    const QVector<int> &rows = m_rowOfParagraph[side];
    return paragraph >= 0 && paragraph < rows.size() ? rows[paragraph] : -1;
}

int RowLayout::indexInCell(Side side, int paragraph) const
{
    const int r = rowOfParagraph(side, paragraph);
    return r < 0 ? -1 : int(m_rows[r].paragraphs[side].indexOf(paragraph));
}

std::array<int, 2> RowLayout::rowsOfLink(int link) const
{
    return link >= 0 && link < m_rowsOfLink.size() ? m_rowsOfLink[link]
                                                    : std::array<int, 2>{-1, -1};
}

std::array<int, 2> RowLayout::rowsOfChange(const Change &change) const
{
    std::array<int, 2> rows{-1, -1};
    for (Side side : {Left, Right}) {
        if (!change.sides[side].isNull())
            rows[side] = rowOfParagraph(side, change.sides[side].paragraph);
    }
    return rows;
}

} // namespace Recension
