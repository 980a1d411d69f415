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

/// One quotation of one version: a QuoteSpan, or several when its attribution splits it.
struct Unit
{
    QVector<QuoteSpan> fragments;
    QVector<PassageToken> words;
    QHash<quint32, int> content; ///< stem -> occurrences among the words that carry meaning
    int contentSize = 0;
    Attribution attribution;
    Attribution antecedent; ///< whom a pronoun names when no quotation comes before it
    int partner = -1; ///< index of the paired unit of the other side

    int firstParagraph() const { return fragments.first().paragraph; }
    int lastParagraph() const { return fragments.last().endParagraph; }
};

inline int shared(const QHash<quint32, int> &a, const QHash<quint32, int> &b)
{
    const QHash<quint32, int> &small = a.size() <= b.size() ? a : b;
    const QHash<quint32, int> &large = a.size() <= b.size() ? b : a;
    int count = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        count += std::min(it.value(), large.value(it.key()));
    return count;
}

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
