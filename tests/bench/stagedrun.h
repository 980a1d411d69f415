#pragma once

#include "gold.h"

#include "compare/comparison.h"
#include "text/analysedtext.h"

#include <array>
#include <memory>

namespace Recension {
class KeyTable;
}

namespace Recension::Bench {

/// Milliseconds spent in each stage of one comparison, in process.
struct StageTimes
{
    double load = 0;
    double analyse = 0;  ///< tokens, keys, sentences, quotations; dictionaries loading beside
    double align = 0;    ///< sentence units and the aligner
    double diff = 0;     ///< dtl over every passage
    double classify = 0; ///< word facts, quote index and the classifier over every passage
    double json = 0;     ///< comparisonToJsonBytes
    double compare = 0;  ///< compareDocuments() as a whole (the engine's own entry)

    /// @brief Load, compare and JSON: what the command costs once warm.
    double total() const { return load + compare + json; }
    /// @brief Each stage at its fastest of two samples.
    static StageTimes fastest(const StageTimes &a, const StageTimes &b);
};

/// Two documents analysed once, kept for the measures that need their tokens.
struct AnalysedPair
{
    std::shared_ptr<KeyTable> keys;
    std::array<AnalysedDocument, 2> texts;
};

/// One pass through the stages; `texts` keeps the analysed documents, `links` the
/// engine's result, `json` the comparison as JSON (no time stamp).
struct StagedResult
{
    StageTimes times;
    AnalysedPair analysed;
    ComparisonPtr comparison;
    QByteArray json;
    qint64 changedWords = 0; ///< words outside the common subsequences of the passages
};

/// @brief Loads two files and runs the engine's stages one after another, timing each,
/// then compareDocuments() and the JSON writer on the same documents. Empty comparison
/// (and `error` set) when a file cannot be loaded.
StagedResult runStages(const QString &leftPath, const QString &rightPath, QString *error);

/// @brief compareDocuments() and the JSON writer alone, in milliseconds, and the JSON.
double timeCompare(const DocumentPtr &left, const DocumentPtr &right, QByteArray *json);

/// @brief Words (ICU word segments) of both sides outside dtl's common subsequence, summed
/// over the given passages; a one-sided passage counts all its words.
qint64 changedWords(const AnalysedPair &pair, const QVector<Link> &links);

/// A whole-document word diff with dtl, as a naïve tool would do it.
struct WholeDiff
{
    double milliseconds = 0.0;
    qint64 changedWords = 0;
};

/// @brief dtl over the two whole token sequences (interned keys, the fastest form).
WholeDiff wholeDocumentDiff(const AnalysedPair &pair);

} // namespace Recension::Bench
