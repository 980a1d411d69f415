#pragma once

#include "compare/comparison.h"
#include "text/analysedtext.h"

#include <array>
#include <memory>

namespace Recension {
class KeyTable;
}

namespace Recension::Bench {

/// Milliseconds spent in each stage of one comparison, in process. The engine's stages
/// are told apart by the progress it reports, so they are those of compareDocuments()
/// itself; diff and classification run together there, passage by passage.
struct StageTimes
{
    double load = 0;
    double analyse = 0;  ///< tokens, keys, sentences, quotations; dictionaries loading beside
    double align = 0;    ///< sentence units, the aligner, paragraph links
    double passages = 0; ///< dtl and the classifier over every passage
    double audit = 0;    ///< what follows: dissolved links, order, quote and fact audits
    double json = 0;     ///< comparisonToJsonBytes
    double dtl = 0;      ///< dtl alone over the final passages (measured apart, not in compare)

    /// @brief compareDocuments() as a whole.
    double compare() const { return analyse + align + passages + audit; }
    /// @brief Load, compare and JSON: what the command costs once warm.
    double total() const { return load + compare() + json; }
    /// @brief Each stage at its fastest of two samples.
    static StageTimes fastest(const StageTimes &a, const StageTimes &b);
};

/// Two documents analysed once, kept for the measures that need their tokens.
struct AnalysedPair
{
    std::shared_ptr<KeyTable> keys;
    std::array<AnalysedDocument, 2> texts;
};

/// One timed comparison.
struct StagedResult
{
    StageTimes times;         ///< all but `dtl`
    ComparisonPtr comparison;
    QByteArray json;          ///< the comparison as JSON, no time stamp
};

/// @brief Loads two files and compares them with compareDocuments(), timing each stage,
/// then writes the JSON. Null comparison (and `error` set) when a file cannot be loaded.
StagedResult runStages(const QString &leftPath, const QString &rightPath, QString *error);

/// @brief compareDocuments() and the JSON writer alone, in milliseconds, and the JSON.
double timeCompare(const DocumentPtr &left, const DocumentPtr &right, QByteArray *json);

/// @brief Analyses two documents the way the engine does (for measures outside it).
AnalysedPair analysePair(const DocumentPtr &left, const DocumentPtr &right);

/// @brief Words (ICU word segments) of both sides outside dtl's common subsequence, summed
/// over the given passages; a one-sided passage counts all its words. `milliseconds`,
/// when given, receives the time dtl took over them (on the thread pool).
qint64 changedWords(const AnalysedPair &pair, const QVector<Link> &links, double *milliseconds = nullptr);

/// A whole-document word diff with dtl, as a naïve tool would do it.
struct WholeDiff
{
    double milliseconds = 0.0;
    qint64 changedWords = 0;
};

/// @brief dtl over the two whole token sequences (interned keys, the fastest form).
WholeDiff wholeDocumentDiff(const AnalysedPair &pair);

} // namespace Recension::Bench
