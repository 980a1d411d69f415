// recension-bench: times Recension's stages and whole command on pairs of documents, beside
// a whole-document dtl diff, git and dwdiff, and scores its paragraph links against a gold.
#include "benchpairs.h"
#include "benchrunner.h"
#include "familybench.h"
#include "benchtable.h"
#include "triagemeasure.h"

#include "compare/comparator.h"
#include "document/documentloader.h"
#include "report/jsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

using namespace Recension;
using namespace Recension::Bench;

namespace {

int writeComparison(const QString &left, const QString &right, const QString &output)
{
    QString error;
    const QByteArray json = comparisonJson(left, right, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (output == u"-") {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(output), qPrintable(file.errorString()));
        return 3;
    }
    return 0;
}

/// The cold command: `recension compare` when the installed binary has it, else this
/// program's --once mode, which does what the command does (load, compare, write JSON).
QStringList coldCommand(const BenchPair &probe)
{
    const QString recension = QStringLiteral(RECENSION_BINARY);
    const QStringList compare{recension, QStringLiteral("compare"), QStringLiteral("%1"),
                              QStringLiteral("%2"), QStringLiteral("--json"), QStringLiteral("%3"),
                              QStringLiteral("--no-timestamp")};
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("probe.json"));
    const ProcessRun run = runProcess(recension, {QStringLiteral("compare"), probe.left, probe.right,
                                                  QStringLiteral("--json"), output,
                                                  QStringLiteral("--no-timestamp")});
    if (run.started && run.exitCode == 0 && QFileInfo(output).size() > 0)
        return compare;
    return {QCoreApplication::applicationFilePath(), QStringLiteral("--once"), QStringLiteral("%1"),
            QStringLiteral("%2"), QStringLiteral("%3")};
}

QString defaultCorpus()
{
    const QByteArray fromEnvironment = qgetenv("RECENSION_BIBLE_CORPUS");
    if (!fromEnvironment.isEmpty())
        return QFile::decodeName(fromEnvironment);
    return QDir(QStringLiteral(RECENSION_SOURCE_DIR)).filePath(QStringLiteral("../shared/corpus/bible"));
}

/// The hostile inputs, each run as the whole command beside an ordinary pair of its size.
int runHostile(const QString &work, double scale, qint64 limitBytes, QTextStream &out,
               QTextStream &progress)
{
    QString error;
    progress << "Generating hostile inputs in " << work << "/hostile...\n" << Qt::flush;
    const QString directory = QDir(work).filePath(QStringLiteral("hostile"));
    QVector<HostileCase> cases =
        hostileCases(QStringLiteral(RECENSION_SAMPLES), directory, scale > 0 ? scale : 1.0, &error);
    if (cases.isEmpty()) {
        progress << error << '\n';
        return 2;
    }
    if (limitBytes > 0) {
        const HostileCase atLimit = filesAtLimit(QStringLiteral(RECENSION_SAMPLES), directory, limitBytes, &error);
        if (!error.isEmpty()) {
            progress << error << '\n';
            return 2;
        }
        cases.append(atLimit);
    }
    RunOptions options;
    options.coldCommand = coldCommand(BenchPair{{}, {}, cases.first().ordinaryLeft, cases.first().ordinaryRight, {}});
    QHash<QString, ProcessRun> ordinaryRuns;
    QVector<HostileReport> reports;
    for (const HostileCase &hostile : std::as_const(cases)) {
        progress << "Measuring " << hostile.name << "...\n" << Qt::flush;
        reports.append(measureHostile(hostile, options, &ordinaryRuns));
    }
    printHostile(out, reports);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recension-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times Recension on a pair of files (or on every benchmark pair with --all) beside a "
        "whole-document dtl diff, git and dwdiff; with a gold alignment, scores its links."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("LEFT"), QStringLiteral("The first version."));
    parser.addPositionalArgument(QStringLiteral("RIGHT"), QStringLiteral("The second version."));
    parser.addPositionalArgument(QStringLiteral("GOLD"),
                                 QStringLiteral("Optional gold paragraph alignment (corpus format)."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Every generated pair and every corpus pair present."));
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Sizes for --all (default S,M,L,XL)."),
                                   QStringLiteral("LIST"), QStringLiteral("S,M,L,XL"));
    const QCommandLineOption corpus(QStringLiteral("corpus"),
                                    QStringLiteral("The Bible corpus folder (default: $RECENSION_BIBLE_CORPUS, "
                                                   "else ../shared/corpus/bible beside the sources)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Where generated pairs are written."),
                                  QStringLiteral("DIR"), QStringLiteral(RECENSION_BENCH_WORK));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      QStringLiteral("Only write the generated pairs (to --work) and list them."));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("In-process runs per pair (default: 7, 5, 3 or 2 by size)."),
                                    QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Pool threads (default: cores)."),
                                     QStringLiteral("N"));
    const QCommandLineOption noExternal(QStringLiteral("no-external"), QStringLiteral("Skip git and dwdiff."));
    const QCommandLineOption noDtl(QStringLiteral("no-dtl"), QStringLiteral("Skip the whole-document dtl diff."));
    const QCommandLineOption noCold(QStringLiteral("no-cold"), QStringLiteral("Skip the cold command."));
    const QCommandLineOption noSingle(QStringLiteral("no-single-core"),
                                      QStringLiteral("Skip the one-thread run and its identity check."));
    const QCommandLineOption jsonOut(QStringLiteral("json-out"),
                                     QStringLiteral("Only write the comparison JSON of LEFT and RIGHT to FILE (- for "
                                                    "standard output), for before/after checks."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Internal: LEFT RIGHT OUTPUT, as the compare command does."));
    const QCommandLineOption hostile(QStringLiteral("hostile"),
                                     QStringLiteral("Only the hostile inputs (part of --all): numbers, repeats, "
                                                    "attributes, quotation marks, lines, a table, nesting..."));
    const QCommandLineOption noHostile(QStringLiteral("no-hostile"), QStringLiteral("Skip the hostile inputs."));
    const QCommandLineOption hostileScale(QStringLiteral("hostile-scale"),
                                          QStringLiteral("Size of the hostile inputs against the issue's (default 1)."),
                                          QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("With the hostile inputs, also two generated files of this many "
                                                  "bytes (the size limit)."),
                                   QStringLiteral("BYTES"));
    parser.addOptions({all, sizes, corpus, work, generate, repeat, threads, noExternal, noDtl, noCold,
                       noSingle, jsonOut, once, hostile, noHostile, hostileScale, limit});
    const QCommandLineOption families(QStringLiteral("families"),
        QStringLiteral("Only the family measures, on N generated families (--all runs 100)."),
        QStringLiteral("N"));
    parser.addOption(families);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(threads))
        QThreadPool::globalInstance()->setMaxThreadCount(std::max(1, parser.value(threads).toInt()));
    if (parser.isSet(once)) {
        if (positional.size() != 3)
            parser.showHelp(1);
        return writeComparison(positional[0], positional[1], positional[2]);
    }
    if (parser.isSet(jsonOut)) {
        if (positional.size() != 2)
            parser.showHelp(1);
        return writeComparison(positional[0], positional[1], parser.value(jsonOut));
    }

    QTextStream out(stdout);
    QTextStream progress(stderr);
    if (parser.isSet(hostile))
        return runHostile(parser.value(work), parser.value(hostileScale).toDouble(),
                          parser.value(limit).toLongLong(), out, progress);
    if (parser.isSet(families)) {
        QString error;
        const QStringList sources = sampleTexts(QStringLiteral(RECENSION_SAMPLES), &error);
        if (sources.isEmpty()) {
            progress << error << '\n';
            return 2;
        }
        return runFamilyBench(sources, std::max(1, parser.value(families).toInt()), out, progress);
    }
    QVector<BenchPair> pairs;
    if (parser.isSet(all) || parser.isSet(generate)) {
        const QStringList chosen = parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QString error;
        progress << "Generating pairs in " << parser.value(work) << "...\n" << Qt::flush;
        const QVector<BenchPair> generated =
            generatedPairs(QStringLiteral(RECENSION_SAMPLES), parser.value(work), chosen, &error);
        if (generated.isEmpty()) {
            progress << error << '\n';
            return 2;
        }
        if (parser.isSet(generate)) {
            for (const BenchPair &pair : generated)
                out << pair.size << '\t' << pair.name << '\t' << pair.left << '\t' << pair.right << '\t'
                    << pair.gold << '\n';
            return 0;
        }
        const QString corpusDir = parser.isSet(corpus) ? parser.value(corpus) : defaultCorpus();
        const QVector<BenchPair> real = corpusPairs(corpusDir, chosen);
        if (real.isEmpty())
            progress << "Note: no Bible corpus in " << corpusDir
                     << " (set RECENSION_BIBLE_CORPUS or --corpus); generated pairs only.\n";
        for (const QString &size : chosen)
            for (const QVector<BenchPair> *list : {&generated, &real})
                for (const BenchPair &pair : *list)
                    if (pair.size == size)
                        pairs.append(pair);
    } else if (positional.size() == 2 || positional.size() == 3) {
        pairs.append(BenchPair{QFileInfo(positional[1]).fileName(), QStringLiteral("–"), positional[0],
                               positional[1], positional.value(2)});
    } else {
        parser.showHelp(1);
    }

    RunOptions options;
    options.repeats = parser.value(repeat).toInt();
    options.external = !parser.isSet(noExternal);
    options.wholeDtl = !parser.isSet(noDtl);
    options.cold = !parser.isSet(noCold);
    options.singleCore = !parser.isSet(noSingle);
    if (options.cold)
        options.coldCommand = coldCommand(pairs.first());

    // One comparison first, so the dictionaries are loaded and every figure is warm.
    QString ignored;
    comparisonJson(pairs.first().left, pairs.first().right, &ignored);

    QVector<PairReport> reports;
    for (const BenchPair &pair : std::as_const(pairs)) {
        progress << "Measuring " << pair.size << ' ' << pair.name << "...\n" << Qt::flush;
        reports.append(measurePair(pair, options));
    }
    out << "Machine: " << machineDescription() << '\n';
    out << "Pool threads: " << QThreadPool::globalInstance()->maxThreadCount() << "; cold command: "
        << (options.coldCommand.value(1) == u"compare" ? "recension compare --json FILE"
                                                        : "recension-bench --once (load, compare, write JSON)")
        << '\n';
    printTables(out, reports);
    printTargets(out, reports);
    printTriageMeasure(out, QDir(QStringLiteral(RECENSION_SOURCE_DIR)).filePath(QStringLiteral("tests/fixtures/triage")));
    if (parser.isSet(all)) {
        QString error;
        const QStringList sources = sampleTexts(QStringLiteral(RECENSION_SAMPLES), &error);
        if (!sources.isEmpty())
            runFamilyBench(sources, 100, out, progress);
    }
    if (parser.isSet(all) && !parser.isSet(noHostile)) {
        out << Qt::flush;
        return runHostile(parser.value(work), parser.value(hostileScale).toDouble(),
                          parser.value(limit).toLongLong(), out, progress);
    }
    return 0;
}
