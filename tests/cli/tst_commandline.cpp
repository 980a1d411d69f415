// The command line as a whole: one option table, and the man page, the shell completions,
// --help, --version and the usage errors that must agree with it. The program runs as a
// user runs it, in a separate process with no display.

#include "cli/optiontable.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension::Cli;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runRecension(const QStringList &arguments)
{
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RECENSION_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString readPackagingFile(const QString &name)
{
    QFile file(QStringLiteral(RECENSION_PACKAGING "/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The text between the first line starting with `from` and the next line starting with
/// one of `to` (the whole rest when none follows).
QString section(const QString &text, const QString &from, const QStringList &to)
{
    const qsizetype start = text.indexOf(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(from),
                                                            QRegularExpression::MultilineOption));
    if (start < 0)
        return {};
    qsizetype end = text.size();
    for (const QString &next : to) {
        const qsizetype at = text.indexOf(
            QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(next),
                               QRegularExpression::MultilineOption),
            start + from.size());
        if (at >= 0)
            end = qMin(end, at);
    }
    return text.mid(start, end - start);
}

/// Where each document describes one command's options ("" is the window).
QString manSection(const QString &command)
{
    const QString page = readPackagingFile(QStringLiteral("recension.1"));
    if (command.isEmpty())
        return section(page, QStringLiteral(".SH OPTIONS"), {QStringLiteral(".SH")});
    return section(page, QStringLiteral(".SS \"recension %1 ").arg(command),
                   {QStringLiteral(".SS"), QStringLiteral(".SH")});
}

QString bashSection(const QString &command)
{
    const QString script = readPackagingFile(QStringLiteral("completions/recension.bash"));
    const QString key = command.isEmpty() ? QStringLiteral("window") : command;
    const QRegularExpression line(QStringLiteral("^\\s*\\[") + key + QStringLiteral("\\]=\"([^\"]*)\""),
                                  QRegularExpression::MultilineOption);
    return line.match(script).captured(1); // the first such line: the option list
}

QString zshSection(const QString &command)
{
    const QString script = readPackagingFile(QStringLiteral("completions/_recension"));
    const QString function = command.isEmpty() ? QStringLiteral("_recension() {")
                                                : QStringLiteral("_recension_%1() {").arg(command);
    return section(script, function, {QStringLiteral("}")});
}

QString sectionOf(const QString &document, const QString &command)
{
    if (document == QLatin1String("man page"))
        return manSection(command);
    if (document == QLatin1String("bash completion"))
        return bashSection(command);
    return zshSection(command);
}

/// Every long option a document names: "\-\-ignore\-case" in troff, "--ignore-case" else.
QSet<QString> optionsNamedIn(const QString &text)
{
    QString plain = text;
    plain.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
    plain.remove(font);
    QSet<QString> names;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--([a-z][a-z-]*[a-z])"));
    for (const auto &match : option.globalMatch(plain))
        names.insert(match.captured(1));
    return names;
}

QSet<QString> tableOptions(const QString &command)
{
    QSet<QString> names{QStringLiteral("help")}; // every parser has it (addHelpOption)
    for (const OptionSpec &spec : optionTable()) {
        if (command == QLatin1String(spec.command))
            names.insert(QLatin1String(spec.name));
    }
    return names;
}

QStringList commandsWithWindow()
{
    QStringList commands{QString()};
    for (const CommandSpec &command : commandTable())
        commands << QLatin1String(command.name);
    return commands;
}

const QStringList documents{QStringLiteral("man page"), QStringLiteral("bash completion"),
                            QStringLiteral("zsh completion")};

QString sample(const QString &name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + name;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void documentsNameTheTablesOptions_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("command");
        for (const QString &document : documents) {
            for (const QString &command : commandsWithWindow()) {
                const QString row = QStringLiteral("%1, %2").arg(
                    document, command.isEmpty() ? QStringLiteral("window") : command);
                QTest::newRow(qPrintable(row)) << document << command;
            }
        }
    }
    void documentsNameTheTablesOptions()
    {
        QFETCH(QString, document);
        QFETCH(QString, command);
        const QString text = sectionOf(document, command);
        QVERIFY2(!text.isEmpty(), "the document has no part for this command");
        const QSet<QString> named = optionsNamedIn(text);
        const QSet<QString> table = tableOptions(command);
        for (const QString &option : table)
            QVERIFY2(named.contains(option), qPrintable(QStringLiteral("--") + option + QStringLiteral(" is missing")));
        for (const QString &option : named)
            QVERIFY2(table.contains(option), qPrintable(QStringLiteral("--") + option + QStringLiteral(" is not in the table")));
    }

    void documentsNameEveryCommand_data()
    {
        QTest::addColumn<QString>("document");
        for (const QString &document : documents)
            QTest::newRow(qPrintable(document)) << document;
    }
    void documentsNameEveryCommand()
    {
        QFETCH(QString, document);
        const QString file = document == QLatin1String("man page") ? QStringLiteral("recension.1")
            : document == QLatin1String("bash completion") ? QStringLiteral("completions/recension.bash")
                                                           : QStringLiteral("completions/_recension");
        const QString text = readPackagingFile(file);
        for (const CommandSpec &command : commandTable()) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QLatin1String(command.name)));
            QVERIFY2(text.contains(word), command.name);
        }
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, argument);
        const Run run = runRecension({argument});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        if (argument.startsWith(QLatin1String("-v")) || argument == QLatin1String("--version")) {
            QCOMPARE(run.out, QStringLiteral("recension " RECENSION_VERSION "\n"));
            return;
        }
        for (const CommandSpec &command : commandTable()) {
            // One line each: the command, its arguments and its summary.
            const QRegularExpression line(QStringLiteral("^  ") + QLatin1String(command.name) + QStringLiteral(" ")
                                              + QRegularExpression::escape(QLatin1String(command.arguments))
                                              + QStringLiteral(" +") + QRegularExpression::escape(QLatin1String(command.summary))
                                              + QStringLiteral("$"),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
        }
        for (const QString &option : tableOptions(QString()))
            QVERIFY2(run.out.contains(QStringLiteral("--") + option), qPrintable(option));
    }

    void commandHelpNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const CommandSpec &command : commandTable())
            QTest::newRow(command.name) << QString::fromLatin1(command.name);
    }
    void commandHelpNamesTheCommand()
    {
        QFETCH(QString, command);
        const Run run = runRecension({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString usage = run.out.section(u'\n', 0, 0);
        QVERIFY2(usage.contains(QStringLiteral(" recension %1 ").arg(command)), qPrintable(usage));
        QVERIFY2(!usage.contains(QStringLiteral(RECENSION_BINARY)), qPrintable(usage));
        for (const QString &option : tableOptions(command))
            QVERIFY2(run.out.contains(QStringLiteral("--") + option), qPrintable(option));
    }

    void usageErrorsAreOneLineAndAHint_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("hint");
        const QString top = QStringLiteral("Try 'recension --help' for more information.");
        const QString compare = QStringLiteral("Try 'recension compare --help' for more information.");
        const QString info = QStringLiteral("Try 'recension info --help' for more information.");
        QTest::newRow("a word that is neither a file nor a command")
            << QStringList{QStringLiteral("frobnicate")} << top;
        QTest::newRow("a file that does not exist beside one that does")
            << QStringList{sample(QStringLiteral("harbour-original.txt")),
                           sample(QStringLiteral("no-such-story.txt"))}
            << top;
        QTest::newRow("an unknown option") << QStringList{QStringLiteral("--frobnicate")} << top;
        QTest::newRow("an option without its value")
            << QStringList{QStringLiteral("--screenshot")} << top;
        QTest::newRow("compare with one file")
            << QStringList{QStringLiteral("compare"), sample(QStringLiteral("harbour-original.txt"))}
            << compare;
        QTest::newRow("compare with an unknown option")
            << QStringList{QStringLiteral("compare"), QStringLiteral("--colour")} << compare;
        QTest::newRow("info with no file") << QStringList{QStringLiteral("info")} << info;
        QTest::newRow("info with an unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--xml")} << info;
    }
    void usageErrorsAreOneLineAndAHint()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, hint);
        const Run run = runRecension(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QLatin1String("recension: ")), qPrintable(run.err));
        QCOMPARE(lines.last(), hint);
    }

    void errorsStartWithTheProgramName_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("info on a missing file")
            << QStringList{QStringLiteral("info"), sample(QStringLiteral("no-such-story.txt"))} << 2;
        QTest::newRow("compare with a missing file")
            << QStringList{QStringLiteral("compare"), sample(QStringLiteral("harbour-original.txt")),
                           sample(QStringLiteral("no-such-story.txt"))}
            << 2;
    }
    void errorsStartWithTheProgramName()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runRecension(arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QLatin1String("recension: ")), qPrintable(line));
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
