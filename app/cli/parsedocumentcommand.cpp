#include "cli/parsedocumentcommand.h"

#include "cli/commandline.h"
#include "document/extractedtext.h"
#include "document/packageddocument.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Recension::Cli {

int runParseDocument(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslators();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 2;
    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly) || !output.open(stdout, QIODevice::WriteOnly))
        return 1;
    const QByteArray bytes = input.readAll();
    const QByteArray answer = serialise(extractPackagedText(bytes, arguments.at(2)));
    return output.write(answer) == answer.size() && output.flush() ? 0 : 1;
}

} // namespace Recension::Cli
