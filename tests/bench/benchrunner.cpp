#include "benchrunner.h"

#include "document/documentloader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>

namespace Recension::Bench {

namespace {

int repeatsFor(int words, const RunOptions &options)
{
    if (options.repeats > 0)
        return options.repeats;
    return words < 10'000 ? 7 : words < 100'000 ? 5 : words < 500'000 ? 3 : 2;
}

/// The measures that need tokens: the documents are analysed again, outside the timed runs.
void measureOutput(const Comparison &comparison, const RunOptions &options, PairReport *report)
{
    const AnalysedPair analysed = analysePair(comparison.documents[Left], comparison.documents[Right]);
    report->changedWords = changedWords(analysed, comparison.links, &report->times.dtl);
    if (!report->pair.gold.isEmpty()) {
        QString error;
        if (const std::optional<Gold> gold = Gold::load(report->pair.gold, &error)) {
            report->score = scoreLinks(comparison.links, *gold);
            report->minimalWords = changedWords(analysed, goldLinks(*gold));
        } else {
            report->error = error;
        }
    }
    if (options.wholeDtl)
        report->wholeDtl = wholeDocumentDiff(analysed);
}

} // namespace

ProcessRun coldRun(const BenchPair &pair, const RunOptions &options, int repeats)
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("comparison.json"));
    QStringList arguments;
    for (const QString &argument : options.coldCommand.mid(1))
        arguments.append(QString(argument).replace(QStringLiteral("%1"), pair.left)
                             .replace(QStringLiteral("%2"), pair.right)
                             .replace(QStringLiteral("%3"), output));
    ProcessRun best;
    for (int k = 0; k < repeats; ++k) {
        const ProcessRun run = runProcess(options.coldCommand.first(), arguments);
        if (k == 0 || run.milliseconds < best.milliseconds)
            best = run;
        if (run.exitCode != 0)
            break;
    }
    best.output.clear();
    return best;
}


QByteArray comparisonJson(const QString &left, const QString &right, QString *error)
{
    const LoadResult a = loadDocument(left);
    const LoadResult b = loadDocument(right);
    if (!a.ok() || !b.ok()) {
        *error = a.ok() ? b.error : a.error;
        return {};
    }
    QByteArray json;
    timeCompare(a.document, b.document, &json);
    return json;
}

PairReport measurePair(const BenchPair &pair, const RunOptions &options)
{
    PairReport report;
    report.pair = pair;
    StagedResult staged = runStages(pair.left, pair.right, &report.error);
    if (!staged.comparison)
        return report;
    const Comparison &comparison = *staged.comparison;
    report.words = comparison.wordCounts;
    report.links = int(comparison.links.size());
    report.times = staged.times;
    const int repeats = repeatsFor(std::max(report.words[Left], report.words[Right]), options);
    for (int k = 1; k < repeats; ++k) {
        QString ignored;
        report.times = StageTimes::fastest(report.times, runStages(pair.left, pair.right, &ignored).times);
    }

    if (options.singleCore) {
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QByteArray json;
        report.singleCoreMs = timeCompare(comparison.documents[Left], comparison.documents[Right], &json);
        pool->setMaxThreadCount(threads);
        report.identical = json == staged.json;
    }

    measureOutput(comparison, options, &report);
    staged = StagedResult{}; // the external runs get the memory back

    if (options.cold && !options.coldCommand.isEmpty())
        report.cold = coldRun(pair, options, std::min(repeats, 3));
    if (options.external) {
        report.git = gitWordDiff(pair.left, pair.right);
        report.dwdiff = dwdiff(pair.left, pair.right);
    }
    return report;
}

HostileReport measureHostile(const HostileCase &hostile, const RunOptions &options,
                             QHash<QString, ProcessRun> *ordinaryRuns)
{
    HostileReport report;
    report.hostile = hostile;
    report.run = coldRun(BenchPair{hostile.name, QString(), hostile.left, hostile.right, {}}, options, 1);
    const QString key = hostile.ordinaryLeft + QLatin1Char('\n') + hostile.ordinaryRight;
    if (!ordinaryRuns->contains(key)) {
        const BenchPair ordinary{hostile.name, QString(), hostile.ordinaryLeft, hostile.ordinaryRight, {}};
        ordinaryRuns->insert(key, coldRun(ordinary, options, 1));
    }
    report.ordinary = ordinaryRuns->value(key);
    report.bytes = {QFileInfo(hostile.left).size(), QFileInfo(hostile.right).size()};
    return report;
}

} // namespace Recension::Bench
