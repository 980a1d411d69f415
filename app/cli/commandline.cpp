#include "cli/commandline.h"

#include "cli/comparecommand.h"
#include "cli/familycommand.h"
#include "cli/infocommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Recension::Cli {

bool isHeadlessCommand(const QString &word)
{
    return word == QLatin1String("info") || word == QLatin1String("compare")
        || word == QLatin1String("family");
}

QString subcommandHelp(const QCommandLineParser &parser, const QString &program,
                       const QString &command)
{
    QString help = parser.helpText();
    const qsizetype at = help.indexOf(program + u' ');
    if (at >= 0)
        help.insert(at + program.size(), u' ' + command);
    return help;
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
    const QString command = QString::fromLocal8Bit(argv[1]);
    if (command == QLatin1String("info")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("recension"));
        QCoreApplication::setApplicationVersion(QStringLiteral(RECENSION_VERSION));
        installTranslators();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1);
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
    QCoreApplication::setApplicationName(QStringLiteral("recension"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECENSION_VERSION));
    installTranslators();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    return command == QLatin1String("family") ? runFamily(arguments) : runCompare(arguments);
}

} // namespace Recension::Cli
