// The classifier's passes over numbers once a passage's changes are typed: a number moved
// around its month, and a number written out in words facing its digits (one value, or
// one changed number).
#include "compare/classifier.h"

#include "compare/auditcontext.h"
#include "compare/numberrun.h"

#include <algorithm>

namespace Recension {

void Classifier::markMovedNumbers(PassageResult *result) const
{
    // "6 January" -> "January 6": the diff deletes the number on one side of the month
    // and inserts it on the other. The same number moved within its sentence is format.
    auto numberText = [&](Side side, const Change &change) {
        const Span &span = change.sides[side];
        const QString text = m_facts.document(side).document->paragraphs[span.paragraph].text.mid(
            span.start, span.end - span.start);
        bool isNumber = !text.isEmpty();
        for (QChar c : text)
            isNumber = isNumber && (c.isDigit() || c == u',' || c == u'.');
        return isNumber ? text : QString();
    };
    for (Change &deleted : result->changes) {
        if (deleted.category != Category::Deleted)
            continue;
        const QString number = numberText(Left, deleted);
        if (number.isEmpty())
            continue;
        for (Change &inserted : result->changes) {
            if (inserted.category == Category::Inserted && numberText(Right, inserted) == number) {
                deleted.category = inserted.category = Category::Format;
                finish(&deleted, false);
                finish(&inserted, false);
                break;
            }
        }
    }
}

void Classifier::markNumbersWrittenOut(PassageResult *result) const
{
    struct Run
    {
        int paragraph = -1;
        int first = 0;
        int last = -1;
    };
    const auto tokensOf = [this](Side side, const Span &span) {
        const AnalysedParagraph &paragraph = m_facts.document(side).paragraphs[span.paragraph];
        return Run{span.paragraph, tokenAt(paragraph, span.start), tokenAt(paragraph, std::max(span.start, span.end - 1))};
    };
    // Whether each side of `inside` lies within the two runs.
    const auto within = [&tokensOf](const Change &inside, const std::array<Run, 2> &runs) {
        bool in = !inside.sides[Left].isNull() || !inside.sides[Right].isNull();
        for (int side = 0; side < 2 && in; ++side) {
            if (inside.sides[side].isNull())
                continue;
            const Run piece = tokensOf(Side(side), inside.sides[side]);
            in = piece.paragraph == runs[side].paragraph && piece.first >= runs[side].first
                && piece.last <= runs[side].last;
        }
        return in;
    };
    for (int c = 0; c < result->changes.size(); ++c) {
        const Change &change = result->changes[c];
        if (change.category != Category::Number || change.sides[Left].isNull() || change.sides[Right].isNull())
            continue;
        std::array<Run, 2> runs;
        std::array<QVector<double>, 2> values;
        bool numbers = true;
        for (int side = 0; side < 2 && numbers; ++side) {
            const NumberRun reader(m_facts, Side(side));
            runs[side] = tokensOf(Side(side), change.sides[side]);
            numbers = reader.widen(runs[side].paragraph, &runs[side].first, &runs[side].last);
            if (numbers)
                values[side] = reader.values(runs[side].paragraph, runs[side].first, runs[side].last);
        }
        if (!numbers || values[Left].isEmpty() || values[Right].isEmpty())
            continue;
        // The value read whole decides: the same value ("twenty-two" -> "22") is one change
        // of how it is written; another ("twenty two" -> "23") is one changed number, not a
        // number and a word deleted beside it. The changes inside the two numbers join it.
        const bool sameValue = values[Left] == values[Right];
        Change merged = change;
        merged.category = sameValue ? Category::Format : Category::Number;
        bool joined = sameValue;
        for (int other = result->changes.size() - 1; other >= 0; --other) {
            const Change &inside = result->changes[other];
            if (other == c || !within(inside, runs))
                continue;
            for (int side = 0; side < 2; ++side) {
                const Span &part = inside.sides[side];
                if (part.isNull())
                    continue;
                merged.sides[side].start = std::min(merged.sides[side].start, part.start);
                merged.sides[side].end = std::max(merged.sides[side].end, part.end);
            }
            result->changes.remove(other);
            if (other < result->order.size())
                result->order.remove(other);
            if (other < c)
                --c;
            joined = true;
        }
        if (joined) {
            finish(&merged, !sameValue);
            result->changes[c] = merged;
        }
    }
}

} // namespace Recension
