// What became of each quotation of the audit: its wording kept, its speaker, its changes.
#include "compare/quoteauditor.h"

#include <dtl/dtl.hpp>

#include <climits>
#include <vector>

namespace Recension::QuoteAuditing {

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

} // namespace Recension::QuoteAuditing
