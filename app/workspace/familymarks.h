#pragma once

#include "family/family.h"
#include "workspace/reviewmarks.h"

#include <QHash>
#include <QPair>
#include <QVector>

namespace Recension {

/// @brief Where the review marks of a workspace show in its family: a tally per pair of
/// versions, and the marks that touch each cell of the quotation and fact grids.
/// Version indices are the family's, which are the workspace's when the family is made of
/// the workspace's versions in order.
class FamilyMarks final
{
public:
    struct Tally
    {
        int checked = 0;
        int disputed = 0;
        bool isEmpty() const { return checked == 0 && disputed == 0; }
    };

    /// @brief Resolves `marks` against the family's comparisons. Only marks that still find
    /// their change or finding count; a mark whose words are gone shows in the window's lists.
    static FamilyMarks place(const FamilyAnalysis &family, const ReviewMarks &marks);

    bool isEmpty() const { return m_pairs.isEmpty(); }
    /// @brief The marks set on a pair, either way round.
    Tally pair(int a, int b) const;
    /// @brief The marks on the changes and findings of a base quotation (a row of the
    /// quotation grid) in one version, in the order they were set.
    QVector<PlacedMark> quote(int row, int version) const;
    /// @brief The marks on a fact of the base (a row of the fact grid) in one version.
    QVector<PlacedMark> fact(int row, int version) const;

private:
    QHash<QPair<int, int>, Tally> m_pairs;
    QHash<QPair<int, int>, QVector<PlacedMark>> m_quotes; ///< (row, version)
    QHash<QPair<int, int>, QVector<PlacedMark>> m_facts;  ///< (row, version)
};

/// @brief Signs for marks, the way the views write them: "✓", "✗", "✓2 ✗1".
QString markSigns(const QVector<PlacedMark> &marks);
QString tallySigns(const FamilyMarks::Tally &tally);
/// @brief A sentence for tooltips and screen readers: "Review marks: 2 checked, 1 disputed."
QString tallySentence(const FamilyMarks::Tally &tally);
/// @brief One line per mark: "Disputed: the note".
QString markLines(const QVector<PlacedMark> &marks);

} // namespace Recension
