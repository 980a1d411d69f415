#include "compare/attribution.h"

#include "compare/auditcontext.h"

#include <QSet>

#include <algorithm>

namespace Recension {

namespace {

/// At most this many words stand between two fragments of one quotation split by its
/// attribution (", said the foreign minister of the republic,").
constexpr int kSplitWords = 10;
/// A noun phrase naming a speaker is at most this many words ("the head of the port authority").
constexpr int kPhraseWords = 6;

QString withoutPossessive(QString word)
{
    if (word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("\u2019s")))
        word.chop(2);
    return word;
}

} // namespace

bool Attribution::sameSpeaker(const Attribution &other) const
{
    if (key != other.key)
        return false;
    const auto holds = [](const QStringList &all, const QStringList &some) {
        return std::all_of(some.cbegin(), some.cend(), [&](const QString &n) { return all.contains(n); });
    };
    return holds(names, other.names) || holds(other.names, names);
}

AttributionFinder::AttributionFinder(const AnalysedDocument &text, const WordFacts &facts, Side side)
    : m_text(text)
    , m_facts(facts)
    , m_side(side)
    , m_words(finderWords(text.language))
{
}

QString AttributionFinder::key(int paragraph, int token) const
{
    return m_facts.keyText(m_text.paragraphs[paragraph].tokens[token]);
}

bool AttributionFinder::isWord(int paragraph, int token) const
{
    return m_text.paragraphs[paragraph].tokens[token].isWord();
}

bool AttributionFinder::isNameWord(int paragraph, int token) const
{
    const Token &t = m_text.paragraphs[paragraph].tokens[token];
    return t.kind == TokenKind::Word && t.capitalised && !m_words.notNames.contains(key(paragraph, token));
}

int AttributionFinder::nextWord(int paragraph, int token, int limit) const
{
    const QVector<Token> &tokens = m_text.paragraphs[paragraph].tokens;
    for (int t = token + 1; t < limit && t < tokens.size(); ++t)
        if (tokens[t].kind != TokenKind::Space)
            return t;
    return -1;
}

int AttributionFinder::previousWord(int paragraph, int token, int limit) const
{
    const QVector<Token> &tokens = m_text.paragraphs[paragraph].tokens;
    for (int t = token - 1; t >= limit && t >= 0; --t)
        if (tokens[t].kind != TokenKind::Space)
            return t;
    return -1;
}

int AttributionFinder::openingMark(const QuoteSpan &quote) const
{
    const QString &text = m_text.document->paragraphs[quote.paragraph].text;
    int i = quote.start - 1;
    while (i > 0 && text.at(i).isSpace())
        --i;
    return i < 0 ? -1 : tokenAt(m_text.paragraphs[quote.paragraph], i);
}

int AttributionFinder::closingMark(const QuoteSpan &quote) const
{
    const QString &text = m_text.document->paragraphs[quote.endParagraph].text;
    if (!quote.closed || quote.end >= text.size())
        return -1;
    return tokenAt(m_text.paragraphs[quote.endParagraph], quote.end);
}

AttributionFinder::Region AttributionFinder::before(const QuoteSpan &quote,
                                                    const QuoteSpan *previous) const
{
    Region region;
    region.paragraph = quote.paragraph;
    const int mark = openingMark(quote);
    if (mark < 0)
        return region;
    const AnalysedParagraph &paragraph = m_text.paragraphs[quote.paragraph];
    auto it = std::upper_bound(paragraph.sentenceStarts.cbegin(), paragraph.sentenceStarts.cend(), mark);
    int begin = it == paragraph.sentenceStarts.cbegin() ? 0 : *(it - 1);
    if (previous && previous->endParagraph == quote.paragraph) {
        const int close = closingMark(*previous);
        begin = std::max(begin, close < 0 ? mark : close + 1);
    }
    region.begin = std::min(begin, mark);
    region.end = mark;
    return region;
}

AttributionFinder::Region AttributionFinder::after(const QuoteSpan &quote, const QuoteSpan *next) const
{
    Region region;
    region.paragraph = quote.endParagraph;
    const int close = closingMark(quote);
    if (close < 0)
        return region;
    const AnalysedParagraph &paragraph = m_text.paragraphs[quote.endParagraph];
    int limit = int(paragraph.tokens.size());
    if (next && next->paragraph == quote.endParagraph)
        limit = std::max(close + 1, openingMark(*next));
    int first = -1;
    for (int t = close + 1; t < limit && first < 0; ++t)
        if (paragraph.tokens[t].isWord())
            first = t;
    if (first < 0)
        return region;
    // A new sentence after the quotation ('… harbour." Solberg went on') is no attribution,
    // unless it begins in lower case ('"Why?" she asked.'), which ICU breaks all the same.
    auto it = std::upper_bound(paragraph.sentenceStarts.cbegin(), paragraph.sentenceStarts.cend(), close);
    const bool newSentence = it != paragraph.sentenceStarts.cend() && *it <= first;
    if (newSentence && paragraph.tokens[first].capitalised)
        return region;
    auto end = std::upper_bound(paragraph.sentenceStarts.cbegin(), paragraph.sentenceStarts.cend(), first);
    region.begin = close + 1;
    region.end = std::min(limit, end == paragraph.sentenceStarts.cend() ? int(paragraph.tokens.size()) : *end);
    return region;
}

int AttributionFinder::speechVerb(const Region &region, bool last) const
{
    int found = -1;
    for (int t = region.begin; t < region.end; ++t) {
        if (!isWord(region.paragraph, t))
            continue;
        const QString k = key(region.paragraph, t);
        const bool according = k == QLatin1String("according")
            && nextWord(region.paragraph, t, region.end) >= 0
            && key(region.paragraph, nextWord(region.paragraph, t, region.end)) == QLatin1String("to");
        if (according || m_words.speechVerbs.contains(k)) {
            found = t;
            if (!last)
                return found;
        }
    }
    return found;
}

Attribution AttributionFinder::nameRun(int paragraph, int first, int last, bool withArticle) const
{
    bool institution = false;
    for (int t = first; t <= last; ++t)
        institution = institution || (isWord(paragraph, t) && m_words.bodies.contains(key(paragraph, t)));
    if (institution || withArticle) {
        // "the Foreign Ministry": the institution is the speaker, as written.
        int from = first;
        const int article = previousWord(paragraph, first, 0);
        if (article >= 0 && article == first - 2 && key(paragraph, article) == QLatin1String("the"))
            from = article;
        return phrase(paragraph, from, last);
    }
    Attribution a;
    const Token &surname = m_text.paragraphs[paragraph].tokens[last];
    a.speaker = m_text.document->paragraphs[paragraph].text.mid(surname.start, surname.length);
    a.key = withoutPossessive(key(paragraph, last));
    a.paragraph = paragraph;
    a.firstToken = last;
    a.lastToken = last;
    return a;
}

Attribution AttributionFinder::phrase(int paragraph, int first, int last) const
{
    Attribution a;
    const QVector<Token> &tokens = m_text.paragraphs[paragraph].tokens;
    const QString &text = m_text.document->paragraphs[paragraph].text;
    a.speaker = text.mid(tokens[first].start, tokens[last].end() - tokens[first].start);
    // Compared on its names and its head: "the Nordic trade envoy" and "the Nordic commerce
    // envoy" are one speaker, "the Foreign Ministry" and "the International Ministry" two.
    for (int t = first; t < last; ++t)
        if (tokens[t].isWord() && tokens[t].capitalised && !m_words.determiners.contains(key(paragraph, t)))
            a.names << withoutPossessive(key(paragraph, t));
    a.key = withoutPossessive(key(paragraph, last));
    a.paragraph = paragraph;
    a.firstToken = first;
    a.lastToken = last;
    return a;
}

Attribution AttributionFinder::forward(const Region &region, int from) const
{
    const int p = region.paragraph;
    int t = nextWord(p, from, region.end);
    while (t >= 0 && isWord(p, t) && m_words.adverbials.contains(key(p, t)) && !isNameWord(p, t))
        t = nextWord(p, t, region.end);
    if (t < 0 || !isWord(p, t))
        return {};
    const QString k = key(p, t);
    if (m_words.pronouns.contains(k)) {
        Attribution a;
        a.pronoun = true;
        return a;
    }
    if (m_words.determiners.contains(k)) {
        int last = -1;
        int words = 0;
        for (int u = nextWord(p, t, region.end); u >= 0 && words < kPhraseWords;
             u = nextWord(p, u, region.end)) {
            if (!isWord(p, u))
                break;
            const QString w = key(p, u);
            if (m_facts.numberValue(m_text.paragraphs[p].tokens[u]) && !m_text.paragraphs[p].tokens[u].capitalised)
                break;
            if (m_words.speechVerbs.contains(w) || (m_words.determiners.contains(w) && w != QLatin1String("the")))
                break;
            last = u;
            ++words;
        }
        return last < 0 ? Attribution() : phrase(p, t, last);
    }
    // "said harbour master Ingrid Solberg": a role before the name.
    for (int u = t, words = 0; !isNameWord(p, t) && u >= 0 && words < 3; ++words) {
        if (!isWord(p, u) || m_text.paragraphs[p].tokens[u].capitalised || m_words.connectives.contains(key(p, u))
            || m_words.speechVerbs.contains(key(p, u)))
            break;
        u = nextWord(p, u, region.end);
        if (u >= 0 && isNameWord(p, u))
            t = u;
    }
    if (!isNameWord(p, t))
        return {};
    int last = t;
    for (int u = t + 1; u + 1 < region.end; ++u) {
        const Token &token = m_text.paragraphs[p].tokens[u];
        const bool joiner = token.kind == TokenKind::Space
            || (token.kind == TokenKind::Punctuation && token.length == 1
                && m_text.document->paragraphs[p].text.at(token.start) == u'-');
        if (!joiner || !isNameWord(p, u + 1))
            break;
        last = ++u;
    }
    return nameRun(p, t, last, false);
}

Attribution AttributionFinder::backward(const Region &region, int verb) const
{
    const int p = region.paragraph;
    const QString &text = m_text.document->paragraphs[p].text;
    const QVector<Token> &tokens = m_text.paragraphs[p].tokens;
    auto isComma = [&](int u) { return !isWord(p, u) && text.at(tokens[u].start) == u','; };
    int t = previousWord(p, verb, region.begin);
    bool afterWho = false;
    int appositions = 0;
    while (t >= 0) {
        if (!isWord(p, t)) {
            if (!isComma(t))
                return {};
            // "Solberg, who added that": the name stands before the comma. "Aalto, a senior
            // member, said": step over the apposition to the name before it.
            if (!afterWho) {
                if (++appositions > 1)
                    return {};
                int u = previousWord(p, t, region.begin);
                int words = 0;
                while (u >= 0 && isWord(p, u) && words++ <= kSplitWords)
                    u = previousWord(p, u, region.begin);
                if (u < 0 || !isComma(u))
                    return {};
                t = u;
            }
            afterWho = false;
            t = previousWord(p, t, region.begin);
            continue;
        }
        const QString k = key(p, t);
        if (k == QLatin1String("who") || (m_words.adverbials.contains(k) && !isNameWord(p, t))) {
            afterWho = afterWho || k == QLatin1String("who");
            t = previousWord(p, t, region.begin);
            continue;
        }
        if (m_words.pronouns.contains(k)) {
            Attribution a;
            a.pronoun = true;
            return a;
        }
        if (isNameWord(p, t)) {
            int first = t;
            for (int u = t - 1; u - 1 >= region.begin; --u) {
                const Token &token = m_text.paragraphs[p].tokens[u];
                const bool joiner = token.kind == TokenKind::Space
                    || (token.kind == TokenKind::Punctuation && token.length == 1
                        && m_text.document->paragraphs[p].text.at(token.start) == u'-');
                if (!joiner || !isNameWord(p, u - 1))
                    break;
                first = --u;
            }
            const int article = previousWord(p, first, region.begin);
            const bool withArticle = article >= 0 && key(p, article) == QLatin1String("the");
            return nameRun(p, first, t, withArticle);
        }
        if (m_words.documentNouns.contains(k) || m_words.speechVerbs.contains(k) || m_words.connectives.contains(k)
            || m_words.determiners.contains(k))
            return {};
        // A common noun: back to its determiner ("the minister"), or alone ("officials").
        int first = t;
        int words = 1;
        for (int u = previousWord(p, t, region.begin); u >= 0 && isWord(p, u) && words < kPhraseWords;
             u = previousWord(p, u, region.begin)) {
            const QString w = key(p, u);
            if (m_words.determiners.contains(w)) {
                first = u;
                break;
            }
            if (m_words.speechVerbs.contains(w) || m_words.pronouns.contains(w) || m_words.connectives.contains(w))
                break;
            first = u;
            ++words;
        }
        return phrase(p, first, t);
    }
    return {};
}

Attribution AttributionFinder::subject(const Region &region, int verb) const
{
    // "The mayor on the other hand praised the crews … and called the damage “serious”":
    // a sentence opening with a name is that name's.
    const int p = region.paragraph;
    const int first = nextWord(p, region.begin - 1, verb);
    if (first < 0 || !isNameWord(p, first))
        return {};
    const Attribution a = forward(region, region.begin - 1);
    return a.firstToken == first || (a.names.isEmpty() && a.firstToken >= first && a.lastToken < verb) ? a : Attribution();
}

Attribution AttributionFinder::lastName(const Region &region, int verb) const
{
    const int p = region.paragraph;
    for (int t = verb - 1; t >= region.begin; --t)
        if (isNameWord(p, t) && m_facts.isProperName(m_side, p, t))
            return nameRun(p, t, t, false);
    return {};
}

Attribution AttributionFinder::find(const QVector<QuoteSpan> &fragments, const QuoteSpan *previous,
                                    const QuoteSpan *next) const
{
    if (fragments.isEmpty())
        return {};
    // Between fragments first (", he said, "), then after the quotation, then before it.
    for (int i = 0; i < fragments.size(); ++i) {
        const Region region = after(fragments[i], i + 1 < fragments.size() ? &fragments[i + 1] : next);
        const int verb = speechVerb(region, false);
        if (verb < 0)
            continue;
        const bool according = key(region.paragraph, verb) == QLatin1String("according");
        // An auxiliary or adverb before the verb leaves it inverted (", a déclaré Ada").
        int before = previousWord(region.paragraph, verb, region.begin);
        while (before >= 0 && isWord(region.paragraph, before)
            && m_words.adverbials.contains(key(region.paragraph, before)))
            before = previousWord(region.paragraph, before, region.begin);
        const bool inverted = before < 0 || !isWord(region.paragraph, before);
        Attribution a;
        if (according)
            a = forward(region, nextWord(region.paragraph, verb, region.end));
        else if (inverted && !m_words.listenerVerbs.contains(key(region.paragraph, verb)))
            a = forward(region, verb);
        else
            a = backward(region, verb);
        if (!a.speaker.isEmpty() || a.pronoun)
            return a;
    }
    Region region = before(fragments.first(), previous);
    int verb = speechVerb(region, true);
    if (verb < 0) {
        // 'The ministry also "urges …"': a quotation that goes on a sentence of the text has
        // that sentence's subject right before it.
        const QuoteSpan &first = fragments.first();
        const int word = tokenAt(m_text.paragraphs[first.paragraph], first.start);
        if (region.end <= region.begin || word < 0 || !isWord(first.paragraph, word)
            || m_text.paragraphs[first.paragraph].tokens[word].capitalised)
            return {};
        Attribution a = backward(region, region.end);
        if (a.pronoun)
            return a;
        // Only a name or "the ministry" right before the mark: in 'The sign read "closed"'
        // the word before is a verb, and nobody speaks.
        const bool name = a.names.isEmpty() && a.firstToken == a.lastToken && a.firstToken >= 0
            && isNameWord(a.paragraph, a.firstToken);
        // "the ministry", "the mayor": a body or an office; "called the issue “…”" names
        // the quotation's subject, not who speaks.
        const QString noun = a.lastToken >= 0 ? key(a.paragraph, a.lastToken) : QString();
        const bool article = a.firstToken >= 0
            && nextWord(a.paragraph, a.firstToken, region.end) == a.lastToken
            && m_words.determiners.contains(key(a.paragraph, a.firstToken))
            && (m_words.bodies.contains(noun) || m_words.personTitles.contains(noun)
                || isNameWord(a.paragraph, a.lastToken));
        const bool nobody = a.speaker.isEmpty() || !(name || article || !a.names.isEmpty())
            || m_facts.numberValue(m_text.paragraphs[a.paragraph].tokens[a.lastToken]);
        return nobody ? Attribution() : a;
    }
    // "The envoy emphasized …, saying that": a participle after a comma shares the
    // subject of the clause before it.
    const int comma = previousWord(region.paragraph, verb, region.begin);
    if (key(region.paragraph, verb).endsWith(QLatin1String("ing")) && comma >= 0
        && !isWord(region.paragraph, comma)) {
        Region main = region;
        main.end = comma;
        const int earlier = speechVerb(main, true);
        if (earlier >= 0) {
            region = main;
            verb = earlier;
        }
    }
    if (key(region.paragraph, verb) == QLatin1String("according"))
        return forward(region, nextWord(region.paragraph, verb, region.end));
    Attribution a = backward(region, verb);
    if (a.speaker.isEmpty() && !a.pronoun)
        a = subject(region, verb);
    if (a.speaker.isEmpty() && !a.pronoun)
        a = lastName(region, verb);
    return a;
}

Attribution AttributionFinder::antecedent(const QuoteSpan &quote) const
{
    const int mark = openingMark(quote);
    const AnalysedParagraph &paragraph = m_text.paragraphs[quote.paragraph];
    Attribution found;
    for (int s = 0; s < paragraph.sentenceStarts.size() && paragraph.sentenceStarts[s] < mark; ++s) {
        Region region;
        region.paragraph = quote.paragraph;
        region.begin = paragraph.sentenceStarts[s];
        region.end = s + 1 < paragraph.sentenceStarts.size()
            ? std::min(mark, paragraph.sentenceStarts[s + 1]) : mark;
        const int verb = speechVerb(region, true);
        if (verb < 0 || key(region.paragraph, verb) == QLatin1String("according"))
            continue;
        Attribution a = backward(region, verb);
        if (a.speaker.isEmpty() && !a.pronoun)
            a = subject(region, verb);
        if (a.isNamed())
            found = a;
    }
    return found;
}

bool AttributionFinder::isSplitAttribution(const QuoteSpan &first, const QuoteSpan &second) const
{
    if (first.endParagraph != second.paragraph || !first.closed)
        return false;
    const QString &text = m_text.document->paragraphs[first.endParagraph].text;
    // A full stop inside the first fragment ends a sentence: two quotations follow each other.
    int last = first.end - 1;
    while (last >= 0 && text.at(last).isSpace())
        --last;
    if (last >= 0 && (text.at(last) == u'.' || text.at(last) == u'!' || text.at(last) == u'?'))
        return false;
    const int close = closingMark(first);
    const int open = openingMark(second);
    if (close < 0 || open <= close)
        return false;
    int words = 0;
    bool verb = false;
    const QVector<Token> &tokens = m_text.paragraphs[first.endParagraph].tokens;
    for (int t = close + 1; t < open; ++t) {
        if (!tokens[t].isWord())
            continue;
        ++words;
        const QString k = key(first.endParagraph, t);
        verb = verb || m_words.speechVerbs.contains(k) || k == QLatin1String("according");
    }
    // The first fragment stops at a comma (inside or outside its marks), and so does the
    // attribution: '"We are worried," he said, "about …"'. A colon introduces a new quotation.
    const int after = nextWord(first.endParagraph, close, open);
    const bool pause = (last >= 0 && text.at(last) == u',')
        || (after >= 0 && text.at(tokens[after].start) == u',');
    const int before = previousWord(first.endParagraph, open, close + 1);
    const QChar c = before >= 0 ? text.at(tokens[before].start) : QChar();
    return verb && pause && words <= kSplitWords && (c == u',' || c == u'\u2014' || c == u'\u2013');
}

} // namespace Recension
