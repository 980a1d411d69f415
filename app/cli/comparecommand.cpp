#include "cli/comparecommand.h"

#include "cli/commandline.h"
#include "cli/findingstext.h"
#include "compare/comparator.h"
#include "compare/watchlist.h"
#include "document/documentloader.h"
#include "report/jsonwriter.h"
#include "report/reportexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <utility>

namespace Recension::Cli {

/// Gives the command's texts their translation context.
class CompareCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Cli::CompareCommand)
};

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("recension compare: %1\n").arg(message)), stderr);
}

bool writeToStandardOutput(const QByteArray &bytes)
{
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    if (written == size_t(bytes.size()))
        return true;
    printError(CompareCommand::tr("cannot write to standard output"));
    return false;
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CompareCommand::tr(
        "Aligns two versions of an article, names every divergence and writes the comparison "
        "as JSON, HTML or PDF. With no output option, the JSON goes to standard output."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("left"), CompareCommand::tr("The earlier version."));
    parser.addPositionalArgument(QStringLiteral("right"), CompareCommand::tr("The later version."));
    const QCommandLineOption json(QStringLiteral("json"),
        CompareCommand::tr("Write the comparison as JSON to FILE (- for standard output)."),
        CompareCommand::tr("FILE"));
    const QCommandLineOption html(QStringLiteral("html"),
        CompareCommand::tr("Write a self-contained HTML report to FILE."), CompareCommand::tr("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        CompareCommand::tr("Write a PDF report to FILE."), CompareCommand::tr("FILE"));
    const QCommandLineOption ignoreCase(QStringLiteral("ignore-case"),
        CompareCommand::tr("Do not report changes of letter case."));
    const QCommandLineOption ignorePunctuation(QStringLiteral("ignore-punctuation"),
        CompareCommand::tr("Do not report changes of punctuation only."));
    const QCommandLineOption synonyms(QStringLiteral("synonyms-unimportant"),
        CompareCommand::tr("Do not report synonym swaps outside quotations."));
    const QCommandLineOption language(QStringLiteral("language"),
        CompareCommand::tr("Language of both versions (default: en)."), CompareCommand::tr("tag"),
        QStringLiteral("en"));
    const QCommandLineOption paper(QStringLiteral("paper"),
        CompareCommand::tr("Paper size of the PDF: a4 or letter (default: a4)."),
        CompareCommand::tr("size"), QStringLiteral("a4"));
    const QCommandLineOption changesOnly(QStringLiteral("changes-only"),
        CompareCommand::tr("Reports show only changed passages, each with a sentence of context."));
    const QCommandLineOption noTimestamp(QStringLiteral("no-timestamp"),
        CompareCommand::tr("Leave the time of the comparison out, for byte-identical output."));
    const QCommandLineOption watch(QStringLiteral("watch"),
        CompareCommand::tr("Watch the names and terms of FILE (UTF-8, one a line): a change that "
                           "touches one is high and a finding."),
        CompareCommand::tr("FILE"));
    const QCommandLineOption findings(QStringLiteral("findings"),
        CompareCommand::tr("Print the findings, what a fact-checker must look at, one a line."));
    parser.addOptions({json, html, pdf, ignoreCase, ignorePunctuation, synonyms, language, paper,
                       changesOnly, noTimestamp, watch, findings});

    const QString program = QFileInfo(arguments.value(0)).fileName();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        std::fputs(qPrintable(subcommandHelp(parser, program, QStringLiteral("compare"))), stderr);
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(subcommandHelp(parser, program, QStringLiteral("compare"))), stdout);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString paperName = parser.value(paper).toLower();
    if (files.size() != 2 || (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))) {
        printError(files.size() != 2 ? CompareCommand::tr("needs two files, LEFT and RIGHT")
                                     : CompareCommand::tr("--paper takes a4 or letter"));
        std::fputs(qPrintable(subcommandHelp(parser, program, QStringLiteral("compare"))), stderr);
        return ExitUsage;
    }
    QString jsonPath = parser.value(json);
    const QString htmlPath = parser.value(html);
    const QString pdfPath = parser.value(pdf);
    const bool printFindings = parser.isSet(findings);
    if (jsonPath.isEmpty() && htmlPath.isEmpty() && pdfPath.isEmpty() && !printFindings)
        jsonPath = QStringLiteral("-");
    const auto sameFile = [](const QString &a, const QString &b) {
        return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    QString usageError;
    if (htmlPath == QLatin1String("-") || pdfPath == QLatin1String("-"))
        usageError = CompareCommand::tr("only --json writes to standard output (-); --html and --pdf need a file");
    else if (printFindings && jsonPath == QLatin1String("-"))
        usageError = CompareCommand::tr("--findings prints to standard output; give --json a file");
    else if (sameFile(jsonPath, htmlPath) || sameFile(jsonPath, pdfPath) || sameFile(htmlPath, pdfPath))
        usageError = CompareCommand::tr("each output needs a file of its own");
    if (!usageError.isEmpty()) {
        printError(usageError);
        std::fputs(qPrintable(subcommandHelp(parser, program, QStringLiteral("compare"))), stderr);
        return ExitUsage;
    }
    // Checked before anything is read, so that a slip of the fingers costs nothing.
    const QString watchPath = parser.value(watch);
    QStringList inputs = files;
    if (!watchPath.isEmpty())
        inputs << watchPath;
    for (const QString &output : {jsonPath, htmlPath, pdfPath}) {
        for (const QString &input : std::as_const(inputs)) {
            if (!output.isEmpty() && output != QLatin1String("-")
                && QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath()) {
                printError(CompareCommand::tr("refusing to write over the input file %1").arg(input));
                return ExitOutput;
            }
        }
    }

    CompareOptions options;
    if (parser.isSet(watch)) {
        const WatchListResult watchList = loadWatchList(watchPath);
        if (!watchList.ok()) {
            printError(watchList.error);
            return ExitInput;
        }
        options.watch = watchList.list;
    }

    LoadOptions loadOptions;
    loadOptions.language = parser.value(language);
    std::array<DocumentPtr, 2> documents;
    for (int side = 0; side < 2; ++side) {
        const LoadResult loaded = loadDocument(files[side], loadOptions);
        if (!loaded.ok()) {
            printError(loaded.error);
            return ExitInput;
        }
        for (const QString &warning : loaded.document->warnings)
            printError(warning);
        documents[side] = loaded.document;
    }

    options.ignoreCase = parser.isSet(ignoreCase);
    options.ignorePunctuation = parser.isSet(ignorePunctuation);
    options.synonymsUnimportant = parser.isSet(synonyms);
    options.language = parser.value(language);
    const ComparisonPtr comparison = compareDocuments(documents[Left], documents[Right], options);
    if (!comparison) {
        printError(CompareCommand::tr("the comparison did not finish"));
        return ExitInput;
    }

    const QDateTime now = parser.isSet(noTimestamp) ? QDateTime() : QDateTime::currentDateTimeUtc();
    ReportOptions reportOptions;
    reportOptions.paper = paperName == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    reportOptions.scope = parser.isSet(changesOnly) ? ReportScope::ChangesOnly : ReportScope::FullText;
    reportOptions.generated = now;
    if (jsonPath == QLatin1String("-")) {
        JsonOptions jsonOptions;
        jsonOptions.generated = now;
        if (!writeToStandardOutput(comparisonToJsonBytes(*comparison, jsonOptions)))
            return ExitOutput;
        jsonPath.clear();
    }
    if (printFindings && !writeToStandardOutput(findingsText(*comparison).toUtf8()))
        return ExitOutput;
    const std::pair<ReportFormat, QString> outputs[] = {
        {ReportFormat::Json, jsonPath}, {ReportFormat::Html, htmlPath}, {ReportFormat::Pdf, pdfPath}};
    for (const auto &[format, path] : outputs) {
        QString error;
        if (!path.isEmpty() && !exportReport(*comparison, format, reportOptions, path, {}, &error)) {
            printError(error);
            return ExitOutput;
        }
    }
    return ExitOk;
}

} // namespace Recension::Cli
