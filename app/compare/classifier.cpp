#include "compare/classifier.h"

#include "compare/keyfacts.h"
#include "compare/phrasealigner.h"
#include "text/lexicon.h"
#include "text/wordlists.h"

#include <algorithm>
#include <numeric>

namespace Recension {

namespace {

/// Splits a run of passage tokens where the paragraph changes: a change never crosses a
/// paragraph boundary.
QVector<QVector<PassageToken>> byParagraph(const QVector<PassageToken> &sequence, int begin, int end)
{
    QVector<QVector<PassageToken>> groups;
    for (int k = begin; k < end;) {
        int next = k + 1;
        while (next < end && sequence[next].paragraph == sequence[k].paragraph)
            ++next;
        groups.append(QVector<PassageToken>(sequence.cbegin() + k, sequence.cbegin() + next));
        k = next;
    }
    return groups;
}

Category categoryOf(Relation relation)
{
    switch (relation) {
    case Relation::Format:
        return Category::Format;
    case Relation::Number:
        return Category::Number;
    case Relation::Name:
    case Relation::NameSpelling:
        return Category::Name;
    case Relation::Polarity:
        return Category::Polarity;
    case Relation::Hedge:
        return Category::Hedge;
    case Relation::Spelling:
        return Category::Spelling;
    case Relation::Synonym:
        return Category::Synonym;
    case Relation::Inflection:
        return Category::Inflection;
    case Relation::Punctuation:
        return Category::Punctuation;
    case Relation::Equal:
    case Relation::Unrelated:
        break;
    }
    return Category::Replaced;
}

/// Words on each side of a gap up to which a number without a counterpart is a value changed.
constexpr int kShortGap = 3;

/// A moved passage that crossed more than this many others is worth a look (spec: moved).
constexpr int kMovedPastLinks = 3;

} // namespace

Classifier::Classifier(const WordFacts &facts, const std::array<QuoteIndex, 2> &quotes,
                       const CompareOptions &options, const QVector<Link> *links)
    : m_facts(facts)
    , m_quotes(quotes)
    , m_options(options)
    , m_watch(options.watch)
    , m_links(links)
    , m_phrases(facts)
    , m_gapWords(facts)
{
}

Span Classifier::spanOf(Side side, const QVector<PassageToken> &tokens) const
{
    if (tokens.isEmpty())
        return {};
    const Token &first = m_facts.token(side, tokens.first().paragraph, tokens.first().token);
    const Token &last = m_facts.token(side, tokens.last().paragraph, tokens.last().token);
    Span span;
    span.paragraph = tokens.first().paragraph;
    span.start = first.start;
    span.end = last.end();
    return span;
}

void Classifier::finish(Change *change, bool valueChanged) const
{
    for (int side = 0; side < 2; ++side) {
        const Span &s = change->sides[side];
        if (!s.isNull() && m_quotes[side].overlaps(s.paragraph, s.start, s.end))
            change->inQuote = true;
    }
    // Severity says what a fact-checker must do: facts are high; rewording that may
    // change a claim is medium; a word swapped for its like is low unless it stands in a
    // quotation (the QUOTE carries the alarm).
    switch (change->category) {
    case Category::Number:
        change->severity = valueChanged ? Severity::High : Severity::Low;
        break;
    case Category::Name:
    case Category::Speaker:
    case Category::Polarity:
        change->severity = Severity::High;
        break;
    case Category::Hedge:
    case Category::Replaced:
    case Category::Inserted:
    case Category::Deleted:
        change->severity = Severity::Medium;
        break;
    case Category::Synonym:
    case Category::Inflection:
    case Category::Spelling:
        change->severity = change->inQuote ? Severity::Medium : Severity::Low;
        break;
    case Category::Moved:
    case Category::Format:
    case Category::Case:
    case Category::Punctuation:
        change->severity = Severity::Low;
        break;
    }
    if (change->watched)
        change->severity = Severity::High;
}

int Classifier::movedPast(const Link &link) const
{
    if (!m_links || link.paragraphs[Left].isEmpty() || link.paragraphs[Right].isEmpty())
        return 0;
    const int left = link.paragraphs[Left].first();
    const int right = link.paragraphs[Right].first();
    int crossed = 0;
    for (const Link &other : *m_links) {
        if (other.paragraphs[Left].isEmpty() || other.paragraphs[Right].isEmpty()
            || other.paragraphs[Left].first() == left)
            continue;
        if ((other.paragraphs[Left].first() < left) != (other.paragraphs[Right].first() < right))
            ++crossed;
    }
    return crossed;
}

Change Classifier::makeChange(Category category, const std::array<QVector<PassageToken>, 2> &tokens,
                              bool valueChanged) const
{
    Change change;
    change.category = category;
    change.sides[Left] = spanOf(Left, tokens[Left]);
    change.sides[Right] = spanOf(Right, tokens[Right]);
    finish(&change, valueChanged);
    return change;
}

void Classifier::classifyPiece(const Piece &piece, PassageResult *result) const
{
    std::array<QVector<PassageToken>, 2> words;
    for (int side = 0; side < 2; ++side) {
        words[side].reserve(piece.tokens[side].size());
        for (const PassageToken &pt : piece.tokens[side])
            if (m_facts.token(Side(side), pt.paragraph, pt.token).isWord())
                words[side].append(pt);
    }
    // Two unrelated runs of a handful of repeated tokens (a column of letters or figures,
    // diffed block against block) hold no words or phrases to pair: each is typed whole.
    if (words[Left].isEmpty() || words[Right].isEmpty() || piece.typedWhole) {
        classifyGap(piece, piece.tokens, result);
        return;
    }
    // Words and phrases facing each other get their own changes ("directly harm our
    // town" -> "instantly do damage to our city": three synonyms); what is left over is
    // its own inserted, deleted or replaced piece.
    // A word facing a word is related as words: phrase candidates only serve longer runs
    // (a table's changed figure is one word facing one, hundreds of thousands of times).
    const bool phrases = words[Left].size() > 1 || words[Right].size() > 1;
    const std::array<PhraseRelations::Candidates, 2> candidates{
        {phrases ? m_phrases.candidatesOf(Left, words[Left]) : PhraseRelations::Candidates{},
         phrases ? m_phrases.candidatesOf(Right, words[Right]) : PhraseRelations::Candidates{}}};
    const QVector<PhraseSegment> segments = alignPhrases(
        words[Left].size(), words[Right].size(), [&](int lb, int le, int rb, int re) {
            if (le - lb == 1 && re - rb == 1)
                return relateWords(piece, words[Left][lb], words[Right][rb]);
            if (!m_phrases.mayRelate(candidates, lb, le, rb, re))
                return Relation::Unrelated;
            return m_phrases.relate(candidates, lb, le, rb, re);
        });
    if (segments.size() == 1 && segments.first().isGap()) {
        classifyGap(piece, piece.tokens, result);
        return;
    }
    for (const PhraseSegment &segment : segments) {
        std::array<QVector<PassageToken>, 2> part;
        for (int side = 0; side < 2; ++side)
            part[side] = words[side].mid(segment.begin[side], segment.end[side] - segment.begin[side]);
        if (segment.isGap())
            classifyGap(piece, part, result);
        else
            addMatch(segment.relation, part, result);
    }
}

bool Classifier::isChangedName(const Piece &piece, Side side, const PassageToken &word) const
{
    if (!m_facts.isNameWord(side, word.paragraph, word.token))
        return false;
    const quint32 stem = m_facts.token(side, word.paragraph, word.token).stem;
    return !piece.passageKeys || !(*piece.passageKeys)[otherSide(side)].contains(stem);
}

Relation Classifier::relateWords(const Piece &piece, const PassageToken &a, const PassageToken &b) const
{
    const Relation relation = m_facts.relate(a.paragraph, a.token, b.paragraph, b.token);
    // Another month or weekday is another date, a value, however alike the two words are
    // spelt ("Tuesday" -> "Thursday", "June" -> "July").
    if (relation != Relation::Equal && relation != Relation::Format
        && m_facts.isCalendarWord(Left, a.paragraph, a.token)
        && m_facts.isCalendarWord(Right, b.paragraph, b.token)) {
        // An abbreviation is the same month or day written differently ("Jan." / "January").
        const QString ka = m_facts.keyText(m_facts.token(Left, a.paragraph, a.token));
        const QString kb = m_facts.keyText(m_facts.token(Right, b.paragraph, b.token));
        const bool abbreviated = std::min(ka.size(), kb.size()) >= 3
            && (ka.startsWith(kb) || kb.startsWith(ka));
        return abbreviated ? Relation::Format : Relation::Number;
    }
    if (relation == Relation::Name || relation == Relation::NameSpelling) {
        // A name faces a name (or an office word an office word); a name facing a
        // common word is rewording around an added or dropped name, not a name replaced.
        // A name that still stands elsewhere in the other side was moved, not changed.
        const bool leftName = m_facts.isNameWord(Left, a.paragraph, a.token);
        const bool rightName = m_facts.isNameWord(Right, b.paragraph, b.token);
        // Office words pair across capitals ("Trade Minister" -> "commerce minister") when
        // both say which office; "the Harbour Council" -> "Port Council" pairs no name
        // with "the".
        if (leftName != rightName && relation == Relation::Name
            && !(m_facts.isInstitutionModifier(Left, a.paragraph, a.token)
                 && m_facts.isInstitutionModifier(Right, b.paragraph, b.token)))
            return Relation::Unrelated;
        if ((leftName || rightName) && !isChangedName(piece, Left, a) && !isChangedName(piece, Right, b))
            return Relation::Unrelated;
    }
    // A number faces a number; one facing a word is rewording around it (gapCategory).
    if (relation == Relation::Number
        && (!m_facts.numberValue(m_facts.token(Left, a.paragraph, a.token))
            || !m_facts.numberValue(m_facts.token(Right, b.paragraph, b.token))))
        return Relation::Unrelated;
    // A negation facing some other word is no pairing: the gap around it says polarity.
    if (relation == Relation::Polarity
        && m_facts.isNegation(m_phrases.phraseKey(Left, {a})) != m_facts.isNegation(m_phrases.phraseKey(Right, {b})))
        return Relation::Unrelated;
    return relation;
}

Category Classifier::gapCategory(const Piece &piece, const std::array<QVector<PassageToken>, 2> &words,
                                 bool *valueChanged) const
{
    // What each side's words say through the word lists depends on their keys alone.
    const std::array<GapSide, 2> lexical{
        {m_gapWords.of(Left, words[Left]), m_gapWords.of(Right, words[Right])}};
    const bool inserted = words[Left].isEmpty();
    const bool deleted = words[Right].isEmpty();
    if (inserted || deleted) {
        // A negation added or dropped alone ("not", "did not"); one inside an added
        // clause ("were without clothing") is that clause's.
        const GapSide &present = lexical[inserted ? Right : Left];
        if (present.negations > 0 && !present.otherWords)
            return Category::Polarity;
        if (present.honorifics)
            return Category::Format;
        if (!present.strength.isEmpty() && !present.otherWords)
            return Category::Hedge;
        return inserted ? Category::Inserted : Category::Deleted;
    }

    const Relation listed = m_gapWords.listRelation(lexical[Left], lexical[Right]);
    if (listed == Relation::Format)
        return Category::Format;
    // Numbers first, then names, then the rest by the spec's precedence.
    // A name replaced needs a name on both sides: a name that only one side has is
    // rewording around an added or dropped name (a claim, not a respelling).
    std::array<QVector<double>, 2> values;
    std::array<QStringList, 2> calendar; // months and weekdays: a date is a value too
    std::array<bool, 2> name{{false, false}};
    for (int side = 0; side < 2; ++side) {
        for (const PassageToken &pt : words[side]) {
            const Token &token = m_facts.token(Side(side), pt.paragraph, pt.token);
            if (const auto value = m_facts.numberValue(token))
                values[side].append(*value);
            if (m_facts.isCalendarWord(Side(side), pt.paragraph, pt.token))
                calendar[side].append(m_facts.keyText(token));
            // The stem test first: it is cheaper, and the two are pure.
            name[side] = name[side] || isChangedName(piece, Side(side), pt)
                || (piece.passageKeys && !(*piece.passageKeys)[otherSide(Side(side))].contains(token.stem)
                    && m_facts.isInstitutionModifier(Side(side), pt.paragraph, pt.token));
        }
        std::sort(values[side].begin(), values[side].end());
    }
    // A number replaced by words ("fourteen" -> "many") changes the fact; a number that
    // one side adds or drops in a long rewording is a claim of its own, not a new value.
    const bool shortGap = words[Left].size() <= kShortGap && words[Right].size() <= kShortGap;
    if (values[Left] != values[Right]
        && ((!values[Left].isEmpty() && !values[Right].isEmpty()) || shortGap)) {
        *valueChanged = true;
        return Category::Number;
    }
    // "4 June" -> "4 July", "on Tuesday" -> "on Thursday": another date.
    if (!calendar[Left].isEmpty() && !calendar[Right].isEmpty() && calendar[Left] != calendar[Right]) {
        *valueChanged = true;
        return Category::Number;
    }
    if (name[Left] && name[Right])
        return Category::Name;
    if (lexical[Left].negations % 2 != lexical[Right].negations % 2 && shortGap)
        return Category::Polarity;
    if (listed == Relation::Hedge || (listed == Relation::Polarity && shortGap))
        return categoryOf(listed);
    if (lexical[Left].strength != lexical[Right].strength)
        return Category::Hedge;
    if (listed == Relation::Synonym
        || (shortGap && std::min(words[Left].size(), words[Right].size()) == 1
            && m_facts.lexicon().areSynonyms(lexical[Left].key, lexical[Right].key)))
        return Category::Synonym;
    return Category::Replaced;
}

void Classifier::classifyGap(const Piece &piece, const std::array<QVector<PassageToken>, 2> &tokens,
                             PassageResult *result) const
{
    std::array<QVector<PassageToken>, 2> words;
    for (int side = 0; side < 2; ++side) {
        words[side].reserve(tokens[side].size());
        for (const PassageToken &pt : tokens[side])
            if (m_facts.token(Side(side), pt.paragraph, pt.token).isWord())
                words[side].append(pt);
    }
    if (words[Left].isEmpty() && words[Right].isEmpty()) {
        if (joinsNameParts(tokens))
            result->changes.append(makeChange(Category::Format, tokens, false));
        else if (!m_options.ignorePunctuation)
            result->changes.append(makeChange(Category::Punctuation, tokens));
        return;
    }
    bool valueChanged = false;
    const Category category = gapCategory(piece, words, &valueChanged);
    const Change change = makeChange(category, tokens, valueChanged);
    if (category == Category::Synonym || category == Category::Format) {
        result->equivalentWords += words[Left].size() + words[Right].size();
        if (isUnimportant(change))
            return;
    }
    result->changes.append(change);
}

bool Classifier::joinsNameParts(const std::array<QVector<PassageToken>, 2> &tokens) const
{
    // "Jean-Luc" / "Jean Luc", "U.S" + "." : hyphens and dots between the capitalised
    // parts of a name write the same name another way (format), they are no punctuation.
    bool any = false;
    for (Side side : {Left, Right}) {
        for (const PassageToken &pt : tokens[side]) {
            const QStringView text = m_facts.display(side, pt.paragraph, pt.token);
            for (QChar c : text)
                if (c != u'-' && c != u'.' && c != QChar(0x2010) && c != QChar(0x2011))
                    return false;
            const int count = int(m_facts.document(side).paragraphs[pt.paragraph].tokens.size());
            if (pt.token == 0 || pt.token + 1 >= count)
                return false;
            const QStringView before = m_facts.display(side, pt.paragraph, pt.token - 1);
            const QStringView after = m_facts.display(side, pt.paragraph, pt.token + 1);
            if (before.isEmpty() || after.isEmpty() || !before.front().isUpper()
                || !after.front().isUpper())
                return false;
            any = true;
        }
    }
    return any;
}

bool Classifier::isUnimportant(const Change &change) const
{
    if (change.category != Category::Synonym || !m_options.synonymsUnimportant || change.inQuote)
        return false;
    // A swap that touches a watched term is never unimportant: it is high and a finding.
    if (m_watch.isEmpty())
        return true;
    for (Side side : {Left, Right}) {
        const Span &span = change.sides[side];
        if (span.isNull())
            continue;
        const QString &text = m_facts.document(side).document->paragraphs[span.paragraph].text;
        if (!m_watch.find(text.mid(span.start, span.end - span.start)).isEmpty())
            return false;
    }
    return true;
}

void Classifier::addMatch(Relation relation, const std::array<QVector<PassageToken>, 2> &words,
                          PassageResult *result) const
{
    // Equal words folded into a change are in the diff's common pairs, counted there.
    const int size = words[Left].size() + words[Right].size();
    if (relation == Relation::Equal)
        return;
    const Category category = categoryOf(relation);
    if (category == Category::Synonym || category == Category::Inflection || category == Category::Format)
        result->equivalentWords += size;
    const Change change = makeChange(category, words);
    if (isUnimportant(change))
        return;
    result->changes.append(change);
}

void Classifier::classifyHunk(const PassageDiff &diff, const Hunk &hunk,
                              const std::array<QSet<quint32>, 2> &passageKeys,
                              PassageResult *result) const
{
    const auto left = byParagraph(diff.sequence[Left], hunk.begin[Left], hunk.end[Left]);
    const auto right = byParagraph(diff.sequence[Right], hunk.begin[Right], hunk.end[Right]);
    const int pieces = std::max(left.size(), right.size());
    for (int k = 0; k < pieces; ++k) {
        Piece piece;
        piece.passageKeys = &passageKeys;
        piece.typedWhole = diff.repetitive;
        if (k < left.size())
            piece.tokens[Left] = left[k];
        if (k < right.size())
            piece.tokens[Right] = right[k];
        classifyPiece(piece, result);
    }
}

void Classifier::addCaseChanges(const PassageDiff &diff, PassageResult *result) const
{
    if (m_options.ignoreCase)
        return;
    int h = 0;
    std::array<QVector<PassageToken>, 2> run;
    QPair<int, int> runOrder{-1, -1};
    auto flush = [&]() {
        if (!run[Left].isEmpty()) {
            result->changes.append(makeChange(Category::Case, run));
            result->order.resize(result->changes.size(), runOrder);
        }
        run[Left].clear();
        run[Right].clear();
    };
    for (const auto &pair : diff.common) {
        while (h < diff.hunks.size() && diff.hunks[h].end[Left] <= pair.first
               && diff.hunks[h].end[Right] <= pair.second)
            ++h;
        // Equal tokens folded into a change belong to that change.
        const bool folded = h < diff.hunks.size() && pair.first >= diff.hunks[h].begin[Left]
            && pair.first < diff.hunks[h].end[Left];
        const PassageToken &a = diff.sequence[Left][pair.first];
        const PassageToken &b = diff.sequence[Right][pair.second];
        const QStringView da = m_facts.display(Left, a.paragraph, a.token);
        const QStringView db = m_facts.display(Right, b.paragraph, b.token);
        const bool caseOnly = !folded && da != db
            && m_facts.token(Left, a.paragraph, a.token).isWord()
            && da.toString().toCaseFolded() == db.toString().toCaseFolded();
        if (!caseOnly) {
            flush();
            continue;
        }
        if (!run[Left].isEmpty() && (run[Left].last().paragraph != a.paragraph
                                     || run[Right].last().paragraph != b.paragraph))
            flush();
        if (run[Left].isEmpty())
            runOrder = pair;
        run[Left].append(a);
        run[Right].append(b);
    }
    flush();
}

void Classifier::addWholeParagraphs(const Link &link, Side side, Category category,
                                    PassageResult *result) const
{
    for (int p : link.paragraphs[side]) {
        const QVector<Token> &tokens = m_facts.document(side).paragraphs[p].tokens;
        QVector<PassageToken> content;
        for (int t = 0; t < tokens.size(); ++t)
            if (tokens[t].kind != TokenKind::Space)
                content.append(PassageToken{p, t});
        if (content.isEmpty())
            continue;
        std::array<QVector<PassageToken>, 2> sides;
        sides[side] = {content.first(), content.last()};
        result->changes.append(makeChange(category, sides));
    }
}

PassageResult Classifier::classify(const Link &link, int linkIndex, const PassageDiff &diff) const
{
    PassageResult result;
    for (int side = 0; side < 2; ++side)
        for (int p : link.paragraphs[side])
            result.words[side] += m_facts.document(Side(side)).paragraphs[p].wordCount;

    if (link.kind == LinkKind::Deleted) {
        addWholeParagraphs(link, Left, Category::Deleted, &result);
    } else if (link.kind == LinkKind::Inserted) {
        addWholeParagraphs(link, Right, Category::Inserted, &result);
    } else {
        if (link.kind == LinkKind::Moved) {
            // Zero-width at the start of each side: the passage's own word changes stay
            // reported, and changes never overlap.
            Change moved;
            moved.category = Category::Moved;
            moved.sides[Left] = Span{link.paragraphs[Left].first(), 0, 0};
            moved.sides[Right] = Span{link.paragraphs[Right].first(), 0, 0};
            finish(&moved, true);
            if (movedPast(link) > kMovedPastLinks)
                moved.severity = Severity::Medium;
            result.changes.append(moved);
        }
        for (const auto &pair : diff.common) {
            const PassageToken &a = diff.sequence[Left][pair.first];
            if (m_facts.token(Left, a.paragraph, a.token).isWord())
                result.equivalentWords += 2;
        }
        std::array<QSet<quint32>, 2> passageKeys;
        for (int side = 0; side < 2; ++side)
            for (const PassageToken &pt : diff.sequence[side])
                passageKeys[side].insert(m_facts.token(Side(side), pt.paragraph, pt.token).stem);
        result.order.fill({-1, -1}, result.changes.size());
        for (const Hunk &hunk : diff.hunks) {
            classifyHunk(diff, hunk, passageKeys, &result);
            result.order.resize(result.changes.size(), {hunk.begin[Left], hunk.begin[Right]});
        }
        markMovedNumbers(&result);
        markNumbersWrittenOut(&result);
        addCaseChanges(diff, &result);
    }

    // Passage order: the place in the diff sequences (the moved marker first).
    if (result.order.size() == result.changes.size()) {
        QVector<int> index(result.changes.size());
        std::iota(index.begin(), index.end(), 0);
        std::stable_sort(index.begin(), index.end(),
                         [&](int a, int b) { return result.order[a] < result.order[b]; });
        QVector<Change> sorted;
        sorted.reserve(index.size());
        for (int i : index)
            sorted.append(result.changes[i]);
        result.changes = sorted;
    }
    for (Change &change : result.changes)
        change.link = linkIndex;
    return result;
}

} // namespace Recension
