#pragma once

#include "compare/wordrelation.h"

#include <QVector>

#include <optional>

namespace Recension {

/// @brief Reads numbers as a reader does: number words next to each other are one value
/// ("twenty-two" 22, "three hundred and five" 305, "quatre-vingt-dix" 90), and a multiplier
/// word after digits multiplies them ("3 million" 3,000,000).
class NumberRun final
{
public:
    NumberRun(const WordFacts &facts, Side side);

    /// @brief The tokens [first, last] of a paragraph widened to the whole numbers they
    /// touch: a number token's neighbours joined to it by a space, a hyphen or "and" are part
    /// of it. Returns false when no token in the range is a number.
    bool widen(int paragraph, int *first, int *last) const;
    /// @brief The values of the numbers written in tokens [first, last] of a paragraph, in
    /// reading order.
    QVector<double> values(int paragraph, int first, int last) const;

private:
    std::optional<double> valueAt(int paragraph, int token) const;
    /// The number token joined to `token` in direction `step`, or -1.
    int joined(int paragraph, int token, int step) const;

    const WordFacts &m_facts;
    Side m_side;
};

} // namespace Recension
