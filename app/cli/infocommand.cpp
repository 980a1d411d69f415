#include "cli/infocommand.h"

#include "cli/commandline.h"
#include "cli/comparecommand.h"
#include "cli/optiontable.h"
#include "document/clutter.h"
#include "document/documentloader.h"
#include "report/jsonwriter.h"
#include "text/dictionaryfinder.h"
#include "text/languagesupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <utility>

namespace Recension::Cli {

/// Gives the command's texts their translation context.
class InfoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Cli::InfoCommand)
};

namespace {

/// The spec's DOCUMENT plus what only `info` reports: the reader used and the warnings.
QJsonObject infoJson(const Document &document)
{
    QJsonObject object = documentToJson(document);
    object.insert(QStringLiteral("format"), toString(document.format));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(document.warnings));
    return object;
}

void printText(QTextStream &out, const Document &document)
{
    const std::pair<QString, QString> rows[] = {
        { InfoCommand::tr("Title:"), document.title },
        { InfoCommand::tr("Path:"), document.path },
        { InfoCommand::tr("Format:"), toString(document.format) },
        { InfoCommand::tr("Encoding:"), document.encoding },
        { InfoCommand::tr("Language:"), document.language },
        { InfoCommand::tr("Paragraphs:"), QString::number(document.paragraphs.size()) },
        { InfoCommand::tr("Words:"), QString::number(document.wordCount) },
        { InfoCommand::tr("SHA-256:"), document.sha256 },
    };
    const QString warningLabel = InfoCommand::tr("Warning:");
    int width = int(warningLabel.size());
    for (const auto &row : rows)
        width = qMax(width, int(row.first.size()));
    for (const auto &row : rows)
        out << row.first.leftJustified(width + 1) << row.second << '\n';
    for (const QString &warning : document.warnings + dictionaryWarnings(document.language))
        out << warningLabel.leftJustified(width + 1) << warning << '\n';
    const QString clutterLabel = InfoCommand::tr("Clutter:");
    for (const ClutterMark &mark : findClutter(document)) {
        out << clutterLabel.leftJustified(width + 1)
            << InfoCommand::tr("paragraph %1 (%2): %3")
                   .arg(mark.paragraph + 1)
                   .arg(describe(mark.kind), document.paragraphs.at(mark.paragraph).text.left(80))
            << '\n';
    }
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InfoCommand::tr(
        "Shows how Recension reads each file: title, format, encoding, paragraphs, words."));
    addCommandOptions(parser, "info");
    const QCommandLineOption jsonOption = commandOption("info", "json");
    const QCommandLineOption languageOption = commandOption("info", "language");
    parser.addPositionalArgument(
        QStringLiteral("files"), InfoCommand::tr("The files to read."), InfoCommand::tr("FILE..."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText(), QStringLiteral("info"));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << subcommandHelp(parser, QStringLiteral("info"));
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString language = parser.value(languageOption).trimmed();
    const QString languageProblem = DictionaryFinder::tagProblem(language);
    if (files.isEmpty() || !languageProblem.isEmpty()) {
        return usageError(files.isEmpty() ? InfoCommand::tr("No file given.") : languageProblem,
                          QStringLiteral("info"));
    }

    LoadOptions options;
    options.language = language;
    const bool json = parser.isSet(jsonOption);
    QTextStream out(stdout);
    QJsonArray objects;
    int status = ExitOk;
    bool first = true;
    for (const QString &file : files) {
        const LoadResult result = loadDocument(file, options);
        if (!result.ok()) {
            out.flush();
            printError(result.error);
            status = ExitInput;
            continue;
        }
        if (json) {
            objects.append(infoJson(*result.document));
            continue;
        }
        if (!std::exchange(first, false))
            out << '\n';
        printText(out, *result.document);
        out.flush();
    }
    if (json && !(files.size() == 1 && objects.isEmpty())) {
        const QJsonDocument document = files.size() == 1 ? QJsonDocument(objects.first().toObject())
                                                         : QJsonDocument(objects);
        out << document.toJson(QJsonDocument::Indented);
    }
    return status;
}

} // namespace Recension::Cli
