#include "document/parserprocess.h"

#include "document/packageddocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QProcess>

namespace Recension {

/// Gives the parser process's messages their translation context.
class ParserMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::ParserProcess)
};

namespace {

QMutex settingMutex;
ParserProcess setting;

ExtractedText failed(const QString &message)
{
    ExtractedText text;
    text.error = message;
    return text;
}

} // namespace

void setParserProcess(const ParserProcess &process)
{
    const QMutexLocker lock(&settingMutex);
    setting = process;
}

ParserProcess parserProcess()
{
    const QMutexLocker lock(&settingMutex);
    return setting;
}

ExtractedText extractInParserProcess(const QByteArray &bytes, const QString &path)
{
    const ParserProcess how = parserProcess();
    if (!how.enabled)
        return extractPackagedText(bytes, path);

    QProcess child;
    child.setProgram(how.program.isEmpty() ? QCoreApplication::applicationFilePath() : how.program);
    child.setArguments({ QString::fromLatin1(parseDocumentCommand), path });
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start();
    if (!child.waitForStarted(how.timeoutMs)) {
        return failed(ParserMessages::tr("“%1” cannot be read: the document parser could not be "
                                         "started (%2).")
                          .arg(path, child.errorString()));
    }
    child.write(bytes);
    child.closeWriteChannel();
    if (!child.waitForFinished(how.timeoutMs)) {
        child.kill();
        child.waitForFinished();
        return failed(ParserMessages::tr("“%1” cannot be read: its parser ran for more than %2 "
                                         "seconds and was stopped.")
                          .arg(path, QLocale().toString(how.timeoutMs / 1000.0, 'g', 3)));
    }
    if (child.exitStatus() == QProcess::CrashExit) {
        return failed(ParserMessages::tr("“%1” cannot be read: its parser stopped unexpectedly "
                                         "(the file may be damaged or hostile).")
                          .arg(path));
    }
    ExtractedText text;
    if (child.exitCode() != 0 || !deserialise(child.readAllStandardOutput(), &text)) {
        return failed(ParserMessages::tr("“%1” cannot be read: its parser gave no usable answer "
                                         "(exit status %2).")
                          .arg(path)
                          .arg(child.exitCode()));
    }
    return text;
}

} // namespace Recension
