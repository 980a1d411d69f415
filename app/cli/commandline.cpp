#include "cli/commandline.h"

#include "cli/comparecommand.h"
#include "cli/familycommand.h"
#include "cli/infocommand.h"
#include "cli/optiontable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Recension::Cli {

/// Gives the top-level texts their translation context.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Cli::CommandLine)
};

namespace {

void initApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("recension"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECENSION_VERSION));
    installTranslators();
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

/// The window's arguments without those QGuiApplication takes for itself (-style fusion,
/// -platform xcb...), which the window's parser never sees.
QStringList withoutQtArguments(const QStringList &arguments)
{
    static const QStringList withValue = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowtitle"), QStringLiteral("qwindowicon"), QStringLiteral("display"),
        QStringLiteral("geometry"), QStringLiteral("name"), QStringLiteral("title")};
    static const QStringList alone = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (i == 0 || !argument.startsWith(u'-') || argument == QLatin1String("--")) {
            kept << argument;
            continue;
        }
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1)
                                 .section(u'=', 0, 0);
        if (alone.contains(name) || (withValue.contains(name) && argument.contains(u'=')))
            continue;
        if (withValue.contains(name)) {
            ++i; // and its value
            continue;
        }
        kept << argument;
    }
    return kept;
}

} // namespace

void setUpWindowParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Recension::Ui", "Compare versions of an article."));
    addCommandOptions(parser, "");
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Recension::Ui", "Articles to open."),
                                 QStringLiteral("[FILE...]"));
}

namespace {

QString topLevelHelp(const QCommandLineParser &parser)
{
    QString help = subcommandHelp(parser, QString());
    const qsizetype firstLineEnd = help.indexOf(u'\n');
    help.insert(firstLineEnd, u'\n' + CommandLine::tr("       recension COMMAND [options] ARGUMENTS"));
    help += u'\n' + CommandLine::tr("Commands (they need no display; 'recension COMMAND --help' "
                                    "lists a command's options):")
        + u'\n';
    int width = 0;
    for (const CommandSpec &command : commandTable())
        width = qMax(width, int(qstrlen(command.name) + 1 + qstrlen(command.arguments)));
    for (const CommandSpec &command : commandTable()) {
        const QString usage = QLatin1String(command.name) + u' ' + QLatin1String(command.arguments);
        help += QStringLiteral("  ") + usage.leftJustified(width + 2)
            + QCoreApplication::translate(command.context, command.summary) + u'\n';
    }
    return help;
}

int runCommand(const CommandSpec &command, int argc, char **argv)
{
    QStringList arguments = argumentList(argc, argv);
    arguments.removeAt(1);
    if (command.name == QLatin1String("info")) {
        QCoreApplication app(argc, argv);
        initApplication();
        return runInfo(arguments);
    }

    // compare renders fonts (PDF) but never opens a window: the offscreen platform, and a
    // private runtime folder when the session has none (Qt would warn on every run).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/recension-runtime-")
            + QString::number(::getuid());
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
#endif
    QGuiApplication app(argc, argv);
    initApplication();
    return command.name == QLatin1String("family") ? runFamily(arguments) : runCompare(arguments);
}

} // namespace

QString subcommandHelp(const QCommandLineParser &parser, const QString &command)
{
    // Qt names the program by the path it was started with; the man page and the hint
    // name it "recension", followed by the sub-command.
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0) {
        help.replace(at, program.size(),
                     command.isEmpty() ? QStringLiteral("recension")
                                       : QStringLiteral("recension ") + command);
    }
    return help;
}

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("recension: %1\n").arg(message)), stderr);
}

int usageError(const QString &message, const QString &command)
{
    printError(message);
    const QString help = command.isEmpty() ? QStringLiteral("recension --help")
                                           : QStringLiteral("recension %1 --help").arg(command);
    std::fputs(qPrintable(CommandLine::tr("Try '%1' for more information.").arg(help) + u'\n'),
               stderr);
    return ExitUsage;
}

void installTranslators()
{
    auto *app = QCoreApplication::instance();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    if (translator->load(QLocale(), QStringLiteral("recension"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int run(int argc, char **argv)
{
    if (argc > 1) {
        if (const CommandSpec *command = findCommand(QString::fromLocal8Bit(argv[1])))
            return runCommand(*command, argc, argv);
    }

    // Checked without a display and before Qt's GUI starts: a slip of the fingers gets one
    // line, not a window on a file that does not exist.
    const QStringList arguments = withoutQtArguments(argumentList(argc, argv));
    QCommandLineParser parser;
    setUpWindowParser(parser);
    bool ok = parser.parse(arguments);
    QString notFound;
    // --screenshot reads its two versions like compare does: an unreadable one is an input
    // error (exit 2) named by the screenshot, not a slip of the fingers.
    const bool screenshot = ok && parser.isSet(QStringLiteral("screenshot"));
    for (const QString &file : parser.positionalArguments()) {
        if (!screenshot && !QFileInfo::exists(file)) {
            notFound = file;
            break;
        }
    }
    const bool help = ok && (parser.isSet(QStringLiteral("help"))
                             || parser.isSet(QStringLiteral("help-all")));
    const bool version = ok && parser.isSet(QStringLiteral("version"));
    if (ok && !help && !version && notFound.isEmpty())
        return OpenWindow;

    // Only now a (headless) application: the messages are translated.
    QCoreApplication app(argc, argv);
    initApplication();
    QCommandLineParser translated;
    setUpWindowParser(translated);
    ok = translated.parse(arguments);
    if (!ok)
        return usageError(translated.errorText());
    if (help) {
        std::fputs(qPrintable(topLevelHelp(translated)), stdout);
        return ExitOk;
    }
    if (version) {
        std::fputs(qPrintable(QStringLiteral("recension %1\n").arg(QLatin1String(RECENSION_VERSION))),
                   stdout);
        return ExitOk;
    }
    return usageError(CommandLine::tr("'%1' is neither a file nor a command").arg(notFound));
}

} // namespace Recension::Cli
