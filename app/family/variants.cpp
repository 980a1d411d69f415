#include "family/variants.h"

namespace Recension {

namespace {

QString readingKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/// A reading inside a longer one, when the shorter is long enough not to match by chance
/// ("a" is inside most readings; "do damage to" is not).
bool contains(const QString &longer, const QString &shorter)
{
    constexpr int kShortestContained = 4;
    return shorter.size() >= kShortestContained && longer.contains(shorter);
}

bool isVariantCategory(Category category)
{
    switch (category) {
    case Category::Case:
    case Category::Punctuation:
    case Category::Format:
    case Category::Moved:
        return false;
    default:
        return true;
    }
}

} // namespace

VariantSet VariantSet::fromComparison(const Comparison &baseToCopy)
{
    VariantSet set;
    for (const Link &link : baseToCopy.links) {
        if (link.kind == LinkKind::Deleted)
            continue;
        for (int paragraph : link.paragraphs[Left])
            set.m_presentParagraphs.insert(paragraph);
    }
    for (const Change &change : baseToCopy.changes) {
        if (!isVariantCategory(change.category))
            continue;
        Variant variant;
        variant.change = change.id;
        const Span &base = change.sides[Left];
        const Span &copy = change.sides[Right];
        if (!base.isNull()) {
            variant.paragraph = base.paragraph;
            variant.start = base.start;
            variant.end = base.end;
            variant.baseText = baseToCopy.spanText(Left, base);
        } else if (change.link >= 0 && change.link < baseToCopy.links.size()
                   && !baseToCopy.links[change.link].paragraphs[Left].isEmpty()) {
            // Words inserted inside an aligned passage stand at its first base paragraph.
            variant.paragraph = baseToCopy.links[change.link].paragraphs[Left].first();
        }
        if (!copy.isNull())
            variant.reading = baseToCopy.spanText(Right, copy);
        variant.readingKey = readingKey(variant.reading);
        if (variant.paragraph < 0 && variant.readingKey.isEmpty())
            continue;
        const int index = int(set.m_variants.size());
        if (variant.paragraph >= 0)
            set.m_byParagraph[variant.paragraph].append(index);
        else
            ++set.m_unanchored[variant.readingKey];
        set.m_variants.append(variant);
    }
    return set;
}

VariantSet::Reading VariantSet::readingAt(const Variant &other) const
{
    if (other.paragraph < 0)
        return m_unanchored.contains(other.readingKey) ? Reading::Same : Reading::Base;
    if (!m_presentParagraphs.contains(other.paragraph))
        return Reading::Absent;
    bool overlapped = false;
    for (int index : m_byParagraph.value(other.paragraph)) {
        const Variant &mine = m_variants[index];
        if (other.start < 0 || mine.start < 0) {
            // An insertion: only the same words inserted in the same passage match it.
            if (other.start < 0 && mine.start < 0 && mine.readingKey == other.readingKey)
                return Reading::Same;
            continue;
        }
        const bool overlaps = mine.start < other.end && other.start < mine.end;
        if (!overlaps)
            continue;
        overlapped = true;
        // A copy of a copy that reworded a little more around an inherited reading still
        // carries it: containment, not equality, of the readings.
        if (mine.readingKey == other.readingKey || contains(mine.readingKey, other.readingKey)
            || contains(other.readingKey, mine.readingKey))
            return Reading::Same;
    }
    return overlapped ? Reading::Different : Reading::Base;
}

} // namespace Recension
