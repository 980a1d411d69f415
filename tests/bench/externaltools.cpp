#include "externaltools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace Recension::Bench {

namespace {

qint64 wordsIn(QByteArrayView line)
{
    qint64 words = 0;
    bool inWord = false;
    for (char c : line) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

/// The peak resident memory of a traced child stopped at its exit, from /proc: wait4()
/// cannot give it, since the high-water mark it reports includes the memory of the
/// (large) parent that the child was forked from.
qint64 peakOf(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    ProcessRun run;
    const QString path = program.contains(QLatin1Char('/'))
        ? program : QStandardPaths::findExecutable(program);
    QTemporaryDir dir;
    if (path.isEmpty() || !dir.isValid())
        return run;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("stdout")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("stderr")));

    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(path));
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    const int out = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

    QElapsedTimer timer;
    timer.start();
    // vfork, not fork: copying the page tables of a large parent would be timed too. The
    // child only makes system calls before it execs.
    const pid_t pid = vfork();
    if (pid == 0) {
        ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execve(argv[0], argv.data(), environ);
        _exit(127);
    }
    close(in);
    close(out);
    close(err);
    if (pid < 0)
        return run;
    // Traced: the child stops at its exec, at signals (passed on) and at its exit, where
    // its memory is still there to be read.
    int status = 0;
    struct rusage usage = {};
    bool optionsSet = false;
    while (true) {
        if (wait4(pid, &status, 0, &usage) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (WIFEXITED(status) || WIFSIGNALED(status))
            break;
        if (!WIFSTOPPED(status))
            continue;
        int signal = WSTOPSIG(status);
        if (!optionsSet && signal == SIGTRAP) {
            ptrace(PTRACE_SETOPTIONS, pid, nullptr, reinterpret_cast<void *>(PTRACE_O_TRACEEXIT));
            optionsSet = true;
            signal = 0;
        } else if (signal == SIGTRAP && (status >> 16) == PTRACE_EVENT_EXIT) {
            run.peakKilobytes = peakOf(pid);
            signal = 0;
        }
        ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void *>(intptr_t(signal)));
    }
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    run.cpuMilliseconds = ms(usage.ru_utime) + ms(usage.ru_stime);
    run.started = WIFEXITED(status) && WEXITSTATUS(status) != 127;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile outFile(QFile::decodeName(outPath)), errFile(QFile::decodeName(errPath));
    if (outFile.open(QIODevice::ReadOnly))
        run.output = outFile.readAll();
    if (errFile.open(QIODevice::ReadOnly))
        run.errors = errFile.readAll();
    return run;
}

qint64 porcelainChangedWords(const QByteArray &porcelain)
{
    qint64 words = 0;
    bool inHunk = false;
    for (qsizetype from = 0; from < porcelain.size();) {
        qsizetype to = porcelain.indexOf('\n', from);
        if (to < 0)
            to = porcelain.size();
        const QByteArrayView line(porcelain.constData() + from, to - from);
        from = to + 1;
        if (line.startsWith("@@"))
            inHunk = true;
        else if (inHunk && (line.startsWith('-') || line.startsWith('+')))
            words += wordsIn(line.sliced(1));
    }
    return words;
}

qint64 dwdiffChangedWords(const QByteArray &statistics)
{
    static const QRegularExpression old(QStringLiteral(
        "old: \\d+ words?\\s+\\d+ \\S+ common\\s+(\\d+) \\S+ deleted\\s+(\\d+) \\S+ changed"));
    static const QRegularExpression now(QStringLiteral(
        "new: \\d+ words?\\s+\\d+ \\S+ common\\s+(\\d+) \\S+ inserted\\s+(\\d+) \\S+ changed"));
    const QString text = QString::fromUtf8(statistics);
    const QRegularExpressionMatch a = old.match(text), b = now.match(text);
    if (!a.hasMatch() || !b.hasMatch())
        return -1;
    return a.captured(1).toLongLong() + a.captured(2).toLongLong() + b.captured(1).toLongLong()
        + b.captured(2).toLongLong();
}

BaselineRun gitWordDiff(const QString &left, const QString &right)
{
    BaselineRun baseline;
    const ProcessRun run = runProcess(QStringLiteral("git"),
        {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--no-color"),
         QStringLiteral("--word-diff=porcelain"), left, right});
    // Exit status 1 means "the files differ".
    if (!run.started || (run.exitCode != 0 && run.exitCode != 1)) {
        baseline.note = run.started ? QString::fromLocal8Bit(run.errors).trimmed()
                                    : QStringLiteral("git not installed");
        return baseline;
    }
    baseline.available = true;
    baseline.milliseconds = run.milliseconds;
    baseline.peakKilobytes = run.peakKilobytes;
    baseline.changedWords = porcelainChangedWords(run.output);
    return baseline;
}

BaselineRun dwdiff(const QString &left, const QString &right)
{
    BaselineRun baseline;
    const ProcessRun run = runProcess(QStringLiteral("dwdiff"), {QStringLiteral("-s"), left, right});
    const qint64 words = run.started ? dwdiffChangedWords(run.errors) : -1;
    if (words < 0) {
        baseline.note = run.started ? QString::fromLocal8Bit(run.errors).trimmed()
                                    : QStringLiteral("dwdiff not installed");
        return baseline;
    }
    baseline.available = true;
    baseline.milliseconds = run.milliseconds;
    baseline.peakKilobytes = run.peakKilobytes;
    baseline.changedWords = words;
    return baseline;
}

} // namespace Recension::Bench
