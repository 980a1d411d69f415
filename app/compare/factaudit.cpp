#include "compare/factaudit.h"

#include "compare/factfinder.h"

#include <QHash>

#include <algorithm>

namespace Recension {

namespace {

/// Past this many facts a document is a book, not an article: only the facts that changed,
/// went missing or were added are kept, or the list would drown them.
constexpr int kMostFacts = 5000;

bool before(const Span &a, const Span &b)
{
    return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
}

class FactAuditor final
{
public:
    FactAuditor(const AuditContext &context, Comparison *comparison)
        : m_context(context)
        , m_comparison(comparison)
        , m_map(context, *comparison)
        , m_changes(*comparison)
    {
    }

    void run()
    {
        QVector<Fact> facts;
        // Right spans of the left facts, sorted by paragraph: those are no additions (one
        // table, not a list per paragraph: a table of figures has a fact on every row).
        QVector<Span> claimed;
        {
            const QVector<FactTokens> leftFacts = findFacts(m_context.facts, Left, m_context.functionWords);
            facts.reserve(leftFacts.size());
            for (const FactTokens &found : leftFacts) {
                Fact fact = fateOf(found);
                if (!fact.sides[Right].isNull())
                    claimed.append(fact.sides[Right]);
                facts.append(fact);
            }
        }
        const auto byParagraph = [](const Span &a, const Span &b) { return a.paragraph < b.paragraph; };
        std::stable_sort(claimed.begin(), claimed.end(), byParagraph);
        // Missing left facts by paragraph, for rejoin(): a book has tens of thousands.
        QHash<int, QVector<int>> missing;
        for (int i = 0; i < facts.size(); ++i)
            if (facts[i].status == FactStatus::Missing)
                missing[facts[i].sides[Left].paragraph].append(i);
        QVector<Fact> added; // in right order
        for (const FactTokens &found : findFacts(m_context.facts, Right, m_context.functionWords)) {
            const Span span = spanOf(Right, found);
            const auto [nearBegin, nearEnd] = std::equal_range(claimed.cbegin(), claimed.cend(), span, byParagraph);
            const bool isClaimed = std::any_of(nearBegin, nearEnd, [&](const Span &c) {
                return c.start < span.end && c.end > span.start;
            });
            if (isClaimed)
                continue;
            const QVector<int> changes = altering(Right, span);
            if (changes.isEmpty())
                continue; // equal words the left version did not read as a fact
            if (rejoin(found.kind, span, changes, missing, &facts))
                continue;
            Fact fact;
            fact.kind = found.kind;
            fact.status = FactStatus::Added;
            fact.sides[Right] = span;
            fact.changes = ids(changes);
            added.append(fact);
        }
        const bool dropSame = facts.size() + added.size() > kMostFacts;
        m_comparison->facts = withAdditions(facts, added, dropSame);
    }

    /// Each added fact goes after the last left fact whose right side stands before it.
    /// The additions come in right order, so that place only moves forward: one sweep.
    /// With `dropSame`, the facts that stayed the same are left out (places are still
    /// worked out among all of them), and the list is built at its final size.
    static QVector<Fact> withAdditions(const QVector<Fact> &facts, const QVector<Fact> &added, bool dropSame)
    {
        QVector<int> byRight; // left facts with a right side, in right order
        for (int i = 0; i < facts.size(); ++i)
            if (!facts[i].sides[Right].isNull())
                byRight.append(i);
        std::stable_sort(byRight.begin(), byRight.end(), [&](int a, int b) {
            return before(facts[a].sides[Right], facts[b].sides[Right]);
        });
        QVector<int> place(added.size(), 0); // insert before facts[place]
        int seen = 0, latest = -1;
        for (int k = 0; k < added.size(); ++k) {
            while (seen < byRight.size() && before(facts[byRight[seen]].sides[Right], added[k].sides[Right]))
                latest = std::max(latest, byRight[seen++]);
            place[k] = latest + 1;
        }
        const auto kept = [dropSame](const Fact &fact) {
            return !dropSame || fact.status != FactStatus::Same;
        };
        QVector<Fact> out;
        out.reserve(std::count_if(facts.cbegin(), facts.cend(), kept)
                    + std::count_if(added.cbegin(), added.cend(), kept));
        int k = 0;
        for (int i = 0; i <= facts.size(); ++i) {
            for (; k < added.size() && place[k] == i; ++k)
                if (kept(added[k]))
                    out.append(added[k]);
            if (i < facts.size() && kept(facts[i]))
                out.append(facts[i]);
        }
        return out;
    }

private:
    /// A fact the word diff saw deleted in one place and inserted in another of the same
    /// passage ("Harbour Board chair Tomasz Wierzbicki" reworded as "Tomasz Wierzbiki,
    /// the Harbour Board chair") is one fact, moved and maybe
    /// respelled: the missing left fact takes the right one as its counterpart.
    bool rejoin(FactKind kind, const Span &right, const QVector<int> &changes,
                const QHash<int, QVector<int>> &missing, QVector<Fact> *facts) const
    {
        QVector<int> candidates;
        for (int p : m_map.facingParagraphs(Right, right.paragraph))
            candidates += missing.value(p);
        std::sort(candidates.begin(), candidates.end());
        const QString rightText = m_comparison->spanText(Right, right).toCaseFolded();
        for (int index : std::as_const(candidates)) {
            Fact &fact = (*facts)[index];
            if (fact.status != FactStatus::Missing || fact.kind != kind)
                continue;
            const QString leftText = m_comparison->spanText(Left, fact.sides[Left]).toCaseFolded();
            bool same = leftText == rightText;
            bool close = same;
            if (kind == FactKind::Number || kind == FactKind::Date) {
                same = same || valuesIn(Left, fact.sides[Left]) == valuesIn(Right, right);
                close = same;
            } else if (!same) {
                const int limit = std::max(1, int(std::min(leftText.size(), rightText.size())) / 6);
                close = editDistance(leftText, rightText, limit) <= limit;
            }
            if (!close)
                continue;
            fact.sides[Right] = right;
            fact.status = same ? FactStatus::Same : FactStatus::Changed;
            if (same)
                fact.changes.clear();
            else
                for (int i : changes)
                    if (!fact.changes.contains(m_comparison->changes[i].id))
                        fact.changes.append(m_comparison->changes[i].id);
            std::sort(fact.changes.begin(), fact.changes.end());
            return true;
        }
        return false;
    }

    Span spanOf(Side side, const FactTokens &found, bool core = false) const
    {
        const QVector<Token> &tokens = m_context.texts[side]->paragraphs[found.paragraph].tokens;
        Span span;
        span.paragraph = found.paragraph;
        span.start = tokens[found.first].start;
        span.end = tokens[core ? found.coreLast() : found.last].end();
        return span;
    }

    QVector<double> valuesIn(Side side, const Span &span) const
    {
        QVector<double> values;
        if (span.isNull())
            return values;
        const AnalysedDocument &text = *m_context.texts[side];
        for (const PassageToken &pt : wordsIn(text, span.paragraph, span.start, span.end))
            if (const auto value = m_context.facts.numberValue(text.paragraphs[pt.paragraph].tokens[pt.token]))
                values.append(*value);
        std::sort(values.begin(), values.end());
        return values;
    }

    /// Whether a change alters what a fact says. Case, punctuation, an inflection ("the
    /// Board's") and the same value or name written differently (`format`, "two" for "2")
    /// leave it standing. A synonym does not: "Health Minister" and "Wellness Minister"
    /// are two offices, however close the words.
    bool altersFact(const Change &change) const
    {
        switch (change.category) {
        case Category::Case:
        case Category::Punctuation:
        case Category::Moved:
        case Category::Format:
        case Category::Inflection:
            return false;
        case Category::Number:
            return valuesIn(Left, change.sides[Left]) != valuesIn(Right, change.sides[Right]);
        default:
            return true;
        }
    }

    QVector<int> altering(Side side, const Span &span) const
    {
        QVector<int> found;
        for (int i : m_changes.overlapping(side, span.paragraph, span.start, span.end))
            if (altersFact(m_comparison->changes[i]))
                found.append(i);
        return found;
    }

    QVector<int> ids(const QVector<int> &changes) const
    {
        QVector<int> out;
        for (int i : changes)
            out.append(m_comparison->changes[i].id);
        return out;
    }

    /// The same words still standing, in order, in the paragraphs facing the fact: a
    /// rewrite moved the name within its passage ("floods in Norway" and "in Norway
    /// amid riots"). Returns a null span when they are not there.
    Span movedWithinPassage(const FactTokens &found) const
    {
        const AnalysedParagraph &source = m_context.texts[Left]->paragraphs[found.paragraph];
        QVector<quint32> stems;
        for (int t = found.first; t <= found.last; ++t)
            if (source.tokens[t].isWord())
                stems.append(source.tokens[t].stem);
        if (stems.isEmpty())
            return {};
        for (int q : m_map.facingParagraphs(Left, found.paragraph)) {
            const QVector<Token> &tokens = m_context.texts[Right]->paragraphs[q].tokens;
            for (int t = 0; t < tokens.size(); ++t) {
                if (!tokens[t].isWord())
                    continue;
                int matched = 0;
                int u = t;
                for (; u < tokens.size() && matched < stems.size(); ++u) {
                    if (!tokens[u].isWord())
                        continue;
                    if (tokens[u].stem != stems[matched])
                        break;
                    ++matched;
                }
                if (matched == stems.size())
                    return Span{q, tokens[t].start, tokens[u - 1].end()};
            }
        }
        return {};
    }

    Fact fateOf(const FactTokens &found) const
    {
        Fact fact;
        fact.kind = found.kind;
        fact.sides[Left] = spanOf(Left, found);
        // A number's unit may be reworded ("people", "individuals"): its value is the fact.
        const QVector<int> changes = altering(Left, spanOf(Left, found, true));

        // The right side: the words the diff found equal, and what the changes put there.
        QVector<Span> pieces;
        for (int t = found.first; t <= found.last; ++t) {
            const PassageToken other = m_map.counterpart(Left, found.paragraph, t);
            if (other.paragraph < 0)
                continue;
            const Token &token = m_context.texts[Right]->paragraphs[other.paragraph].tokens[other.token];
            pieces.append(Span{other.paragraph, token.start, token.end()});
        }
        const Span &left = fact.sides[Left];
        for (int i : m_changes.overlapping(Left, left.paragraph, left.start, left.end)) {
            const Change &change = m_comparison->changes[i];
            // A unit's synonym belongs to the fact's right side; a comma facing it does not.
            if (!change.sides[Right].isNull()
                && (changes.contains(i) || change.category != Category::Punctuation))
                pieces.append(change.sides[Right]);
        }
        if (!changes.isEmpty() && found.kind != FactKind::Number && found.kind != FactKind::Date) {
            const Span moved = movedWithinPassage(found);
            if (!moved.isNull()) {
                fact.status = FactStatus::Same;
                fact.sides[Right] = moved;
                return fact;
            }
        }
        bool deletedOnly = true;
        for (int i : changes)
            deletedOnly = deletedOnly && m_comparison->changes[i].category == Category::Deleted;
        if (changes.isEmpty())
            fact.status = FactStatus::Same;
        else if (deletedOnly)
            fact.status = FactStatus::Missing;
        else
            fact.status = FactStatus::Changed;
        fact.changes = ids(changes);
        if (!pieces.isEmpty() && fact.status != FactStatus::Missing) {
            Span right = pieces.first();
            for (const Span &piece : std::as_const(pieces)) {
                if (piece.paragraph != right.paragraph)
                    continue;
                right.start = std::min(right.start, piece.start);
                right.end = std::max(right.end, piece.end);
            }
            fact.sides[Right] = right;
        }
        return fact;
    }

    const AuditContext &m_context;
    Comparison *m_comparison;
    TokenMap m_map;
    ChangeLocator m_changes;
};

} // namespace

void auditFacts(const AuditContext &context, Comparison *comparison)
{
    FactAuditor auditor(context, comparison);
    auditor.run();
}

} // namespace Recension
