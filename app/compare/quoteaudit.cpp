#include "compare/quoteaudit.h"

#include "compare/attribution.h"

#include <dtl/dtl.hpp>

#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace Recension {

namespace {

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

int shared(const QHash<quint32, int> &a, const QHash<quint32, int> &b)
{
    const QHash<quint32, int> &small = a.size() <= b.size() ? a : b;
    const QHash<quint32, int> &large = a.size() <= b.size() ? b : a;
    int count = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        count += std::min(it.value(), large.value(it.key()));
    return count;
}

double dice(int common, int a, int b)
{
    return a + b > 0 ? 2.0 * common / (a + b) : 0.0;
}

bool before(const Span &a, const Span &b)
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

    void run()
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

void QuoteAuditor::addWords(Side side, Unit &unit, const QuoteSpan &fragment) const
{
    const AnalysedDocument &text = *m_context.texts[side];
    for (int p = fragment.paragraph; p <= fragment.endParagraph; ++p) {
        const int start = p == fragment.paragraph ? fragment.start : 0;
        const int end = p == fragment.endParagraph ? fragment.end
                                                   : int(text.document->paragraphs[p].text.size());
        unit.words += wordsIn(text, p, start, end);
    }
    unit.content.clear();
    unit.contentSize = 0;
    for (bool all : {false, true}) {
        for (const PassageToken &pt : std::as_const(unit.words)) {
            const Token &token = text.paragraphs[pt.paragraph].tokens[pt.token];
            if (all || !m_context.functionWords.contains(token.key)) {
                ++unit.content[token.stem];
                ++unit.contentSize;
            }
        }
        // A quotation of function words only ("as it was") is compared on all its words.
        if (unit.contentSize > 0)
            break;
    }
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
        for (auto it = right[r].content.cbegin(); it != right[r].content.cend(); ++it)
            index[it.key()].append({r, it.value()});

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
        for (auto it = left[l].content.cbegin(); it != left[l].content.cend(); ++it) {
            const QVector<QPair<int, int>> entries = index.value(it.key());
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
            for (auto it = second.content.cbegin(); it != second.content.cend(); ++it)
                merged.content[it.key()] += it.value();
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

WordComparison QuoteAuditor::compareWords(const Unit &left, const Unit &right) const
{
    // The wording, not the meaning: a word is kept when it is equal after case and
    // punctuation (the keys), or written differently with the same value ("two"/"2", a
    // `format` change); a synonym is not the word that was said.
    std::array<const Unit *, 2> units{{&left, &right}};
    std::array<std::vector<quint32>, 2> keys;
    std::array<QVector<bool>, 2> kept;
    for (int side = 0; side < 2; ++side) {
        for (const PassageToken &pt : units[side]->words)
            keys[side].push_back(m_context.texts[side]->paragraphs[pt.paragraph].tokens[pt.token].key);
        kept[side].fill(false, units[side]->words.size());
    }
    std::array<QVector<int>, 2> run;
    const auto flush = [&]() {
        if (run[Left].size() == run[Right].size()) {
            for (int k = 0; k < run[Left].size(); ++k) {
                const PassageToken &a = left.words[run[Left][k]];
                const PassageToken &b = right.words[run[Right][k]];
                const auto va = m_context.facts.numberValue(m_context.facts.token(Left, a.paragraph, a.token));
                const auto vb = m_context.facts.numberValue(m_context.facts.token(Right, b.paragraph, b.token));
                if (va && vb && *va == *vb)
                    kept[Left][run[Left][k]] = kept[Right][run[Right][k]] = true;
            }
        }
        run[Left].clear();
        run[Right].clear();
    };
    if (!keys[Left].empty() && !keys[Right].empty()) {
        dtl::Diff<quint32, std::vector<quint32>> engine(keys[Left], keys[Right]);
        engine.onHuge();
        engine.compose();
        for (const auto &entry : engine.getSes().getSequence()) {
            switch (entry.second.type) {
            case dtl::SES_COMMON:
                flush();
                kept[Left][int(entry.second.beforeIdx - 1)] = true;
                kept[Right][int(entry.second.afterIdx - 1)] = true;
                break;
            case dtl::SES_DELETE:
                run[Left].append(int(entry.second.beforeIdx - 1));
                break;
            case dtl::SES_ADD:
                run[Right].append(int(entry.second.afterIdx - 1));
                break;
            }
        }
        flush();
    }
    int keptWords = 0;
    for (int side = 0; side < 2; ++side) {
        for (int w = 0; w < kept[side].size(); ++w) {
            if (!kept[side][w])
                kept[side][w] = insideFormatChange(Side(side), units[side]->words[w]);
            keptWords += kept[side][w] ? 1 : 0;
        }
    }
    WordComparison result;
    const int total = int(kept[Left].size() + kept[Right].size());
    result.verbatim = keptWords == total;
    result.similarity = total > 0 ? double(keptWords) / total : 1.0;
    return result;
}

bool QuoteAuditor::insideFormatChange(Side side, const PassageToken &word) const
{
    const Token &token = m_context.facts.token(side, word.paragraph, word.token);
    for (int i : m_changes.overlapping(side, word.paragraph, token.start, token.end()))
        if (m_comparison->changes[i].category == Category::Format)
            return true;
    return false;
}

QVector<int> QuoteAuditor::speakerChanges(const Unit &left, const Unit &right)
{
    QVector<int> ids;
    const Attribution &a = left.attribution;
    const Attribution &b = right.attribution;
    if (a.speaker.isEmpty() || b.speaker.isEmpty() || a.sameSpeaker(b))
        return ids;
    // The words naming a speaker already carry the change the word diff found there: it
    // becomes a speaker change (same id, so changes still never overlap).
    for (int side = 0; side < 2; ++side) {
        const Attribution &attribution = side == Left ? a : b;
        const Unit &unit = side == Left ? left : right;
        if (!attribution.isNamed())
            continue;
        const QVector<Token> &tokens =
            m_context.texts[side]->paragraphs[attribution.paragraph].tokens;
        const int start = tokens[attribution.firstToken].start;
        const int end = tokens[attribution.lastToken].end();
        for (int i : m_changes.overlapping(Side(side), attribution.paragraph, start, end)) {
            Change &change = m_comparison->changes[i];
            switch (change.category) {
            case Category::Name:
            case Category::Spelling:
            case Category::Replaced:
            case Category::Inserted:
            case Category::Deleted:
            case Category::Speaker:
                break;
            default:
                continue;
            }
            bool inside = false;
            for (const QuoteSpan &f : unit.fragments)
                for (int p = f.paragraph; p <= f.endParagraph && !inside; ++p)
                    if (p == change.sides[side].paragraph) {
                        const int fs = p == f.paragraph ? f.start : 0;
                        const int fe = p == f.endParagraph ? f.end : INT_MAX;
                        inside = change.sides[side].start < fe && change.sides[side].end > fs;
                    }
            if (inside)
                continue;
            change.category = Category::Speaker;
            change.severity = Severity::High;
            if (!ids.contains(change.id))
                ids.append(change.id);
        }
    }
    return ids;
}

QVector<int> QuoteAuditor::changeIds(Side side, const Unit &unit) const
{
    QVector<int> ids;
    const DocumentPtr &document = m_comparison->documents[side];
    for (const QuoteSpan &f : unit.fragments) {
        for (int p = f.paragraph; p <= f.endParagraph; ++p) {
            const int start = p == f.paragraph ? f.start : 0;
            const int end = p == f.endParagraph ? f.end : int(document->paragraphs[p].text.size());
            for (int i : m_changes.overlapping(side, p, start, end))
                ids.append(m_comparison->changes[i].id);
        }
    }
    return ids;
}

Span QuoteAuditor::spanOf(const Unit &unit) const
{
    Span span;
    span.paragraph = unit.fragments.first().paragraph;
    span.start = unit.fragments.first().start;
    span.end = unit.fragments.last().end;
    if (unit.fragments.last().endParagraph != span.paragraph)
        span.endParagraph = unit.fragments.last().endParagraph;
    return span;
}

Quote QuoteAuditor::paired(const Unit &left, const Unit &right)
{
    Quote quote;
    const WordComparison words = compareWords(left, right);
    quote.status = words.verbatim ? QuoteStatus::Verbatim : QuoteStatus::Altered;
    quote.similarity = words.similarity;
    quote.speaker = left.attribution.speaker.isEmpty() ? right.attribution.speaker
                                                       : left.attribution.speaker;
    quote.sides[Left] = spanOf(left);
    quote.sides[Right] = spanOf(right);
    quote.changes = changeIds(Left, left) + changeIds(Right, right) + speakerChanges(left, right);
    std::sort(quote.changes.begin(), quote.changes.end());
    quote.changes.erase(std::unique(quote.changes.begin(), quote.changes.end()), quote.changes.end());
    return quote;
}

Quote QuoteAuditor::unpaired(const Unit &left) const
{
    Quote quote;
    quote.status = QuoteStatus::Missing;
    quote.speaker = left.attribution.speaker;
    quote.sides[Left] = spanOf(left);
    quote.changes = changeIds(Left, left);
    std::sort(quote.changes.begin(), quote.changes.end());
    quote.changes.erase(std::unique(quote.changes.begin(), quote.changes.end()), quote.changes.end());

    // The words may survive in the facing passage without their marks.
    PassageToken first{-1, -1};
    PassageToken last{-1, -1};
    int survived = 0;
    const AnalysedDocument &right = *m_context.texts[Right];
    for (const PassageToken &pt : left.words) {
        const PassageToken other = m_map.counterpart(Left, pt.paragraph, pt.token);
        if (other.paragraph < 0)
            continue;
        const Token &token = right.paragraphs[other.paragraph].tokens[other.token];
        if (m_context.quotes[Right].overlaps(other.paragraph, token.start, token.end()))
            continue;
        ++survived;
        const auto less = [](const PassageToken &a, const PassageToken &b) {
            return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.token < b.token;
        };
        if (first.paragraph < 0 || less(other, first))
            first = other;
        if (last.paragraph < 0 || less(last, other))
            last = other;
    }
    if (left.words.isEmpty() || survived < kUnquotedShare * left.words.size())
        return quote;
    quote.status = QuoteStatus::Unquoted;
    Span span;
    span.paragraph = first.paragraph;
    span.start = right.paragraphs[first.paragraph].tokens[first.token].start;
    span.end = right.paragraphs[last.paragraph].tokens[last.token].end();
    if (last.paragraph != first.paragraph)
        span.endParagraph = last.paragraph;
    quote.sides[Right] = span;
    int rightWords = 0;
    for (int p = first.paragraph; p <= last.paragraph; ++p) {
        const int start = p == first.paragraph ? span.start : 0;
        const int end = p == last.paragraph ? span.end : INT_MAX;
        rightWords += wordsIn(right, p, start, end).size();
    }
    // The words may all stand, but no longer as a quotation: never 100 %, which is verbatim.
    quote.similarity = std::min(kNotVerbatim, dice(survived, left.words.size(), rightWords));
    return quote;
}

} // namespace

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
    QuoteAuditor auditor(context, comparison);
    auditor.run();
}

} // namespace Recension
