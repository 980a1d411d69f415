// What recension writes, run as a user runs it (a separate process): no output replaces an
// input or a device, refusals give the real reason, and reports made without a timestamp
// are byte-identical from run to run. Where the suite runs as root (CI does), the rows
// about permissions also run as an ordinary user through setpriv.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

enum class User { Current, Ordinary };

struct Run
{
    int exitCode = -1;
    QString err;
};

QString sample(const char *name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + QLatin1String(name);
}

Run recension(const QStringList &arguments, User user = User::Current)
{
    QProcess process;
    QStringList command{QStringLiteral(RECENSION_BINARY)};
    if (user == User::Ordinary && ::geteuid() == 0) {
        command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                              QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                              QStringLiteral(RECENSION_BINARY)};
    }
    process.setProgram(command.takeFirst());
    process.setArguments(command + arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isCharacterDevice(const char *path)
{
    struct stat status {};
    return ::lstat(path, &status) == 0 && S_ISCHR(status.st_mode);
}

} // namespace

Q_DECLARE_METATYPE(User)

class TestOutputs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_left;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void setPermissions(const QString &name, mode_t mode)
    {
        QCOMPARE(::chmod(QFile::encodeName(path(name)).constData(), mode), 0);
    }

    void checkInputsWhole()
    {
        QCOMPARE(readBytes(path(QStringLiteral("left.txt"))), m_left);
        QCOMPARE(readBytes(path(QStringLiteral("picture.png"))), readBytes(sample("harbour-spun.txt")));
        QVERIFY(QFileInfo(path(QStringLiteral("link-to-left.html"))).isSymLink());
        QVERIFY(QFileInfo(path(QStringLiteral("link-to-left.png"))).isSymLink());
        QVERIFY(isCharacterDevice("/dev/null"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An ordinary user must reach the inputs, as in a shared folder.
        setPermissions(QString(), 0755);
        QVERIFY(QFile::copy(sample("harbour-original.txt"), path(QStringLiteral("left.txt"))));
        QVERIFY(QFile::copy(sample("harbour-spun.txt"), path(QStringLiteral("right.txt"))));
        QVERIFY(QFile::copy(sample("harbour-spun.txt"), path(QStringLiteral("picture.png"))));
        for (const char *name : {"left.txt", "right.txt", "picture.png"})
            setPermissions(QLatin1String(name), 0644);
        QVERIFY(QFile::link(path(QStringLiteral("left.txt")), path(QStringLiteral("link-to-left.html"))));
        QVERIFY(QFile::link(path(QStringLiteral("left.txt")), path(QStringLiteral("link-to-left.png"))));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("locked")));
        setPermissions(QStringLiteral("locked"), 0555);
        m_left = readBytes(path(QStringLiteral("left.txt")));
        QVERIFY(!m_left.isEmpty());
    }

    void cleanupTestCase() { setPermissions(QStringLiteral("locked"), 0755); }

    void compareOutputs_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("output");
        QTest::addColumn<User>("user");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");

        const QString input = QStringLiteral("one of the compared files");
        const QString left = path(QStringLiteral("left.txt"));
        const QString link = path(QStringLiteral("link-to-left.html"));
        const QString locked = path(QStringLiteral("locked/report.pdf"));
        const QString missing = path(QStringLiteral("missing/report.html"));
        const QString null = QStringLiteral("/dev/null");
        QTest::newRow("JSON over the left input") << "--json" << left << User::Current << 3 << input;
        QTest::newRow("HTML onto a link to the left input") << "--html" << link << User::Current << 3 << input;
        QTest::newRow("PDF onto a link to the left input") << "--pdf" << link << User::Current << 3 << input;
        QTest::newRow("JSON into the null device") << "--json" << null << User::Current << 0 << QString();
        QTest::newRow("HTML into the null device") << "--html" << null << User::Current << 0 << QString();
        QTest::newRow("PDF into the null device") << "--pdf" << null << User::Current << 0 << QString();
        QTest::newRow("HTML into a missing folder")
            << "--html" << missing << User::Current << 3 << QStringLiteral("missing does not exist");
        QTest::newRow("PDF into a read-only folder as an ordinary user")
            << "--pdf" << locked << User::Ordinary << 3 << QStringLiteral("locked is not writable");
        QTest::newRow("JSON over the left input as an ordinary user")
            << "--json" << left << User::Ordinary << 3 << input;
        if (::geteuid() == 0) {
            QTest::newRow("PDF into a read-only folder as root")
                << "--pdf" << locked << User::Current << 0 << QString();
            QTest::newRow("PDF into the null device as root")
                << "--pdf" << null << User::Current << 0 << QString();
        }
    }

    void compareOutputs()
    {
        QFETCH(QString, option);
        QFETCH(QString, output);
        QFETCH(User, user);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        if (user == User::Ordinary && ::geteuid() == 0
            && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv is needed to run as an ordinary user");
        const Run run = recension({QStringLiteral("compare"), path(QStringLiteral("left.txt")),
                                   path(QStringLiteral("right.txt")), option, output,
                                   QStringLiteral("--no-timestamp")}, user);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        if (!reason.isEmpty())
            QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        checkInputsWhole();
        QFile::remove(path(QStringLiteral("locked/report.pdf")));
    }

    void screenshotOutputs_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("left");
        QTest::addColumn<int>("exitCode");

        const QString left = path(QStringLiteral("left.txt"));
        const QString picture = path(QStringLiteral("picture.png"));
        QTest::newRow("an input as the picture") << left << left << 3;
        QTest::newRow("an input named .png as the picture") << picture << picture << 3;
        QTest::newRow("a link to an input as the picture") << path(QStringLiteral("link-to-left.png")) << left << 3;
        QTest::newRow("the null device as the picture") << QStringLiteral("/dev/null") << left << 0;
        QTest::newRow("a new picture") << path(QStringLiteral("window.png")) << left << 0;
    }

    void screenshotOutputs()
    {
        QFETCH(QString, output);
        QFETCH(QString, left);
        QFETCH(int, exitCode);
        const Run run = recension({QStringLiteral("--screenshot"), output, left,
                                   path(QStringLiteral("right.txt"))});
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        if (exitCode != 0)
            QVERIFY2(run.err.contains(QStringLiteral("one of the compared files")), qPrintable(run.err));
        else if (output != QLatin1String("/dev/null"))
            QVERIFY(readBytes(output).startsWith("\x89PNG"));
        checkInputsWhole();
    }

    void reportsWithoutTimestampAreReproducible_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("PDF") << QStringLiteral("--pdf");
        QTest::newRow("HTML") << QStringLiteral("--html");
        QTest::newRow("JSON") << QStringLiteral("--json");
    }

    void reportsWithoutTimestampAreReproducible()
    {
        QFETCH(QString, option);
        QByteArray reports[2];
        for (int run = 0; run < 2; ++run) {
            const QString output = path(QStringLiteral("run%1.out").arg(run));
            const Run result = recension({QStringLiteral("compare"), sample("harbour-original.txt"),
                                          sample("harbour-spun.txt"), option, output,
                                          QStringLiteral("--no-timestamp")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            reports[run] = readBytes(output);
            QFile::remove(output);
        }
        QVERIFY(!reports[0].isEmpty());
        QVERIFY(reports[0] == reports[1]);
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
