#include "compare/classifier.h"

#include "compare/functionwords.h"
#include "text/lexicon.h"

#include <algorithm>
#include <numeric>

namespace Recension {

namespace {

/// Splits a run of passage tokens where the paragraph changes: a change never crosses a
/// paragraph boundary.
QVector<QVector<PassageToken>> byParagraph(const QVector<PassageToken> &sequence, int begin, int end)
{
    QVector<QVector<PassageToken>> groups;
    for (int k = begin; k < end; ++k) {
        if (groups.isEmpty() || groups.last().last().paragraph != sequence[k].paragraph)
            groups.append(QVector<PassageToken>());
        groups.last().append(sequence[k]);
    }
    return groups;
}

Category categoryOf(Relation relation)
{
    switch (relation) {
    case Relation::Number:
    case Relation::NumberStyle:
        return Category::Number;
    case Relation::Name:
        return Category::Name;
    case Relation::NameSpelling:
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

} // namespace

Classifier::Classifier(const WordFacts &facts, const std::array<QuoteIndex, 2> &quotes,
                       const CompareOptions &options)
    : m_facts(facts)
    , m_quotes(quotes)
    , m_options(options)
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
    switch (change->category) {
    case Category::Number:
        change->severity = valueChanged ? Severity::High : Severity::Low;
        break;
    case Category::Name:
    case Category::Speaker:
        change->severity = Severity::High;
        break;
    case Category::Replaced:
    case Category::Inserted:
    case Category::Deleted:
    case Category::Moved:
        change->severity = Severity::Medium;
        break;
    default:
        change->severity = Severity::Low;
    }
    const bool wordsChanged = change->category != Category::Case
        && change->category != Category::Punctuation && change->category != Category::Moved;
    if (change->inQuote && wordsChanged)
        change->severity = Severity::High;
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
    for (int side = 0; side < 2; ++side)
        for (const PassageToken &pt : piece.tokens[side])
            if (m_facts.token(Side(side), pt.paragraph, pt.token).isWord())
                words[side].append(pt);

    if (words[Left].isEmpty() && words[Right].isEmpty()) {
        if (!m_options.ignorePunctuation)
            result->changes.append(makeChange(Category::Punctuation, piece.tokens));
        return;
    }
    if (words[Left].isEmpty() || words[Right].isEmpty()) {
        const Category category = words[Left].isEmpty() ? Category::Inserted : Category::Deleted;
        result->changes.append(makeChange(category, piece.tokens));
        return;
    }

    // A short phrase for another the thesaurus or the function-word table knows
    // ("situation" and "state of affairs", "as well as" and "in addition to").
    const int longest = std::max(words[Left].size(), words[Right].size());
    if (longest >= 2 && longest <= 4 && isPhraseSynonym(words)) {
        Change change = makeChange(Category::Synonym, piece.tokens);
        result->equivalentWords += words[Left].size() + words[Right].size();
        if (!m_options.synonymsUnimportant || change.inQuote)
            result->changes.append(change);
        return;
    }
    // Word for word: each facing pair gets its own name, so a spun clause reads as its
    // individual swaps; neighbouring pairs with no relation read as one replacement.
    if (words[Left].size() == words[Right].size()) {
        classifyFacingWords(piece, words, result);
        return;
    }

    classifyPhrase(piece, words, result);
}

void Classifier::classifyPhrase(const Piece &piece, const std::array<QVector<PassageToken>, 2> &words,
                                PassageResult *result) const
{
    // A phrase replaced by another: numbers first, then names, by the spec's precedence.
    std::array<QVector<double>, 2> values;
    bool hasName = false;
    for (int side = 0; side < 2; ++side) {
        for (const PassageToken &pt : words[side]) {
            const Token &token = m_facts.token(Side(side), pt.paragraph, pt.token);
            if (const auto value = m_facts.numberValue(token))
                values[side].append(*value);
            hasName = hasName || isChangedName(piece, Side(side), pt);
        }
        std::sort(values[side].begin(), values[side].end());
    }
    Category category = Category::Replaced;
    bool valueChanged = true;
    if (!values[Left].isEmpty() || !values[Right].isEmpty()) {
        category = Category::Number;
        valueChanged = values[Left] != values[Right];
    } else if (hasName) {
        category = Category::Name;
    }
    result->changes.append(makeChange(category, piece.tokens, valueChanged));
}

bool Classifier::isPhraseSynonym(const std::array<QVector<PassageToken>, 2> &words) const
{
    std::array<QString, 2> text;
    for (int side = 0; side < 2; ++side) {
        QStringList parts;
        for (const PassageToken &pt : words[side]) {
            const Token &token = m_facts.token(Side(side), pt.paragraph, pt.token);
            if (m_facts.isProperName(Side(side), pt.paragraph, pt.token) || m_facts.numberValue(token))
                return false;
            parts << m_facts.keyText(token);
        }
        text[side] = parts.join(QLatin1Char(' '));
    }
    return m_facts.lexicon().areSynonyms(text[Left], text[Right])
        || areFunctionSynonyms(text[Left], text[Right], m_facts.document(Left).language);
}

bool Classifier::isChangedName(const Piece &piece, Side side, const PassageToken &word) const
{
    if (!m_facts.isProperName(side, word.paragraph, word.token))
        return false;
    const quint32 stem = m_facts.token(side, word.paragraph, word.token).stem;
    return !piece.passageKeys || !(*piece.passageKeys)[otherSide(side)].contains(stem);
}

void Classifier::classifyFacingWords(const Piece &facing,
                                     const std::array<QVector<PassageToken>, 2> &words,
                                     PassageResult *result) const
{
    std::array<QVector<PassageToken>, 2> unrelated;
    auto flushUnrelated = [&]() {
        if (unrelated[Left].isEmpty())
            return;
        // A run of unrelated words that holds a number or a name is that kind of change.
        Piece piece;
        piece.tokens = unrelated;
        piece.passageKeys = facing.passageKeys;
        classifyPhrase(piece, unrelated, result);
        unrelated[Left].clear();
        unrelated[Right].clear();
    };
    for (int k = 0; k < words[Left].size(); ++k) {
        const PassageToken &a = words[Left][k];
        const PassageToken &b = words[Right][k];
        Relation relation = m_facts.relate(a.paragraph, a.token, b.paragraph, b.token);
        if (relation == Relation::Name && !isChangedName(facing, Left, a)
            && !isChangedName(facing, Right, b))
            relation = Relation::Unrelated;
        if (relation == Relation::Unrelated) {
            if (!unrelated[Left].isEmpty() && (unrelated[Left].last().paragraph != a.paragraph
                                               || unrelated[Right].last().paragraph != b.paragraph))
                flushUnrelated();
            unrelated[Left].append(a);
            unrelated[Right].append(b);
            continue;
        }
        flushUnrelated();
        if (relation == Relation::Equal)
            continue;
        const Category category = categoryOf(relation);
        if (relation == Relation::Synonym || relation == Relation::Inflection)
            result->equivalentWords += 2;
        Change change = makeChange(category, {{{a}, {b}}}, relation != Relation::NumberStyle);
        if (relation == Relation::NameSpelling)
            change.severity = Severity::High;
        if (category == Category::Synonym && m_options.synonymsUnimportant && !change.inQuote)
            continue;
        result->changes.append(change);
    }
    flushUnrelated();
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
