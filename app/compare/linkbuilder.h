#pragma once

#include "compare/comparison.h"
#include "compare/sentenceunits.h"

#include <QVector>

#include <numeric>

namespace Recension {

/// Union-find over paragraph nodes: left paragraph p is node p, right paragraph q is node
/// leftCount + q. The root of a component is its smallest node, so component identity
/// does not depend on the order of unions.
class ParagraphComponents final
{
public:
    ParagraphComponents(int leftCount, int rightCount)
        : m_leftCount(leftCount)
        , m_parent(leftCount + rightCount)
        , m_linked(leftCount + rightCount, false)
        , m_moved(leftCount + rightCount, false)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int leftCount() const { return m_leftCount; }
    int rightCount() const { return m_parent.size() - m_leftCount; }
    int node(int side, int paragraph) const { return side == 0 ? paragraph : m_leftCount + paragraph; }
    bool isLinked(int side, int paragraph) const { return m_linked[node(side, paragraph)]; }
    bool isMoved(int side, int paragraph) const { return m_moved[node(side, paragraph)]; }

    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    /// @brief Joins left paragraph p and right paragraph q into one passage.
    void link(int p, int q, bool moved = false)
    {
        const int a = find(node(0, p));
        const int b = find(node(1, q));
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
        m_linked[node(0, p)] = m_linked[node(1, q)] = true;
        if (moved)
            m_moved[node(0, p)] = m_moved[node(1, q)] = true;
    }

private:
    int m_leftCount;
    QVector<int> m_parent;
    QVector<bool> m_linked;
    QVector<bool> m_moved;
};

/// @brief Pairs paragraphs left unlinked between two aligned passages when they are similar
/// enough as wholes (a heavy paraphrase whose sentences match too weakly one by one).
void rescueParagraphs(const SentenceUnits &units, double threshold, ParagraphComponents *components);

/// @brief The spec's order of links: by left position; a link with no left side where its
/// right side falls between the others. Returns indices into `links`.
QVector<int> linkOrder(const QVector<Link> &links, int rightCount);

/// @brief Turns the components into links in the spec's order, adding deleted and inserted ones.
QVector<Link> buildLinks(ParagraphComponents *components);

} // namespace Recension
