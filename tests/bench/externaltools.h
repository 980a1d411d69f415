#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Recension::Bench {

/// What one run of a program cost and printed.
struct ProcessRun
{
    bool started = false;
    int exitCode = -1;
    double milliseconds = 0.0; ///< wall time from spawn to exit
    double cpuMilliseconds = 0.0; ///< user and system time of all its threads (steadier
                                  ///< than wall time on a shared machine)
    qint64 peakKilobytes = 0;  ///< the child's peak resident memory (VmHWM at its exit)
    QByteArray output;         ///< standard output (read from a file, so any size)
    QByteArray errors;         ///< standard error
};

/// @brief Runs a program to its end with no shell, timing it and taking its peak memory
/// (traced, to read it at the exit); `program` is looked up on PATH when it has no slash.
ProcessRun runProcess(const QString &program, const QStringList &arguments);

/// A baseline's answer for one pair: time and output size in changed words.
struct BaselineRun
{
    bool available = false;
    QString note;          ///< why it is missing, when it is
    double milliseconds = 0.0;
    qint64 peakKilobytes = 0;
    qint64 changedWords = 0; ///< words deleted plus words inserted (white-space words)
};

/// @brief `git diff --no-index --word-diff=porcelain`, counting the words of its -/+ lines.
BaselineRun gitWordDiff(const QString &left, const QString &right);

/// @brief `dwdiff -s`, counting deleted, inserted and changed words from its statistics.
BaselineRun dwdiff(const QString &left, const QString &right);

/// @brief Words of a git porcelain word diff's removed and added lines.
qint64 porcelainChangedWords(const QByteArray &porcelain);

/// @brief Deleted+changed old words plus inserted+changed new words of dwdiff's statistics.
qint64 dwdiffChangedWords(const QByteArray &statistics);

} // namespace Recension::Bench
