#include "compare/quoteaudit.h"

#include "compare/quoteauditor.h"

#include <climits>

namespace Recension {

namespace QuoteAuditing {

void QuoteAuditor::run()
{
    for (int side = 0; side < 2; ++side) {
        buildUnits(Side(side));
        resolveSpeakers(Side(side));
    }
    pair();
    pairInPlace();
    absorbStrays(Left);
    absorbStrays(Right);
    QVector<Quote> quotes;
    for (Unit &unit : m_units[Left])
        quotes.append(unit.partner >= 0 ? paired(unit, m_units[Right][unit.partner])
                                        : unpaired(unit));
    for (const Unit &unit : std::as_const(m_units[Right])) {
        if (unit.partner >= 0)
            continue;
        Quote quote;
        quote.status = QuoteStatus::Added;
        quote.speaker = unit.attribution.speaker;
        quote.sides[Right] = spanOf(unit);
        quote.changes = changeIds(Right, unit);
        // Among the others by its place in the right version.
        int at = 0;
        for (int i = 0; i < quotes.size(); ++i)
            if (!quotes[i].sides[Right].isNull() && before(quotes[i].sides[Right], quote.sides[Right]))
                at = i + 1;
        quotes.insert(at, quote);
    }
    m_comparison->quotes = quotes;
}

void QuoteAuditor::addWords(Side side, Unit &unit, const QuoteSpan &fragment) const
{
    const AnalysedDocument &text = *m_context.texts[side];
    for (int p = fragment.paragraph; p <= fragment.endParagraph; ++p) {
        const int start = p == fragment.paragraph ? fragment.start : 0;
        const int end = p == fragment.endParagraph ? fragment.end
                                                   : int(text.document->paragraphs[p].text.size());
        unit.words += wordsIn(text, p, start, end);
    }
    std::vector<quint32> stems;
    for (bool all : {false, true}) {
        for (const PassageToken &pt : std::as_const(unit.words)) {
            const Token &token = text.paragraphs[pt.paragraph].tokens[pt.token];
            if (all || !m_context.functionWords.contains(token.key))
                stems.push_back(token.stem);
        }
        // A quotation of function words only ("as it was") is compared on all its words.
        if (!stems.empty())
            break;
    }
    unit.contentSize = int(stems.size());
    unit.content = StemCounts::of(std::move(stems));
}

void QuoteAuditor::buildUnits(Side side)
{
    const AnalysedDocument &text = *m_context.texts[side];
    const AttributionFinder finder(text, m_context.facts, side);
    const QVector<QuoteSpan> &spans = text.quotes;
    for (int i = 0; i < spans.size(); ++i) {
        Unit unit;
        unit.fragments.append(spans[i]);
        while (i + 1 < spans.size() && finder.isSplitAttribution(spans[i], spans[i + 1]))
            unit.fragments.append(spans[++i]);
        for (const QuoteSpan &fragment : std::as_const(unit.fragments))
            addWords(side, unit, fragment);
        const int first = i + 1 - int(unit.fragments.size());
        unit.attribution = finder.find(unit.fragments, first > 0 ? &spans[first - 1] : nullptr,
                                       i + 1 < spans.size() ? &spans[i + 1] : nullptr);
        if (unit.attribution.pronoun)
            unit.antecedent = finder.antecedent(unit.fragments.first());
        m_units[side].append(unit);
    }
}

void QuoteAuditor::resolveSpeakers(Side side)
{
    // "he said" names the speaker of the quotation before, in this paragraph or the one
    // before, else the person reported speaking earlier in the paragraph; a quotation with no attribution right after one of the same paragraph
    // continues it ('"…," Solberg said. "It is hoped …"').
    Attribution last;
    int lastParagraph = -2;
    for (Unit &unit : m_units[side]) {
        Attribution &a = unit.attribution;
        const bool recent = !last.speaker.isEmpty() && lastParagraph >= unit.firstParagraph() - 1;
        if (a.pronoun) {
            a = recent ? last : unit.antecedent;
            a.pronoun = true;
        } else if (a.speaker.isEmpty() && recent && lastParagraph == unit.firstParagraph()) {
            a = last;
            a.pronoun = true;
        }
        if (!a.speaker.isEmpty()) {
            last = a;
            last.pronoun = false;
            lastParagraph = unit.lastParagraph();
        }
    }
}

void QuoteAuditor::pair()
{
    QVector<Unit> &left = m_units[Left];
    QVector<Unit> &right = m_units[Right];
    QHash<quint32, QVector<QPair<int, int>>> index; // stem -> (right unit, occurrences)
    for (int r = 0; r < right.size(); ++r)
        for (const StemCounts::Entry &entry : right[r].content)
            index[entry.first].append({r, entry.second});

    struct Candidate
    {
        double score;
        int distance;
        int left;
        int right;
    };
    // Candidates are the right quotations that share a stem found in at most
    // kCandidateStemLimit of them, plus those facing the left one: every quotation
    // sharing a stem as common as "bridge" with thousands of others made this quadratic.
    // Below that many right quotations (any article) every shared stem counts, as before.
    QVector<QVector<int>> unitsOfParagraph;
    for (int r = 0; r < right.size(); ++r) {
        for (int p = right[r].firstParagraph(); p <= right[r].lastParagraph(); ++p) {
            if (p >= unitsOfParagraph.size())
                unitsOfParagraph.resize(p + 1);
            unitsOfParagraph[p].append(r);
        }
    }
    QVector<Candidate> candidates;
    QVector<int> seen(right.size(), -1);
    for (int l = 0; l < left.size(); ++l) {
        QVector<int> facing;
        for (int p = left[l].firstParagraph(); p <= left[l].lastParagraph(); ++p)
            facing += m_map.facingParagraphs(Left, p);
        QVector<int> others;
        const auto consider = [&](int r) {
            if (seen[r] != l) {
                seen[r] = l;
                others.append(r);
            }
        };
        for (const StemCounts::Entry &stem : left[l].content) {
            const QVector<QPair<int, int>> entries = index.value(stem.first);
            if (entries.size() <= kCandidateStemLimit)
                for (const auto &entry : entries)
                    consider(entry.first);
        }
        for (int p : std::as_const(facing))
            for (int r : unitsOfParagraph.value(p))
                consider(r);
        for (int rightIndex : std::as_const(others)) {
            const Unit &r = right[rightIndex];
            const int common = shared(left[l].content, r.content);
            if (common == 0)
                continue;
            const double d = dice(common, left[l].contentSize, r.contentSize);
            bool linked = false;
            for (int p = r.firstParagraph(); p <= r.lastParagraph() && !linked; ++p)
                linked = facing.contains(p);
            // A quotation of a word or two pairs only where it faces, on half its words.
            const bool tiny = std::min(left[l].contentSize, r.contentSize) <= 2;
            if (tiny && !(linked && d >= 0.5))
                continue;
            const double score = d + (linked ? kLinkedBonus : 0.0);
            if (score >= kPairScore)
                candidates.append({score, std::abs(left[l].firstParagraph() - r.firstParagraph()),
                                   l, rightIndex});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return a.left != b.left ? a.left < b.left : a.right < b.right;
    });
    for (const Candidate &c : std::as_const(candidates)) {
        if (left[c.left].partner >= 0 || right[c.right].partner >= 0)
            continue;
        left[c.left].partner = c.right;
        right[c.right].partner = c.left;
    }
}

PassageToken QuoteAuditor::anchor(const Unit &unit, bool after) const
{
    const AnalysedDocument &text = *m_context.texts[Left];
    const QuoteSpan &fragment = after ? unit.fragments.last() : unit.fragments.first();
    const int p = after ? fragment.endParagraph : fragment.paragraph;
    const QVector<Token> &tokens = text.paragraphs[p].tokens;
    const int from = tokenAt(text.paragraphs[p], after ? fragment.end : fragment.start);
    for (int t = from; t >= 0 && t < tokens.size(); t += after ? 1 : -1) {
        if (!tokens[t].isWord() || (after ? tokens[t].start < fragment.end : tokens[t].end() > fragment.start))
            continue;
        const PassageToken other = m_map.counterpart(Left, p, t);
        if (other.paragraph >= 0)
            return other;
    }
    return PassageToken{-1, -1};
}

void QuoteAuditor::pairInPlace()
{
    // A quotation reworded beyond recognition still stands where the words around it put
    // it: between the counterparts of the nearest equal words before and after it, with no
    // equal word in between, lies the same passage of speech.
    const auto less = [](const PassageToken &a, const PassageToken &b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.token < b.token;
    };
    const AnalysedDocument &right = *m_context.texts[Right];
    for (int l = 0; l < m_units[Left].size(); ++l) {
        Unit &unit = m_units[Left][l];
        if (unit.partner >= 0)
            continue;
        const PassageToken from = anchor(unit, false);
        const PassageToken to = anchor(unit, true);
        if (from.paragraph < 0 && to.paragraph < 0)
            continue;
        for (int r = 0; r < m_units[Right].size(); ++r) {
            Unit &candidate = m_units[Right][r];
            if (candidate.partner >= 0)
                continue;
            const QuoteSpan &first = candidate.fragments.first();
            const QuoteSpan &last = candidate.fragments.last();
            const PassageToken start{first.paragraph,
                                     tokenAt(right.paragraphs[first.paragraph], first.start)};
            const PassageToken end{last.endParagraph,
                                   tokenAt(right.paragraphs[last.endParagraph], std::max(0, last.end - 1))};
            const bool afterFrom = from.paragraph < 0 ? start.paragraph == to.paragraph : less(from, start);
            const bool beforeTo = to.paragraph < 0 ? end.paragraph == from.paragraph : less(end, to);
            if (afterFrom && beforeTo) {
                unit.partner = r;
                candidate.partner = l;
                break;
            }
        }
    }
}

void QuoteAuditor::absorbStrays(Side side)
{
    // A quotation whole in one version and cut in two sentences in the other: the stray part
    // joins its neighbour when that makes the pair closer.
    QVector<Unit> &units = m_units[side];
    QVector<Unit> &others = m_units[otherSide(side)];
    for (int u = 0; u < units.size(); ++u) {
        if (units[u].partner >= 0)
            continue;
        for (int n : {u - 1, u + 1}) {
            if (n < 0 || n >= units.size() || units[n].partner < 0)
                continue;
            Unit &neighbour = units[n];
            if (std::abs(neighbour.firstParagraph() - units[u].firstParagraph()) > 1
                && std::abs(neighbour.lastParagraph() - units[u].lastParagraph()) > 1)
                continue;
            const Unit &partner = others[neighbour.partner];
            Unit merged = n < u ? neighbour : units[u];
            const Unit &second = n < u ? units[u] : neighbour;
            merged.fragments += second.fragments;
            merged.words += second.words;
            merged.content.add(second.content);
            merged.contentSize += second.contentSize;
            merged.attribution = neighbour.attribution.speaker.isEmpty() ? units[u].attribution
                                                                         : neighbour.attribution;
            merged.partner = neighbour.partner;
            const double now = dice(shared(neighbour.content, partner.content), neighbour.contentSize,
                                    partner.contentSize);
            const double then = dice(shared(merged.content, partner.content), merged.contentSize,
                                     partner.contentSize);
            if (then <= now)
                continue;
            const int keep = std::min(n, u);
            const int drop = std::max(n, u);
            units[keep] = merged;
            units.removeAt(drop);
            for (Unit &other : others)
                if (other.partner > drop)
                    --other.partner;
            others[merged.partner].partner = keep;
            u = keep;
            break;
        }
    }
}

} // namespace QuoteAuditing

Severity quoteSeverity(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Altered:
    case QuoteStatus::Added:
        return Severity::High;
    case QuoteStatus::Missing:
    case QuoteStatus::Unquoted:
        return Severity::Medium;
    case QuoteStatus::Verbatim:
        break;
    }
    return Severity::Low;
}

void auditQuotes(const AuditContext &context, Comparison *comparison)
{
    QuoteAuditing::QuoteAuditor auditor(context, comparison);
    auditor.run();
}

} // namespace Recension
