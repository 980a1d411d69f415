// OutputGuard, the one check every writer passes: no output replaces an input, a device
// or FIFO stays what it is, a folder that cannot take the file gets its real reason.
#include "document/outputguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Recension;

Q_DECLARE_METATYPE(Recension::OutputGuard::Mode)

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

const QByteArray article = "Harbour strike ends\n\nDock workers returned on Monday.\n";

} // namespace

class TestOutputGuard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_input;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = path(QStringLiteral("left.txt"));
        QVERIFY(writeBytes(m_input, article));
        QVERIFY(writeBytes(path(QStringLiteral("right.png")), article));
        QVERIFY(writeBytes(path(QStringLiteral("old-report.html")), "<p>old</p>"));
        QVERIFY(QFile::link(m_input, path(QStringLiteral("link-to-left.json"))));
        QVERIFY(QFile::link(path(QStringLiteral("nowhere/x")), path(QStringLiteral("dangling.json"))));
        QCOMPARE(::link(QFile::encodeName(m_input).constData(),
                        QFile::encodeName(path(QStringLiteral("hard-link.pdf"))).constData()), 0);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("locked")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a folder.pdf")));
        QCOMPARE(::chmod(QFile::encodeName(path(QStringLiteral("locked"))).constData(), 0555), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe"))).constData(), 0600), 0);
    }

    void cleanupTestCase()
    {
        ::chmod(QFile::encodeName(path(QStringLiteral("locked"))).constData(), 0755);
    }

    void mode_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<OutputGuard::Mode>("expected");
        QTest::addColumn<QString>("reason"); // a part of the message; empty when allowed

        const QString input = QStringLiteral("one of the compared files");
        QTest::newRow("an input as the output") << m_input << OutputGuard::Mode::Refused << input;
        QTest::newRow("a relative path to an input")
            << QDir::current().relativeFilePath(m_input) << OutputGuard::Mode::Refused << input;
        QTest::newRow("a path with dot segments to an input")
            << path(QStringLiteral("locked/../left.txt")) << OutputGuard::Mode::Refused << input;
        QTest::newRow("a symbolic link to an input")
            << path(QStringLiteral("link-to-left.json")) << OutputGuard::Mode::Refused << input;
        QTest::newRow("a hard link to an input")
            << path(QStringLiteral("hard-link.pdf")) << OutputGuard::Mode::Refused << input;
        QTest::newRow("an input named like a picture")
            << path(QStringLiteral("right.png")) << OutputGuard::Mode::Refused << input;
        QTest::newRow("a folder") << path(QStringLiteral("a folder.pdf"))
                                  << OutputGuard::Mode::Refused << QStringLiteral("is a folder");
        QTest::newRow("a file in a missing folder")
            << path(QStringLiteral("missing/report.pdf")) << OutputGuard::Mode::Refused
            << QStringLiteral("does not exist");
        QTest::newRow("a dangling link into a missing folder")
            << path(QStringLiteral("dangling.json")) << OutputGuard::Mode::Refused
            << QStringLiteral("does not exist");
        QTest::newRow("no path at all") << QString() << OutputGuard::Mode::Refused
                                        << QStringLiteral("No output file");
        // Root may write into a read-only folder, so there the honest answer is yes.
        QTest::newRow("a new file in a read-only folder")
            << path(QStringLiteral("locked/report.pdf"))
            << (isRoot() ? OutputGuard::Mode::Atomic : OutputGuard::Mode::Refused)
            << (isRoot() ? QString() : QStringLiteral("folder %1 is not writable").arg(path(QStringLiteral("locked"))));
        QTest::newRow("a new file") << path(QStringLiteral("report.json"))
                                    << OutputGuard::Mode::Atomic << QString();
        QTest::newRow("an old report") << path(QStringLiteral("old-report.html"))
                                       << OutputGuard::Mode::Atomic << QString();
        QTest::newRow("the null device") << QStringLiteral("/dev/null")
                                         << OutputGuard::Mode::Stream << QString();
        QTest::newRow("a named pipe") << path(QStringLiteral("pipe"))
                                      << OutputGuard::Mode::Stream << QString();
    }

    void mode()
    {
        QFETCH(QString, output);
        QFETCH(OutputGuard::Mode, expected);
        QFETCH(QString, reason);
        const OutputGuard guard({m_input, path(QStringLiteral("right.png"))});
        QString problem;
        QCOMPARE(guard.mode(output, &problem), expected);
        QCOMPARE(guard.check(output), problem);
        if (reason.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY2(problem.contains(reason), qPrintable(problem));
            // Every refusal names the file or the folder it is about.
            if (!output.isEmpty())
                QVERIFY2(problem.contains(QFileInfo(output).fileName())
                             || problem.contains(QFileInfo(output).dir().dirName()),
                         qPrintable(problem));
        }
    }

    void writeLeavesInputsWhole_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("the input itself") << m_input;
        QTest::newRow("a symbolic link to it") << path(QStringLiteral("link-to-left.json"));
        QTest::newRow("a hard link to it") << path(QStringLiteral("hard-link.pdf"));
    }

    void writeLeavesInputsWhole()
    {
        QFETCH(QString, output);
        bool called = false;
        QString error;
        const bool written = OutputGuard({m_input}).write(output, [&](QIODevice &device, QString *) {
            called = true;
            return device.write("report") == 6;
        }, &error);
        QVERIFY(!written);
        QVERIFY(!called);
        QVERIFY2(error.contains(QStringLiteral("one of the compared files")), qPrintable(error));
        QCOMPARE(readBytes(m_input), article);
        QVERIFY(QFileInfo(path(QStringLiteral("link-to-left.json"))).isSymLink());
    }

    void deviceStaysADevice()
    {
        QString error;
        const bool written = OutputGuard({m_input}).write(QStringLiteral("/dev/null"),
            [](QIODevice &device, QString *) { return device.write("report") == 6; }, &error);
        QVERIFY2(written, qPrintable(error));
        struct stat status {};
        QCOMPARE(::stat("/dev/null", &status), 0);
        QVERIFY(S_ISCHR(status.st_mode));
    }

    void failedWriteKeepsTheOldFile()
    {
        const QString old = path(QStringLiteral("old-report.html"));
        QString error;
        const bool written = OutputGuard({m_input}).write(old, [](QIODevice &device, QString *reason) {
            device.write("half a rep");
            *reason = QStringLiteral("the renderer gave up");
            return false;
        }, &error);
        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("old-report.html"))
                     && error.contains(QStringLiteral("the renderer gave up")), qPrintable(error));
        QCOMPARE(readBytes(old), QByteArray("<p>old</p>"));
    }

    void newFileIsWritten()
    {
        const QString target = path(QStringLiteral("fresh.json"));
        QString error;
        QVERIFY2(OutputGuard({m_input}).write(target, [](QIODevice &device, QString *) {
            return device.write("{}") == 2;
        }, &error), qPrintable(error));
        QCOMPARE(readBytes(target), QByteArray("{}"));
    }

    // ":name" is a file in the current folder, not one of Qt's embedded resources: it is
    // written there, and refused when it is the input.
    void nameBeginningWithAColonIsAFile()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QString input = QStringLiteral(":left copy.txt");
        // (QDir::filePath takes ":name" for a resource too, so the paths are joined by hand.)
        const QString inFolder = m_dir.path() + QLatin1Char('/');
        QVERIFY(writeBytes(inFolder + input, article));
        const OutputGuard guard({input});
        QString error;
        const bool written = guard.write(QStringLiteral(":report.json"), [](QIODevice &device, QString *) {
            return device.write("{}") == 2;
        }, &error);
        const QString refused = guard.check(input);
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(readBytes(inFolder + QStringLiteral(":report.json")), QByteArray("{}"));
        QVERIFY2(refused.contains(QStringLiteral("one of the compared files")), qPrintable(refused));
        QCOMPARE(readBytes(inFolder + input), article);
    }
};

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
