#pragma once

#include "compare/comparison.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace Recension {

/// A reading in which a copy departs from the base, anchored in the base's text so that the
/// variants of two copies of one base can be compared, as textual scholars compare the
/// readings of witnesses. Offsets are UTF-16 positions in the base paragraph.
struct Variant
{
    int paragraph = -1; ///< base paragraph; -1 for a passage the base does not have at all
    int start = -1;     ///< base range the copy replaced; -1 when the copy only inserted words
    int end = -1;
    QString baseText;   ///< the base's words as displayed ("" for an insertion)
    QString reading;    ///< the copy's words as displayed ("" for a deletion)
    QString readingKey; ///< `reading` case-folded, spaces collapsed: how readings are matched
    int change = 0;     ///< id of the change in the base-against-copy comparison
};

/// The variants of one copy against the base, indexed for comparison with another copy's.
class VariantSet final
{
public:
    /// @brief The variants of the copy in a comparison whose left side is the base: every
    /// change of wording or fact (not case, punctuation, format, or a passage's move).
    static VariantSet fromComparison(const Comparison &baseToCopy);

    const QVector<Variant> &variants() const { return m_variants; }
    int size() const { return int(m_variants.size()); }

    /// How a copy read the place where another copy departed from the base.
    enum class Reading { Same, Different, Base, Absent };
    /// @brief What this copy has where `other` (a variant of another copy) stands: the same
    /// reading, a different one, the base's reading, or nothing (the passage is gone).
    Reading readingAt(const Variant &other) const;

private:
    QVector<Variant> m_variants;
    QHash<int, QVector<int>> m_byParagraph;  ///< base paragraph -> indices into m_variants
    QHash<QString, int> m_unanchored;        ///< reading key of whole new passages -> count
    QSet<int> m_presentParagraphs;           ///< base paragraphs the copy still has
};

} // namespace Recension
