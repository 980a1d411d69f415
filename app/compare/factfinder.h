#pragma once

#include "compare/comparison.h"
#include "compare/wordrelation.h"

#include <QSet>
#include <QVector>

namespace Recension {

/// A fact of one version: tokens [first, last] of one paragraph (inclusive token indices).
struct FactTokens
{
    FactKind kind = FactKind::Number;
    int paragraph = 0;
    int first = 0;
    int last = 0;
    int valueLast = -1; ///< a number's last token before its unit; -1: the same as `last`

    int coreLast() const { return valueLast < 0 ? last : valueLast; }
};

/// @brief Finds the facts of one analysed English text: numbers with their units ("3,600
/// containers", "2.5 metres", "$4 million", "five hundred"), dates ("January 5, 2022",
/// "Thursday", "2021"), names, organisations ("the Port Authority") and titles followed by
/// a name ("Mayor" in "Mayor Tomasz Wierzbicki"), in document order.
QVector<FactTokens> findFacts(const WordFacts &facts, Side side, const QSet<quint32> &functionWords);

} // namespace Recension
