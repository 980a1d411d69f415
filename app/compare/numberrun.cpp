#include "compare/numberrun.h"

namespace Recension {

namespace {

/// Words that join two parts of one number after a ten or more ("one hundred and five",
/// "vingt et un"); "two and three" stays two numbers.
bool isJoiningWord(const QString &key)
{
    return key == QLatin1String("and") || key == QLatin1String("et") || key == QLatin1String("und");
}

} // namespace

NumberRun::NumberRun(const WordFacts &facts, Side side)
    : m_facts(facts)
    , m_side(side)
{
}

std::optional<double> NumberRun::valueAt(int paragraph, int token) const
{
    return m_facts.numberValue(m_facts.token(m_side, paragraph, token));
}

int NumberRun::joined(int paragraph, int token, int step) const
{
    const int count = int(m_facts.document(m_side).paragraphs[paragraph].tokens.size());
    bool joiningWord = false;
    for (int t = token + step, seen = 0; t >= 0 && t < count && seen < 4; t += step, ++seen) {
        const Token &between = m_facts.token(m_side, paragraph, t);
        if (between.kind == TokenKind::Space)
            continue;
        if (between.kind == TokenKind::Punctuation && m_facts.keyText(between) == QLatin1String("-"))
            continue;
        if (between.kind == TokenKind::Word && !joiningWord && isJoiningWord(m_facts.keyText(between))) {
            joiningWord = true;
            continue;
        }
        if (!between.isWord() || !valueAt(paragraph, t))
            return -1;
        // Number words join number words; digits only take a multiplier word after them.
        const Token &near = m_facts.token(m_side, paragraph, step > 0 ? token : t);
        const Token &far = m_facts.token(m_side, paragraph, step > 0 ? t : token);
        const bool words = near.kind == TokenKind::Word && far.kind == TokenKind::Word;
        const bool multiplier = far.kind == TokenKind::Word && *m_facts.numberValue(far) >= 100;
        if (!words && !multiplier)
            return -1;
        // "and" joins only after a ten or more: "hundred and five", not "two and three".
        if (joiningWord && *m_facts.numberValue(near) < 10)
            return -1;
        return t;
    }
    return -1;
}

bool NumberRun::widen(int paragraph, int *first, int *last) const
{
    bool any = false;
    for (int t = *first; t <= *last; ++t)
        any = any || (m_facts.token(m_side, paragraph, t).isWord() && valueAt(paragraph, t));
    if (!any)
        return false;
    if (valueAt(paragraph, *first))
        for (int t = joined(paragraph, *first, -1); t >= 0; t = joined(paragraph, t, -1))
            *first = t;
    if (valueAt(paragraph, *last))
        for (int t = joined(paragraph, *last, 1); t >= 0; t = joined(paragraph, t, 1))
            *last = t;
    return true;
}

QVector<double> NumberRun::values(int paragraph, int first, int last) const
{
    QVector<double> values;
    double total = 0;
    double current = 0;
    int previous = -1;
    for (int t = first; t <= last; ++t) {
        const Token &token = m_facts.token(m_side, paragraph, t);
        const std::optional<double> value = token.isWord() ? valueAt(paragraph, t) : std::nullopt;
        if (!value)
            continue;
        const double v = *value;
        if (previous < 0 || joined(paragraph, previous, 1) != t) {
            if (previous >= 0)
                values.append(total + current);
            total = 0;
            current = v;
        } else if (v >= 1000) {
            total += (current == 0 ? 1 : current) * v;
            current = 0;
        } else if (v == 100) {
            current = (current == 0 ? 1 : current) * v;
        } else if (v == 20 && current == 4) {
            current = 80; // quatre-vingt(s)
        } else {
            current += v;
        }
        previous = t;
    }
    if (previous >= 0)
        values.append(total + current);
    return values;
}

} // namespace Recension
