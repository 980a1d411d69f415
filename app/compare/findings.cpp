#include "compare/findings.h"

#include "compare/quoteaudit.h"
#include "compare/watchlist.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <optional>
#include <tuple>

namespace Recension {

namespace {

/// Where a finding stands in reading order: the link (left order, a right-only link where
/// its right side falls), then the first of its changes (ids follow reading order within
/// a link), then the place in the text.
struct Place
{
    int link = INT_MAX;
    int anchor = INT_MAX;
    int paragraph = INT_MAX;
    int start = INT_MAX;

    bool operator<(const Place &o) const
    {
        return std::tie(link, anchor, paragraph, start) < std::tie(o.link, o.anchor, o.paragraph, o.start);
    }
};

struct Draft
{
    Finding finding;
    Place place;
};

std::optional<FindingKind> findingKindOf(Category category)
{
    switch (category) {
    case Category::Name:
        return FindingKind::Name;
    case Category::Number:
        return FindingKind::Number;
    case Category::Speaker:
        return FindingKind::Speaker;
    case Category::Polarity:
        return FindingKind::Polarity;
    case Category::Hedge:
        return FindingKind::Hedge;
    default:
        return std::nullopt;
    }
}

/// The facts whose text can stand for a change of this kind of finding: the whole name
/// ("Harbour Safety Board") for a word swapped inside it, the figure with its unit.
bool factSuits(FactKind fact, FindingKind finding)
{
    switch (finding) {
    case FindingKind::Number:
        return fact == FactKind::Number || fact == FactKind::Date;
    case FindingKind::Name:
    case FindingKind::Speaker:
        return fact == FactKind::Name || fact == FactKind::Title || fact == FactKind::Organisation;
    case FindingKind::Watched:
        return true;
    default:
        return false;
    }
}

/// The same change of fact reads the same whatever its case, spacing or the punctuation
/// around it.
QString normalised(const QString &text)
{
    QString s = text.toCaseFolded().simplified();
    while (!s.isEmpty() && (s.front().isPunct() || s.front().isSpace()))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back().isPunct() || s.back().isSpace()))
        s.chop(1);
    return s;
}

bool reaches(Severity severity)
{
    return severity != Severity::Low;
}

class FindingBuilder final
{
public:
    FindingBuilder(const AuditContext &context, Comparison *comparison)
        : m_context(context)
        , m_comparison(comparison)
        , m_watch(comparison->options.watch)
    {
        // The facts each change alters, ascending, as one flat table by change id (a hash
        // of lists cost a list per changed figure of a table).
        const int changes = int(comparison->changes.size());
        m_factStarts.fill(0, changes + 2);
        for (const Fact &fact : std::as_const(comparison->facts))
            for (int id : fact.changes)
                if (id >= 1 && id <= changes)
                    ++m_factStarts[id + 1];
        for (int id = 1; id < m_factStarts.size(); ++id)
            m_factStarts[id] += m_factStarts[id - 1];
        m_factIndices.resize(m_factStarts.last());
        QVector<int> next = m_factStarts;
        for (int i = 0; i < comparison->facts.size(); ++i)
            for (int id : comparison->facts[i].changes)
                if (id >= 1 && id <= changes)
                    m_factIndices[next[id]++] = i;
        for (int side = 0; side < 2; ++side) {
            const DocumentPtr &document = comparison->documents[side];
            m_linkOf[side].fill(INT_MAX, document ? document->paragraphs.size() : 0);
        }
        for (int i = comparison->links.size() - 1; i >= 0; --i)
            for (int side = 0; side < 2; ++side)
                for (int p : comparison->links[i].paragraphs[side])
                    if (p < m_linkOf[side].size())
                        m_linkOf[side][p] = i;
    }

    void run()
    {
        changeFindings();
        quoteFindings();
        claimFindings();
        std::stable_sort(m_drafts.begin(), m_drafts.end(), [](const Draft &a, const Draft &b) {
            if (a.finding.severity != b.finding.severity)
                return a.finding.severity > b.finding.severity;
            if (a.place < b.place || b.place < a.place)
                return a.place < b.place;
            if (a.finding.kind != b.finding.kind)
                return a.finding.kind < b.finding.kind;
            return a.finding.gist < b.finding.gist;
        });
        QVector<Finding> findings;
        findings.reserve(m_drafts.size());
        for (Draft &draft : m_drafts) {
            QVector<int> &ids = draft.finding.changes;
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            draft.finding.id = findings.size() + 1;
            findings.append(std::move(draft.finding));
        }
        m_drafts = {};
        m_comparison->findings = std::move(findings);
    }

private:
    const Change &changeWithId(int id) const { return m_comparison->changes[id - 1]; }

    /// Built on first use: only an added or dropped word, or a watched term, asks which
    /// word faces which (a table's changed figures never do).
    const TokenMap &map() const
    {
        if (!m_map)
            m_map.emplace(m_context, *m_comparison);
        return *m_map;
    }

    Place placeOf(const Change &change) const
    {
        const Span &span = change.sides[Left].isNull() ? change.sides[Right] : change.sides[Left];
        return Place{change.link, change.id, span.paragraph, span.start};
    }

    /// A place with no change to anchor it: the link its paragraph lies in.
    Place placeOf(Side side, const Span &span) const
    {
        Place place;
        if (span.isNull())
            return place;
        place.link = m_linkOf[side].value(span.paragraph, INT_MAX);
        place.paragraph = span.paragraph;
        place.start = span.start;
        return place;
    }

    void changeFindings()
    {
        QHash<QString, int> groups; // kind and normalised gist -> index into m_drafts
        for (const Change &change : std::as_const(m_comparison->changes)) {
            if (!reaches(change.severity))
                continue;
            QVector<FindingKind> kinds;
            if (const auto kind = findingKindOf(change.category))
                kinds.append(*kind);
            if (change.watched)
                kinds.append(FindingKind::Watched);
            for (FindingKind kind : std::as_const(kinds)) {
                const std::array<QString, 2> gist = gistOf(change, kind);
                const QString key = QString::number(int(kind)) + QChar(0x1F) + normalised(gist[Left])
                    + QChar(0x1F) + normalised(gist[Right]);
                auto it = groups.constFind(key);
                if (it == groups.cend()) {
                    Draft draft;
                    draft.finding.kind = kind;
                    draft.finding.severity = change.severity;
                    draft.finding.gist = gist;
                    draft.place = placeOf(change);
                    it = groups.insert(key, m_drafts.size());
                    m_drafts.append(draft);
                }
                Finding &finding = m_drafts[*it].finding;
                finding.severity = std::max(finding.severity, change.severity);
                finding.changes.append(change.id);
            }
        }
    }

    std::array<QString, 2> gistOf(const Change &change, FindingKind kind) const
    {
        if (kind == FindingKind::Watched) {
            const std::array<Span, 2> watched = watchedRange(change);
            if (!(watched[Left] == change.sides[Left] && watched[Right] == change.sides[Right]))
                return {{m_comparison->spanText(Left, watched[Left]), m_comparison->spanText(Right, watched[Right])}};
        }
        const int first = change.id >= 1 && change.id + 1 < m_factStarts.size() ? m_factStarts[change.id] : 0;
        const int last = change.id >= 1 && change.id + 1 < m_factStarts.size() ? m_factStarts[change.id + 1] : 0;
        for (int at = first; at < last; ++at) {
            const int index = m_factIndices[at];
            const Fact &fact = m_comparison->facts[index];
            // A fact missing on a side where the change has words does not say what changed
            // (a title added inside a reworded clause).
            const bool covers = (!fact.sides[Left].isNull() || change.sides[Left].isNull())
                && (!fact.sides[Right].isNull() || change.sides[Right].isNull());
            if (factSuits(fact.kind, kind) && covers)
                return {{fullSpanText(*m_comparison, Left, fact.sides[Left]),
                         fullSpanText(*m_comparison, Right, fact.sides[Right])}};
        }
        if (change.sides[Left].isNull() != change.sides[Right].isNull())
            return withNeighbours(change);
        return {{m_comparison->spanText(Left, change.sides[Left]),
                 m_comparison->spanText(Right, change.sides[Right])}};
    }

    /// The change widened to the watched term it touches ("terminal" → "depot" reads
    /// "container terminal" → "container depot"), the other side by the words facing it.
    std::array<Span, 2> watchedRange(const Change &change) const
    {
        std::array<Span, 2> range = change.sides;
        const auto widen = [&range](int side, int paragraph, int start, int end) {
            Span &r = range[side];
            if (r.isNull())
                r = Span{paragraph, start, end};
            else if (r.paragraph == paragraph)
                r = Span{paragraph, std::min(r.start, start), std::max(r.end, end)};
        };
        for (int side = 0; side < 2; ++side) {
            const Span &span = change.sides[side];
            if (span.isNull() || span.end <= span.start)
                continue;
            const AnalysedDocument &text = *m_context.texts[side];
            for (const auto &[start, end] : m_watch.find(text.document->paragraphs[span.paragraph].text)) {
                if (span.start >= end || span.end <= start)
                    continue;
                widen(side, span.paragraph, start, end);
                for (const PassageToken &pt : wordsIn(text, span.paragraph, start, end)) {
                    const Token &token = text.paragraphs[pt.paragraph].tokens[pt.token];
                    if (token.start >= span.start && token.end() <= span.end)
                        continue;
                    const PassageToken other = map().counterpart(Side(side), pt.paragraph, pt.token);
                    if (other.paragraph < 0)
                        continue;
                    const Token &facing = m_context.texts[otherSide(Side(side))]->paragraphs[other.paragraph].tokens[other.token];
                    widen(otherSide(Side(side)), other.paragraph, facing.start, facing.end());
                }
            }
        }
        return range;
    }

    /// A word added or dropped reads only with the words around it ("will leave" → "will
    /// not leave"): one word either side, and the same words in the other version.
    std::array<QString, 2> withNeighbours(const Change &change) const
    {
        const Side side = change.sides[Left].isNull() ? Right : Left;
        const Side other = otherSide(side);
        const Span &span = change.sides[side];
        const AnalysedParagraph &paragraph = m_context.texts[side]->paragraphs[span.paragraph];
        const QVector<Token> &tokens = paragraph.tokens;
        const QString &text = m_comparison->documents[side]->paragraphs[span.paragraph].text;
        int before = tokenAt(paragraph, span.start) - 1;
        while (before >= 0 && !tokens[before].isWord())
            --before;
        int after = tokenAt(paragraph, std::max(span.start, span.end - 1)) + 1;
        while (after < tokens.size() && !tokens[after].isWord())
            ++after;
        if (after >= tokens.size())
            after = -1;
        std::array<QString, 2> gist;
        const int from = before >= 0 ? tokens[before].start : span.start;
        const int to = after >= 0 ? tokens[after].end() : span.end;
        gist[side] = text.mid(from, to - from);

        const PassageToken a = before >= 0 ? map().counterpart(side, span.paragraph, before) : PassageToken{-1, -1};
        const PassageToken b = after >= 0 ? map().counterpart(side, span.paragraph, after) : PassageToken{-1, -1};
        const auto tokenOf = [&](const PassageToken &pt) -> const Token & {
            return m_context.texts[other]->paragraphs[pt.paragraph].tokens[pt.token];
        };
        const auto textOf = [&](int paragraph, int start, int end) {
            return m_comparison->documents[other]->paragraphs[paragraph].text.mid(start, end - start);
        };
        if (a.paragraph >= 0 && b.paragraph == a.paragraph && a.token < b.token)
            gist[other] = textOf(a.paragraph, tokenOf(a).start, tokenOf(b).end());
        else if (a.paragraph >= 0)
            gist[other] = textOf(a.paragraph, tokenOf(a).start, tokenOf(a).end());
        else if (b.paragraph >= 0)
            gist[other] = textOf(b.paragraph, tokenOf(b).start, tokenOf(b).end());
        return gist;
    }

    void quoteFindings()
    {
        for (int i = 0; i < m_comparison->quotes.size(); ++i) {
            const Quote &quote = m_comparison->quotes[i];
            if (quote.status == QuoteStatus::Verbatim)
                continue;
            Draft draft;
            draft.finding.kind = FindingKind::Quote;
            draft.finding.severity = quoteSeverity(quote.status);
            draft.finding.quote = i;
            for (int side = 0; side < 2; ++side)
                draft.finding.gist[side] = fullSpanText(*m_comparison, Side(side), quote.sides[side]);
            for (int id : quote.changes)
                if (reaches(changeWithId(id).severity))
                    draft.finding.changes.append(id);
            // Anchored on its first change of any severity, else on where it stands.
            if (!quote.changes.isEmpty())
                draft.place = placeOf(changeWithId(*std::min_element(quote.changes.cbegin(), quote.changes.cend())));
            else
                draft.place = quote.sides[Left].isNull() ? placeOf(Right, quote.sides[Right])
                                                         : placeOf(Left, quote.sides[Left]);
            m_drafts.append(draft);
        }
    }

    void claimFindings()
    {
        // Only the paragraphs of a deleted or inserted change can hold a claim finding.
        std::array<QSet<int>, 2> asked;
        for (const Change &change : std::as_const(m_comparison->changes)) {
            if (change.category != Category::Deleted && change.category != Category::Inserted)
                continue;
            const Side side = change.category == Category::Deleted ? Left : Right;
            if (!change.sides[side].isNull())
                asked[side].insert(change.sides[side].paragraph);
        }
        // The facts that make a sentence a claim, by side and paragraph.
        std::array<QHash<int, QVector<Span>>, 2> claims;
        for (const Fact &fact : std::as_const(m_comparison->facts)) {
            if (fact.kind == FactKind::Date)
                continue;
            for (int side = 0; side < 2; ++side)
                if (!fact.sides[side].isNull() && asked[side].contains(fact.sides[side].paragraph))
                    claims[side][fact.sides[side].paragraph].append(fact.sides[side]);
        }
        // The quotations one version lost or gained: a sentence that is mostly one of them
        // is already its quote finding.
        std::array<QHash<int, QVector<QPair<int, int>>>, 2> lostQuotes;
        for (const Quote &quote : std::as_const(m_comparison->quotes)) {
            if (quote.status != QuoteStatus::Missing && quote.status != QuoteStatus::Added)
                continue;
            const Side side = quote.status == QuoteStatus::Missing ? Left : Right;
            const Span &q = quote.sides[side];
            for (int p = q.paragraph; p <= q.lastParagraph(); ++p)
                lostQuotes[side][p].append({p == q.paragraph ? q.start : 0, p == q.lastParagraph() ? q.end : INT_MAX});
        }
        for (const Change &change : std::as_const(m_comparison->changes)) {
            if (change.category != Category::Deleted && change.category != Category::Inserted)
                continue;
            const Side side = change.category == Category::Deleted ? Left : Right;
            const Span &span = change.sides[side];
            const QVector<Span> facts = claims[side].value(span.paragraph);
            if (span.isNull() || facts.isEmpty())
                continue;
            const AnalysedParagraph &paragraph = m_context.texts[side]->paragraphs[span.paragraph];
            for (int k = 0; k < paragraph.sentenceStarts.size(); ++k) {
                const Span sentence = sentenceSpan(paragraph, k, span.paragraph);
                if (sentence.isNull() || sentence.start < span.start || sentence.end > span.end)
                    continue;
                const bool holdsFact = std::any_of(facts.cbegin(), facts.cend(), [&](const Span &f) {
                    return f.start >= sentence.start && f.end <= sentence.end;
                });
                if (!holdsFact || !isClaim(side, paragraph, sentence, lostQuotes[side].value(span.paragraph), *m_comparison))
                    continue;
                Draft draft;
                draft.finding.kind = FindingKind::Claim;
                draft.finding.severity = Severity::Medium;
                draft.finding.gist[side] = m_comparison->spanText(side, sentence);
                draft.finding.changes.append(change.id);
                draft.place = placeOf(change);
                draft.place.paragraph = sentence.paragraph;
                draft.place.start = sentence.start;
                m_drafts.append(draft);
            }
        }
    }

    /// A statement, not a photo credit ("MOHD RASFAN/AFP/Getty Images"): three words or
    /// more, one not capitalised, and not mostly a quotation that has a finding of its own.
    static bool isClaim(Side side, const AnalysedParagraph &paragraph, const Span &sentence,
                        const QVector<QPair<int, int>> &quotes, const Comparison &comparison)
    {
        const QString &text = comparison.documents[side]->paragraphs[sentence.paragraph].text;
        int words = 0;
        int quoted = 0;
        bool lowerCase = false;
        for (const Token &token : paragraph.tokens) {
            if (!token.isWord() || token.start < sentence.start || token.end() > sentence.end)
                continue;
            ++words;
            // Scripts without case (Chinese, Thai) have no capitals to tell a credit by.
            lowerCase = lowerCase || (token.kind == TokenKind::Word && !token.capitalised
                                      && text.at(token.start).isLetter() && !text.at(token.start).isUpper());
            for (const auto &[start, end] : quotes)
                if (token.start >= start && token.end() <= end) {
                    ++quoted;
                    break;
                }
        }
        return words >= 3 && lowerCase && 2 * quoted < words;
    }

    /// Sentence k of a paragraph, from its first word to its last non-space token.
    static Span sentenceSpan(const AnalysedParagraph &paragraph, int k, int index)
    {
        const QVector<Token> &tokens = paragraph.tokens;
        const int begin = paragraph.sentenceStarts[k];
        const int end = k + 1 < paragraph.sentenceStarts.size() ? paragraph.sentenceStarts[k + 1]
                                                                : int(tokens.size());
        int first = begin;
        while (first < end && !tokens[first].isWord())
            ++first;
        int last = end - 1;
        while (last > first && tokens[last].kind == TokenKind::Space)
            --last;
        if (first >= end)
            return {};
        return Span{index, tokens[first].start, tokens[last].end()};
    }

    const AuditContext &m_context;
    Comparison *m_comparison;
    mutable std::optional<TokenMap> m_map;
    WatchMatcher m_watch;
    QVector<int> m_factStarts;  ///< by change id: where its facts begin in m_factIndices
    QVector<int> m_factIndices; ///< indices into Comparison::facts, by change id, ascending
    std::array<QVector<int>, 2> m_linkOf;      ///< [side][paragraph] -> first link holding it
    QVector<Draft> m_drafts;
};

} // namespace

QString fullSpanText(const Comparison &comparison, Side side, const Span &span)
{
    if (span.isNull())
        return QString();
    if (span.lastParagraph() == span.paragraph)
        return comparison.spanText(side, span);
    const auto &paragraphs = comparison.documents[side]->paragraphs;
    QStringList parts;
    for (int p = span.paragraph; p <= span.lastParagraph() && p < paragraphs.size(); ++p) {
        const QString &text = paragraphs[p].text;
        const int start = p == span.paragraph ? span.start : 0;
        const int end = p == span.lastParagraph() ? span.end : int(text.size());
        parts << text.mid(start, end - start).trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

void buildFindings(const AuditContext &context, Comparison *comparison)
{
    FindingBuilder builder(context, comparison);
    builder.run();
}

} // namespace Recension
