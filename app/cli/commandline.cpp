#include "cli/commandline.h"

#include "cli/comparecommand.h"
#include "cli/infocommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Recension::Cli {

bool isHeadlessCommand(const QString &word)
{
    return word == QLatin1String("info") || word == QLatin1String("compare");
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
    // Headless commands render fonts (PDF) but never open a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recension"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECENSION_VERSION));
    installTranslators();

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.takeAt(1);
    if (command == QLatin1String("info"))
        return runInfo(arguments);
    return runCompare(arguments);
}

} // namespace Recension::Cli
