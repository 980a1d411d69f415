// Bad input, as a user meets it on the command line: each message names the file (or the
// option) and the real reason, and a language that is not a tag is a usage error.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Through the shell, so that a file name can be bytes that are not UTF-8.
Run shell(const QString &script, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({QStringLiteral("-c"), script, QStringLiteral("sh"),
                          QStringLiteral(RECENSION_BINARY)});
    process.start();
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestInputReasons : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray article = "Harbour strike ends\n\nDock workers returned on Monday.\n";
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("left.txt")), article));
        QStringEncoder utf32(QStringConverter::Utf32LE);
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("utf32.txt")),
                           utf32.encode(QString::fromUtf8(article))));
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("a2.txt")), QByteArray(4000, '\xA2')));
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("meta16.html")),
                           "<html><head><meta charset=\"utf-16\"><title>Port</title></head>"
                           "<body><p>Caf\xE9 \x93quoted\x94 na\xEFve.</p></body></html>"));
    }

    void run_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in standard output or standard error

        QTest::newRow("a file name that is not UTF-8 opens")
            << "name=$(printf 'caf\\351.txt'); cp left.txt \"$name\" && \"$1\" info \"$name\"; "
               "status=$?; rm -f \"$name\"; exit $status"
            << 0 << "Harbour strike ends";
        QTest::newRow("UTF-32 without a mark is text")
            << "\"$1\" info utf32.txt" << 0 << "UTF-32LE";
        QTest::newRow("4,000 bytes 0xA2 are not silently zero words")
            << "\"$1\" info a2.txt" << 0 << "read as";
        QTest::newRow("a meta charset of utf-16 over single bytes is ignored")
            << "\"$1\" info meta16.html" << 0 << "windows-1252";
        QTest::newRow("compare: a path as the language is a usage error")
            << "\"$1\" compare left.txt left.txt --language ../../tmp/en_US" << 1 << "not a language tag";
        QTest::newRow("info: a path as the language is a usage error")
            << "\"$1\" info --language /usr/share/hunspell/en_US left.txt" << 1 << "not a language tag";
        QTest::newRow("compare: a language tag is fine")
            << "\"$1\" compare left.txt left.txt --language en-GB --json /dev/null" << 0 << "";
    }
    void run()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run result = shell(script, m_dir.path());
        const QString all = result.out + result.err;
        if (exitCode >= 0)
            QVERIFY2(result.exitCode == exitCode, qPrintable(all));
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("no such file")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestInputReasons)
#include "tst_inputreasons.moc"
