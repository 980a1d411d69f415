#pragma once

#include "compare/comparison.h"
#include "text/analysedtext.h"

#include <QSet>
#include <QVector>

#include <array>

namespace Recension {

/// A token of a passage: paragraph index in its document and token index in that paragraph.
struct PassageToken
{
    int paragraph = 0;
    int token = 0;
};

/// A run of divergence: half-open index ranges into the two passage sequences.
struct Hunk
{
    std::array<int, 2> begin{{0, 0}};
    std::array<int, 2> end{{0, 0}};

    bool isEmpty(Side side) const { return begin[side] == end[side]; }
};

/// @brief The word diff of one aligned passage.
struct PassageDiff
{
    std::array<QVector<PassageToken>, 2> sequence; ///< the tokens compared (no spaces)
    QVector<QPair<int, int>> common;               ///< equal positions (left, right), ascending
    QVector<Hunk> hunks;                           ///< after folding small equal islands
    /// The sides share under a tenth of their runs of four tokens: diffed in blocks.
    bool dissimilar = false;
    /// Dissimilar, and each side repeats a handful of distinct tokens (fewer than one in
    /// ten): a column of letters or figures, not prose. Its runs of changes are typed
    /// whole: there are no words or phrases to pair in them.
    bool repetitive = false;
};

/// @brief Diffs the tokens of a link's two sides with dtl over their interned keys.
/// `functionWords` are the keys an equal island may consist of and still be folded into
/// the changes around it (as may punctuation). A long passage whose sides share few runs of
/// four tokens is diffed in blocks, in linear time: the script is still true (equal tokens,
/// in order) but may not be the shortest.
PassageDiff diffPassage(const std::array<const AnalysedDocument *, 2> &documents, const Link &link,
                        bool ignorePunctuation, const QSet<quint32> &functionWords);

} // namespace Recension
