#include "cli/familycommand.h"

#include "cli/commandline.h"
#include "cli/comparecommand.h"
#include "cli/optiontable.h"
#include "document/documentloader.h"
#include "document/outputguard.h"
#include "family/family.h"
#include "report/familyhtml.h"
#include "report/familyjson.h"
#include "report/familypdf.h"
#include "report/pdfreport.h"
#include "report/familytext.h"
#include "report/reportstrings.h"
#include "text/dictionaryfinder.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

#include <cstdio>

namespace Recension::Cli {

/// Gives the command's texts their translation context.
class FamilyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Cli::FamilyCommand)
};

namespace {

void printTree(const FamilyAnalysis &family, int version, const QString &indent, QString *out)
{
    QVector<int> children;
    for (const LineageEdge &edge : family.lineage.edges)
        if (edge.parent == version)
            children.append(edge.child);
    for (int k = 0; k < children.size(); ++k) {
        const bool last = k + 1 == children.size();
        const int child = children[k];
        const LineageEdge *edge = nullptr;
        for (const LineageEdge &e : family.lineage.edges)
            if (e.child == child)
                edge = &e;
        QString evidence = edge->parent == family.base
            ? FamilyCommand::tr("own changes: %n", nullptr, edge->own)
            : FamilyCommand::tr("shares %1 of its changes, keeps the base where it changed %2, "
                                "adds %3")
                  .arg(edge->shared).arg(edge->against).arg(edge->own);
        if (!edge->examples.isEmpty())
            evidence += QStringLiteral("; ") + edge->examples.mid(0, 2).join(QStringLiteral("; "));
        *out += indent + (last ? QStringLiteral("\u2514\u2500 ") : QStringLiteral("\u251c\u2500 "))
            + family.versions[child]->displayName() + QStringLiteral(" (")
            + verdictName(family.verdicts[child].kind) + QStringLiteral(": ") + evidence
            + QStringLiteral(")\n");
        printTree(family, child, indent + (last ? QStringLiteral("   ") : QStringLiteral("\u2502  ")),
                  out);
    }
}

QString familyText(const FamilyAnalysis &family, const QVector<FailedVersion> &failed)
{
    QString out;
    out += FamilyCommand::tr("Versions: %n; base: %1", nullptr, int(family.versions.size()))
               .arg(family.versions[family.base]->displayName())
        + u'\n';
    for (int i = 0; i < family.versions.size(); ++i) {
        if (i == family.base)
            continue;
        const Verdict &verdict = family.verdicts[i];
        out += FamilyCommand::tr("  %1: %2 (meaning kept %3, wording kept %4)")
                   .arg(family.versions[i]->displayName(), verdictName(verdict.kind),
                        keptPercent(verdict.figures.meaningKept), keptPercent(verdict.figures.wordingKept))
            + u'\n';
        for (const QString &example : verdict.examples)
            out += QStringLiteral("      ") + example + u'\n';
    }
    out += FamilyCommand::tr("Lineage:") + u'\n' + QStringLiteral("  ")
        + family.versions[family.base]->displayName() + u'\n';
    printTree(family, family.base, QStringLiteral("  "), &out);
    for (int outside : family.lineage.outside)
        out += FamilyCommand::tr("  outside the tree: %1 (%2)")
                   .arg(family.versions[outside]->displayName(),
                        verdictName(family.verdicts[outside].kind))
            + u'\n';
    for (const FailedVersion &f : failed)
        out += FamilyCommand::tr("  not loaded: %1").arg(f.reason) + u'\n';
    return out;
}

bool writeOutput(const QString &path, const QStringList &inputs, const QByteArray &bytes,
                 QString *error)
{
    if (path == QLatin1String("-")) {
        const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        if (written != size_t(bytes.size()))
            *error = FamilyCommand::tr("cannot write to standard output");
        return written == size_t(bytes.size());
    }
    return OutputGuard(inputs).write(
        path,
        [&](QIODevice &device, QString *) { return device.write(bytes) == bytes.size(); },
        error);
}

/// The PDF in memory first: without a timestamp its creation date is fixed afterwards.
QByteArray familyPdfBytes(const FamilyAnalysis &family, const ReportOptions &options, QString *error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!writeFamilyPdf(family, options, &buffer, error))
        return {};
    buffer.close();
    return options.generated.isValid() ? pdf : pdfWithoutCreationTime(std::move(pdf));
}

} // namespace

int runFamily(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FamilyCommand::tr(
        "Compares every pair of versions of one story, judges what kind of copy each is "
        "against the base, and finds which copy was made from which."));
    addCommandOptions(parser, "family");
    parser.addPositionalArgument(QStringLiteral("files"),
                                 FamilyCommand::tr("Two or more versions."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption base = commandOption("family", "base");
    const QCommandLineOption json = commandOption("family", "json");
    const QCommandLineOption language = commandOption("family", "language");
    const QCommandLineOption noTimestamp = commandOption("family", "no-timestamp");
    const QCommandLineOption pdf = commandOption("family", "pdf");
    const QCommandLineOption html = commandOption("family", "html");

    const QString command = QStringLiteral("family");
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(subcommandHelp(parser, command)), stdout);
        return ExitOk;
    }
    QStringList files = parser.positionalArguments();
    const QString basePath = parser.value(base);
    if (!basePath.isEmpty() && !files.contains(basePath))
        files.prepend(basePath);
    if (files.size() < 2)
        return usageError(FamilyCommand::tr("needs two or more files"), command);
    if (const QString problem = DictionaryFinder::tagProblem(parser.value(language)); !problem.isEmpty())
        return usageError(problem, command);
    const QString jsonPath = parser.value(json);
    const QString pdfPath = parser.value(pdf);
    const QString htmlPath = parser.value(html);
    // Checked before anything is read, so that a slip of the fingers costs nothing.
    for (const QString &path : {jsonPath, pdfPath, htmlPath}) {
        if (path.isEmpty() || path == QLatin1String("-"))
            continue;
        if (const QString problem = OutputGuard(files).check(path); !problem.isEmpty()) {
            printError(problem);
            return ExitOutput;
        }
    }

    LoadOptions loadOptions;
    loadOptions.language = parser.value(language);
    QVector<DocumentPtr> versions;
    QVector<FailedVersion> failed;
    int baseIndex = -1;
    for (const QString &file : files) {
        const LoadResult loaded = loadDocument(file, loadOptions);
        if (!loaded.ok()) {
            printError(loaded.error);
            failed.append({file, loaded.error});
            continue;
        }
        if (file == (basePath.isEmpty() ? files.first() : basePath))
            baseIndex = int(versions.size());
        versions.append(loaded.document);
    }
    if (baseIndex < 0) {
        printError(FamilyCommand::tr("the base version could not be read"));
        return ExitInput;
    }
    if (versions.size() < 2) {
        printError(FamilyCommand::tr("fewer than two versions could be read"));
        return ExitInput;
    }

    CompareOptions options;
    options.language = parser.value(language);
    const FamilyPtr family = analyseFamily(versions, baseIndex, options);
    if (!family) {
        printError(FamilyCommand::tr("the comparison did not finish"));
        return ExitInput;
    }
    QString error;
    const QDateTime now = parser.isSet(noTimestamp) ? QDateTime() : QDateTime::currentDateTimeUtc();
    ReportOptions reportOptions;
    reportOptions.generated = now;
    if (!pdfPath.isEmpty()) {
        const QByteArray bytes = familyPdfBytes(*family, reportOptions, &error);
        if (bytes.isEmpty() || !writeOutput(pdfPath, files, bytes, &error)) {
            printError(error);
            return ExitOutput;
        }
    }
    if (!htmlPath.isEmpty()
        && !writeOutput(htmlPath, files, familyHtmlReport(*family, reportOptions), &error)) {
        printError(error);
        return ExitOutput;
    }
    if (jsonPath.isEmpty() && (!pdfPath.isEmpty() || !htmlPath.isEmpty()))
        return failed.isEmpty() ? ExitOk : ExitInput;
    if (jsonPath.isEmpty()) {
        if (!writeOutput(QStringLiteral("-"), files, familyText(*family, failed).toUtf8(), &error)) {
            printError(error);
            return ExitOutput;
        }
        return failed.isEmpty() ? ExitOk : ExitInput;
    }
    if (!writeOutput(jsonPath, files, familyToJsonBytes(*family, failed, now), &error)) {
        printError(error);
        return ExitOutput;
    }
    return failed.isEmpty() ? ExitOk : ExitInput;
}

} // namespace Recension::Cli
