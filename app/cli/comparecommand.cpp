#include "cli/comparecommand.h"

#include "cli/commandline.h"
#include "cli/findingstext.h"
#include "cli/optiontable.h"
#include "compare/comparator.h"
#include "compare/watchlist.h"
#include "document/clutter.h"
#include "document/documentloader.h"
#include "document/outputguard.h"
#include "report/jsonwriter.h"
#include "report/reportexport.h"
#include "text/dictionaryfinder.h"
#include "text/languagesupport.h"

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
    addCommandOptions(parser, "compare");
    parser.addPositionalArgument(QStringLiteral("left"), CompareCommand::tr("The earlier version."));
    parser.addPositionalArgument(QStringLiteral("right"), CompareCommand::tr("The later version."));
    const QCommandLineOption json = commandOption("compare", "json");
    const QCommandLineOption html = commandOption("compare", "html");
    const QCommandLineOption pdf = commandOption("compare", "pdf");
    const QCommandLineOption ignoreCase = commandOption("compare", "ignore-case");
    const QCommandLineOption ignorePunctuation = commandOption("compare", "ignore-punctuation");
    const QCommandLineOption synonyms = commandOption("compare", "synonyms-unimportant");
    const QCommandLineOption language = commandOption("compare", "language");
    const QCommandLineOption paper = commandOption("compare", "paper");
    const QCommandLineOption changesOnly = commandOption("compare", "changes-only");
    const QCommandLineOption noTimestamp = commandOption("compare", "no-timestamp");
    const QCommandLineOption watch = commandOption("compare", "watch");
    const QCommandLineOption findings = commandOption("compare", "findings");
    const QCommandLineOption keepClutter = commandOption("compare", "keep-clutter");
    const QCommandLineOption docx = commandOption("compare", "docx");
    const QCommandLineOption changesTable = commandOption("compare", "changes-table");
    const QCommandLineOption factsOnly = commandOption("compare", "facts-only");

    const QString command = QStringLiteral("compare");
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(subcommandHelp(parser, command)), stdout);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString paperName = parser.value(paper).toLower();
    if (files.size() != 2 || (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))) {
        return usageError(files.size() != 2 ? CompareCommand::tr("needs two files, LEFT and RIGHT")
                                            : CompareCommand::tr("--paper takes a4 or letter"),
                          command);
    }
    QString jsonPath = parser.value(json);
    const QString htmlPath = parser.value(html);
    const QString pdfPath = parser.value(pdf);
    const QString docxPath = parser.value(docx);
    const bool printFindings = parser.isSet(findings);
    if (jsonPath.isEmpty() && htmlPath.isEmpty() && pdfPath.isEmpty() && docxPath.isEmpty() && !printFindings)
        jsonPath = QStringLiteral("-");
    const auto sameFile = [](const QString &a, const QString &b) {
        return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    QString badUsage;
    if (const QString problem = DictionaryFinder::tagProblem(parser.value(language)); !problem.isEmpty())
        badUsage = problem;
    else if (htmlPath == QLatin1String("-") || pdfPath == QLatin1String("-") || docxPath == QLatin1String("-"))
        badUsage = CompareCommand::tr("only --json writes to standard output (-); --html and --pdf need a file");
    else if (printFindings && jsonPath == QLatin1String("-"))
        badUsage = CompareCommand::tr("--findings prints to standard output; give --json a file");
    else if (sameFile(jsonPath, htmlPath) || sameFile(jsonPath, pdfPath) || sameFile(htmlPath, pdfPath)
             || sameFile(docxPath, jsonPath) || sameFile(docxPath, htmlPath) || sameFile(docxPath, pdfPath))
        badUsage = CompareCommand::tr("each output needs a file of its own");
    if (!badUsage.isEmpty())
        return usageError(badUsage, command);
    // Checked before anything is read, so that a slip of the fingers costs nothing.
    const QString watchPath = parser.value(watch);
    QStringList inputs = files;
    if (!watchPath.isEmpty())
        inputs << watchPath;
    for (const QString &output : {jsonPath, htmlPath, pdfPath, docxPath}) {
        const QString problem = output.isEmpty() || output == QLatin1String("-")
                                    ? QString() : OutputGuard(inputs).check(output);
        if (!problem.isEmpty()) {
            printError(problem);
            return ExitOutput;
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
        const DocumentPtr document = parser.isSet(keepClutter)
            ? loaded.document
            : setClutterAside(loaded.document, findClutter(*loaded.document));
        for (const QString &warning : document->warnings)
            printError(warning);
        documents[side] = document;
    }

    // A missing dictionary or a pair across languages changes what is found: say so.
    QStringList languageNotes = dictionaryWarnings(documents[Left]->language);
    if (!sameLanguage(documents[Left]->language, documents[Right]->language)) {
        languageNotes << dictionaryWarnings(documents[Right]->language)
                      << crossLanguageNotice(documents[Left]->language, documents[Right]->language);
    }
    for (const QString &note : std::as_const(languageNotes))
        printError(note);

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
    reportOptions.scope = parser.isSet(factsOnly) ? ReportScope::FactChanges
        : parser.isSet(changesOnly)               ? ReportScope::ChangesOnly
                                                  : ReportScope::FullText;
    reportOptions.changesTable = parser.isSet(changesTable);
    reportOptions.generated = now;
    if (jsonPath == QLatin1String("-")) {
        JsonOptions jsonOptions;
        jsonOptions.generated = now;
        // Streamed: a book's JSON is over a hundred megabytes, never held whole.
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeComparisonJson(*comparison, jsonOptions, &out)
            || !out.flush()) {
            printError(CompareCommand::tr("cannot write to standard output"));
            return ExitOutput;
        }
        jsonPath.clear();
    }
    if (printFindings && !writeToStandardOutput(findingsText(*comparison).toUtf8()))
        return ExitOutput;
    const std::pair<ReportFormat, QString> outputs[] = {
        {ReportFormat::Json, jsonPath}, {ReportFormat::Html, htmlPath}, {ReportFormat::Pdf, pdfPath},
        {ReportFormat::Docx, docxPath}};
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
