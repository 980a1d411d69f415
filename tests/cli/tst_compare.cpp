// `recension compare` as a user runs it: a separate process on the sample articles.
#include "recensionprocess.h"

#include "pdftotext.h"
#include "specchecker.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Recension::TestSupport::Run;
using Recension::TestSupport::runRecension;

namespace {

Run compare(const QStringList &arguments)
{
    return runRecension(QStringLiteral("compare"), arguments);
}

QString sample(const char *name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + QLatin1String(name);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private slots:
    void jsonToStandardOutputFollowsTheSpec()
    {
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-spun.txt")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QStringList problems = Recension::Test::specProblems(json.object());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(json.object().contains(QStringLiteral("generated")));
        const double similarity =
            json[QStringLiteral("summary")][QStringLiteral("similarity")].toDouble();
        QVERIFY2(similarity > 0.9, qPrintable(QString::number(similarity)));
    }

    void outputIsByteIdenticalWithoutTimestamp()
    {
        const QStringList args{sample("harbour-original.txt"), sample("harbour-condensed.txt"),
                               QStringLiteral("--no-timestamp")};
        const Run first = compare(args);
        const Run second = compare(args);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(!first.out.isEmpty());
        QCOMPARE(first.out, second.out);
        QVERIFY(!first.out.contains("\"generated\""));
    }

    void everyFormatIsWritten()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("c.json"));
        const QString html = dir.filePath(QStringLiteral("c.html"));
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-condensed.txt"),
                                 QStringLiteral("--json"), json, QStringLiteral("--html"), html,
                                 QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                                 QStringLiteral("letter")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        for (const QString &path : {json, html, pdf})
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void pdfOfTheSamplesReads_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        const QStringList common{"Findings:", "Legend and options", "Appendix: quote audit", "page 1 of ",
                                 "Ingrid Solberg"};
        QTest::newRow("full text") << QStringList{}
                                   << common + QStringList{"flooded", "inundated", "2.5 metres above the"};
        QTest::newRow("changes only, Letter")
            << QStringList{"--changes-only", "--paper", "letter"}
            << common + QStringList{"Report shows: changed passages", "inundated"};
        QTest::newRow("changes of fact only, with the change table")
            << QStringList{"--facts-only", "--changes-table"}
            << common + QStringList{"Report shows: changes of fact only", "Every change"};
    }
    void pdfOfTheSamplesReads()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        const Run run = compare(QStringList{sample("harbour-original.txt"), sample("harbour-spun.txt"),
                                            QStringLiteral("--pdf"), pdf} + options);
        QCOMPARE(run.exitCode, 0);
        const QString text = Recension::Test::pdfToText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        // pdftotext breaks lines where the layout does: compare with white space folded.
        const QString folded = text.simplified();
        for (const QString &words : expected)
            QVERIFY2(folded.contains(words), qPrintable(words));
    }

    void htmlOfTheSamplesIsSelfContained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.html"));
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-spun.txt"),
                                 QStringLiteral("--html"), path});
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QLatin1String("inundated")));
        for (const char *forbidden : {"<script", "http:", "https:", "src=", "<link", "url(", "@import"})
            QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("one file") << QStringList{sample("harbour-original.txt")};
        QTest::newRow("unknown option")
            << QStringList{sample("harbour-original.txt"), sample("harbour-spun.txt"),
                           QStringLiteral("--colour")};
        QTest::newRow("html to standard output")
            << QStringList{sample("harbour-original.txt"), sample("harbour-spun.txt"),
                           QStringLiteral("--html"), QStringLiteral("-")};
        QTest::newRow("two outputs to one file")
            << QStringList{sample("harbour-original.txt"), sample("harbour-spun.txt"),
                           QStringLiteral("--json"), QStringLiteral("out.report"),
                           QStringLiteral("--html"), QStringLiteral("out.report")};
        QTest::newRow("unknown paper")
            << QStringList{sample("harbour-original.txt"), sample("harbour-spun.txt"),
                           QStringLiteral("--paper"), QStringLiteral("a5")};
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = compare(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Try 'recension compare --help'")), qPrintable(run.err));
    }

    void unreadableInputNamesTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-story.txt"));
        const Run run = compare({sample("harbour-original.txt"), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-story.txt")), qPrintable(run.err));

        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run second = compare({empty, sample("harbour-original.txt")});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains(QStringLiteral("empty.txt")), qPrintable(second.err));
    }

    void neverWritesOverAnInput()
    {
        QTemporaryDir dir;
        const QString left = dir.filePath(QStringLiteral("left.txt"));
        QVERIFY(QFile::copy(sample("harbour-original.txt"), left));
        const QByteArray before = sha256(left);
        for (const QString &option : {QStringLiteral("--json"), QStringLiteral("--html"),
                                      QStringLiteral("--pdf")}) {
            const Run run = compare({left, sample("harbour-spun.txt"), option, left});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(QStringLiteral("left.txt")), qPrintable(run.err));
            QCOMPARE(sha256(left), before);
        }
    }

    void neverWritesThroughALinkToAnInput()
    {
        QTemporaryDir dir;
        const QString left = dir.filePath(QStringLiteral("left.txt"));
        const QString link = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(QFile::copy(sample("harbour-original.txt"), left));
        QVERIFY(QFile::link(left, link));
        const QByteArray before = sha256(left);
        const Run run = compare({left, sample("harbour-spun.txt"), QStringLiteral("--json"), link});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(sha256(left), before);
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void findingsAreOneALine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spun copy") << QStringList{} << QStringLiteral("HIGH quote altered (Solberg, ");
        QTest::newRow("spun copy with a watch list")
            << QStringList{QStringLiteral("--watch"), QStringLiteral("WATCH")}
            << QStringLiteral("HIGH watched: container terminal -> container depot");
    }
    void findingsAreOneALine()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString watch = dir.filePath(QStringLiteral("watch.txt"));
        QFile file(watch);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Container Terminal\nIngrid Solberg\n");
        file.close();
        options.replaceInStrings(QStringLiteral("WATCH"), watch);
        const Run run = compare(QStringList{sample("harbour-original.txt"), sample("harbour-spun.txt"),
                                            QStringLiteral("--findings")} + options);
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(expected), qPrintable(text));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        bool medium = false;
        for (const QString &line : lines) {
            const bool high = line.startsWith(QStringLiteral("HIGH "));
            QVERIFY2(high || line.startsWith(QStringLiteral("MEDIUM ")), qPrintable(line));
            QVERIFY2(!(high && medium), "a high finding after a medium one");
            medium = medium || !high;
        }
    }

    void noFindingsSaysSo()
    {
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-original.txt"),
                                 QStringLiteral("--findings")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("No findings.\n"));
    }

    void findingsWithJsonToAFile()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("c.json"));
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-condensed.txt"),
                                 QStringLiteral("--findings"), QStringLiteral("--json"), json});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("HIGH ") || run.out.startsWith("MEDIUM "), run.out.constData());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());

        const Run both = compare({sample("harbour-original.txt"), sample("harbour-condensed.txt"),
                                  QStringLiteral("--findings"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(both.exitCode, 1);
    }

    void badWatchListIsExitTwo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("no such file");
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10) << QStringLiteral("binary");
    }
    void badWatchListIsExitTwo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString watch = dir.filePath(QStringLiteral("newsroom-watch.txt"));
        if (reason != QLatin1String("no such file")) {
            QFile file(watch);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-spun.txt"),
                                 QStringLiteral("--watch"), watch, QStringLiteral("--findings")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("newsroom-watch.txt")), qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    void unwritableOutputIsExitThree()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("missing-folder/c.json"));
        const Run run = compare({sample("harbour-original.txt"), sample("harbour-spun.txt"),
                                 QStringLiteral("--json"), target});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("c.json")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
