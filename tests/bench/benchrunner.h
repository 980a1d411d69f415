#pragma once

#include "benchpairs.h"
#include "externaltools.h"
#include "gold.h"
#include "hostilecases.h"
#include "stagedrun.h"

#include <QHash>

#include <optional>

namespace Recension::Bench {

/// How much the benchmark measures for each pair.
struct RunOptions
{
    int repeats = 0;          ///< in-process repetitions; 0: by size (more for small pairs)
    bool external = true;     ///< git and dwdiff beside Recension
    bool wholeDtl = true;     ///< dtl over the whole documents
    bool singleCore = true;   ///< again with one pool thread, to check the output is identical
    bool cold = true;         ///< the whole command in a fresh process
    QStringList coldCommand;  ///< program and arguments; %1 left, %2 right, %3 output file
};

/// Everything measured on one pair.
struct PairReport
{
    BenchPair pair;
    QString error;
    std::array<int, 2> words{{0, 0}};
    int links = 0;
    StageTimes times;           ///< each stage at its fastest over the repetitions
    double singleCoreMs = -1;   ///< compare + JSON with one pool thread; -1: not run
    bool identical = true;      ///< the single-thread JSON equals the threaded one
    ProcessRun cold;            ///< the whole command in a fresh process
    qint64 changedWords = 0;    ///< Recension's passages, ICU words
    qint64 minimalWords = -1;   ///< dtl per gold passage; -1 without a gold
    std::optional<WholeDiff> wholeDtl;
    BaselineRun git;
    BaselineRun dwdiff;
    std::optional<AlignmentScore> score;
};

/// @brief Measures one pair: stages in process (warm), the cold command, the baselines
/// and, with a gold, the alignment quality.
PairReport measurePair(const BenchPair &pair, const RunOptions &options);

/// @brief The whole command on a pair in a fresh process, its best of `repeats` runs.
ProcessRun coldRun(const BenchPair &pair, const RunOptions &options, int repeats);

/// A hostile case measured beside an ordinary pair of the same size.
struct HostileReport
{
    HostileCase hostile;
    std::array<qint64, 2> bytes{{0, 0}};
    ProcessRun run;      ///< the whole command; its standard error holds the warnings
    ProcessRun ordinary; ///< the same command on the ordinary pair
};

/// @brief Runs the command on a hostile case and (once per size, kept in `ordinaryRuns`)
/// on its ordinary pair.
HostileReport measureHostile(const HostileCase &hostile, const RunOptions &options,
                             QHash<QString, ProcessRun> *ordinaryRuns);

/// @brief The comparison JSON of a pair (no time stamp), for before/after checks.
QByteArray comparisonJson(const QString &left, const QString &right, QString *error);

} // namespace Recension::Bench
