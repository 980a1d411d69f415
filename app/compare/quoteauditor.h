#pragma once

// The quotation audit's working parts, shared by quoteaudit.cpp (finding and pairing the
// quotations) and quotefate.cpp (what became of each: wording kept, speaker, changes).
// Private to app/compare: include quoteaudit.h elsewhere.
#include "compare/attribution.h"
#include "compare/auditcontext.h"
#include "compare/comparison.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Recension::QuoteAuditing {

/// Least pairing score (Dice of the content words, plus the bonus) for two quotations to be
/// one. A spun copy keeps about two thirds of a quotation's words; two different quotations
/// of one story share a name or two.
constexpr double kPairScore = 0.45;
/// Added to the score when the two quotations lie in passages the alignment linked.
constexpr double kLinkedBonus = 0.2;
/// A stem in more right quotations than this does not make them candidates by itself.
constexpr int kCandidateStemLimit = 64;
/// Share of a quotation's words that must survive, unquoted, for it to count as `unquoted`.
constexpr double kUnquotedShare = 0.6;
/// The most a quotation's similarity reads when it is not verbatim.
constexpr double kNotVerbatim = 0.9999;

/// A quotation's stems and how often each occurs, sorted by stem. A quotation holds a few
/// words, and pairing intersects these sets millions of times in a long text of many
/// quotations: two sorted runs walked side by side cost less than hash lookups.
class StemCounts final
{
public:
    using Entry = std::pair<quint32, int>;

    /// The counts of `stems`, in any order (sorted here, so a long quotation costs n log n).
    static StemCounts of(std::vector<quint32> stems)
    {
        std::sort(stems.begin(), stems.end());
        StemCounts counts;
        for (quint32 stem : stems) {
            if (!counts.m_entries.empty() && counts.m_entries.back().first == stem)
                ++counts.m_entries.back().second;
            else
                counts.m_entries.push_back(Entry{stem, 1});
        }
        return counts;
    }
    /// Adds `other`'s occurrences to these, in one walk of the two.
    void add(const StemCounts &other)
    {
        std::vector<Entry> sum;
        sum.reserve(m_entries.size() + other.m_entries.size());
        auto i = m_entries.cbegin();
        auto j = other.m_entries.cbegin();
        while (i != m_entries.cend() || j != other.m_entries.cend()) {
            if (j == other.m_entries.cend() || (i != m_entries.cend() && i->first < j->first)) {
                sum.push_back(*i++);
            } else if (i == m_entries.cend() || j->first < i->first) {
                sum.push_back(*j++);
            } else {
                sum.push_back(Entry{i->first, i->second + j->second});
                ++i;
                ++j;
            }
        }
        m_entries = std::move(sum);
    }
    std::vector<Entry>::const_iterator begin() const { return m_entries.cbegin(); }
    std::vector<Entry>::const_iterator end() const { return m_entries.cend(); }

    /// How many occurrences the two have in common (a stem twice here and once there, once).
    friend int shared(const StemCounts &a, const StemCounts &b)
    {
        int count = 0;
        auto i = a.m_entries.cbegin();
        auto j = b.m_entries.cbegin();
        while (i != a.m_entries.cend() && j != b.m_entries.cend()) {
            if (i->first < j->first) {
                ++i;
            } else if (j->first < i->first) {
                ++j;
            } else {
                count += std::min(i->second, j->second);
                ++i;
                ++j;
            }
        }
        return count;
    }

private:
    std::vector<Entry> m_entries;
};

/// One quotation of one version: a QuoteSpan, or several when its attribution splits it.
struct Unit
{
    QVector<QuoteSpan> fragments;
    QVector<PassageToken> words;
    StemCounts content; ///< the stems of the words that carry meaning, with their occurrences
    int contentSize = 0;
    Attribution attribution;
    Attribution antecedent; ///< whom a pronoun names when no quotation comes before it
    int partner = -1; ///< index of the paired unit of the other side

    int firstParagraph() const { return fragments.first().paragraph; }
    int lastParagraph() const { return fragments.last().endParagraph; }
};

inline double dice(int common, int a, int b)
{
    return a + b > 0 ? 2.0 * common / (a + b) : 0.0;
}

inline bool before(const Span &a, const Span &b)
{
    return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
}

struct WordComparison
{
    bool verbatim = true;
    double similarity = 1.0;
};


class QuoteAuditor final
{
public:
    QuoteAuditor(const AuditContext &context, Comparison *comparison)
        : m_context(context)
        , m_comparison(comparison)
        , m_map(context, *comparison)
        , m_changes(*comparison)
    {
    }

    void run();

private:
    void buildUnits(Side side);
    void addWords(Side side, Unit &unit, const QuoteSpan &fragment) const;
    void resolveSpeakers(Side side);
    void pair();
    void pairInPlace();
    PassageToken anchor(const Unit &unit, bool after) const;
    void absorbStrays(Side side);
    Quote paired(const Unit &left, const Unit &right);
    Quote unpaired(const Unit &left) const;
    WordComparison compareWords(const Unit &left, const Unit &right) const;
    bool insideFormatChange(Side side, const PassageToken &word) const;
    QVector<int> speakerChanges(const Unit &left, const Unit &right);
    QVector<int> changeIds(Side side, const Unit &unit) const;
    Span spanOf(const Unit &unit) const;

    const AuditContext &m_context;
    Comparison *m_comparison;
    TokenMap m_map;
    ChangeLocator m_changes;
    std::array<QVector<Unit>, 2> m_units;
};

} // namespace Recension::QuoteAuditing
