// `recension info` as a user runs it: a separate process, its exit status and its output.

#include "recensionprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Recension::TestSupport::Run;
using Recension::TestSupport::runRecension;

namespace {

Run runInfo(const QStringList &arguments)
{
    return runRecension(QStringLiteral("info"), arguments);
}

QString sample(const QString &name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + name;
}

QString fixture(const QString &name)
{
    return QStringLiteral(RECENSION_FIXTURES "/documents/") + name;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestInfo : public QObject
{
    Q_OBJECT
private slots:
    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString original = sample(QStringLiteral("harbour-original.txt"));
        const QString missing = QStringLiteral("no-such-article.txt");
        QTest::newRow("one readable file") << QStringList { original } << 0;
        QTest::newRow("two readable files as JSON") << QStringList { QStringLiteral("--json"),
            original, fixture(QStringLiteral("article.html")) }
                                                    << 0;
        QTest::newRow("no file is bad usage") << QStringList {} << 1;
        QTest::newRow("an unknown option is bad usage")
            << QStringList { QStringLiteral("--colour"), original } << 1;
        QTest::newRow("an empty language is bad usage")
            << QStringList { QStringLiteral("--language="), original } << 1;
        QTest::newRow("a missing file") << QStringList { missing } << 2;
        QTest::newRow("a missing file among readable ones")
            << QStringList { original, missing } << 2;
    }
    void exitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runInfo(arguments);
        QCOMPARE(run.exitCode, exitCode);
    }

    void missingFileIsNamedAndOthersStillPrinted()
    {
        const QString original = sample(QStringLiteral("harbour-original.txt"));
        const QString missing = QStringLiteral("no-such-article.txt");
        const Run run = runInfo({ missing, original });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("no such file")), qPrintable(run.err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(
            out.contains(QStringLiteral("Storm surge shuts Kessvik harbour")), qPrintable(out));
    }

    void textReport()
    {
        const QString path = sample(QStringLiteral("harbour-original.txt"));
        const Run run = runInfo({ QStringLiteral("--language"), QStringLiteral("en-GB"), path });
        QCOMPARE(run.exitCode, 0);
        // Qt may note its environment on stderr (XDG_RUNTIME_DIR); no file problem is reported.
        QVERIFY2(!run.err.contains(path), qPrintable(run.err));
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        const auto valueOf = [&lines](const QString &label) {
            for (const QString &line : lines) {
                if (line.startsWith(label))
                    return line.mid(label.size()).trimmed();
            }
            return QString();
        };
        QCOMPARE(valueOf(QStringLiteral("Title:")),
            QStringLiteral("Storm surge shuts Kessvik harbour as ships wait offshore"));
        QCOMPARE(valueOf(QStringLiteral("Path:")), path);
        QCOMPARE(valueOf(QStringLiteral("Format:")), QStringLiteral("text"));
        QCOMPARE(valueOf(QStringLiteral("Encoding:")), QStringLiteral("UTF-8"));
        QCOMPARE(valueOf(QStringLiteral("Language:")), QStringLiteral("en-GB"));
        QCOMPARE(valueOf(QStringLiteral("Paragraphs:")), QStringLiteral("15"));
        QCOMPARE(valueOf(QStringLiteral("SHA-256:")), sha256Of(path));
        const int words = valueOf(QStringLiteral("Words:")).toInt();
        QVERIFY(words >= 350 && words <= 600);
    }

    void jsonForOneFileIsAnObject()
    {
        const QString path = fixture(QStringLiteral("article.html"));
        const Run run = runInfo({ QStringLiteral("--json"), path });
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.isObject());
        const QJsonObject document = json.object();
        QCOMPARE(document.value(QStringLiteral("path")).toString(), path);
        QCOMPARE(document.value(QStringLiteral("title")).toString(),
            QStringLiteral("Ferry timetable changes for the winter"));
        QCOMPARE(document.value(QStringLiteral("sha256")).toString(), sha256Of(path));
        QCOMPARE(document.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(document.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("html"));
        QVERIFY(document.value(QStringLiteral("words")).toInt() > 0);
        QVERIFY(document.value(QStringLiteral("warnings")).toArray().isEmpty());

        const QJsonArray paragraphs = document.value(QStringLiteral("paragraphs")).toArray();
        QCOMPARE(paragraphs.size(), 13);
        const QJsonObject second = paragraphs.at(2).toObject();
        QCOMPARE(second.value(QStringLiteral("index")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("line")).toInt(), 16);
        QCOMPARE(second.value(QStringLiteral("lastLine")).toInt(), 17);
        QVERIFY(second.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("The island ferry will sail twice a day")));
    }

    void jsonForSeveralFilesIsAnArray()
    {
        const Run run
            = runInfo({ QStringLiteral("--json"), sample(QStringLiteral("harbour-original.txt")),
                sample(QStringLiteral("harbour-spun.txt")) });
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument json = QJsonDocument::fromJson(run.out);
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 2);
        QCOMPARE(
            json.array().at(1).toObject().value(QStringLiteral("paragraphs")).toArray().size(), 15);
    }

    void jsonCarriesWarnings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("damaged.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Caf\xC3\xA9 title\n\nA bad \xFF byte.\n");
        file.close();
        const Run run = runInfo({ QStringLiteral("--json"), path });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray warnings
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestInfo)
#include "tst_info.moc"
