#pragma once

// The recension executable run as a user runs it, for the tests of the command line.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Recension::TestSupport {

/// What one run of the program gave: exit status (-1: it crashed or never finished),
/// standard output as bytes, standard error as text.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// @brief Runs `recension COMMAND ARGUMENTS...` (no command: the window's arguments).
inline Run runRecension(const QString &command, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(RECENSION_BINARY));
    process.setArguments(command.isEmpty() ? arguments : QStringList{command} + arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Recension::TestSupport
