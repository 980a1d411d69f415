// `recension family` as a user runs it: a separate process on the sample articles.
#include "recensionprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Recension::TestSupport::Run;
using Recension::TestSupport::runRecension;

namespace {

Run family(const QStringList &arguments)
{
    return runRecension(QStringLiteral("family"), arguments);
}

QString sample(const char *name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + QLatin1String(name);
}

QStringList harbourFamily()
{
    return {sample("harbour-original.txt"), sample("harbour-spun.txt"),
            sample("harbour-condensed.txt"), sample("unrelated.txt"),
            sample("harbour-spun-copy.txt")};
}

} // namespace

class TestFamilyCommand : public QObject
{
    Q_OBJECT
private slots:
    void jsonDocument()
    {
        const Run run = family(harbourFamily() + QStringList{QStringLiteral("--json"), QStringLiteral("-"),
                                                             QStringLiteral("--no-timestamp")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("recension-family"));
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("base")).toInt(), 0);
        QVERIFY(!doc.contains(QStringLiteral("generated")));
        const QJsonArray versions = doc.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 5);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("spun"));
        QCOMPARE(versions[4].toObject().value(QStringLiteral("parent")).toInt(), 1);
        QVERIFY(versions[3].toObject().value(QStringLiteral("parent")).isNull());
        QCOMPARE(doc.value(QStringLiteral("matrix")).toArray().size(), 10);
        QVERIFY(!doc.value(QStringLiteral("quotations")).toArray().isEmpty());
        const Run again = family(harbourFamily() + QStringList{QStringLiteral("--json"), QStringLiteral("-"),
                                                               QStringLiteral("--no-timestamp")});
        QCOMPARE(again.out, run.out);
    }

    void textSummary()
    {
        const Run run = family(harbourFamily());
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("harbour-spun-copy.txt")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("unrelated.txt")), qPrintable(out));
    }

    void baseOption()
    {
        const Run run = family({sample("harbour-spun.txt"), sample("harbour-original.txt"),
                                QStringLiteral("--base"), sample("harbour-original.txt"),
                                QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("base")).toInt(), 1);
    }

    void failedVersionIsListed()
    {
        const QString missing = sample("no-such-version.txt");
        const Run run = family({sample("harbour-original.txt"), sample("harbour-spun.txt"), missing,
                                QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no-such-version.txt")));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("versions")).toArray().size(), 2);
        const QJsonArray failed = doc.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0].toObject().value(QStringLiteral("path")).toString(), missing);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("one file") << QStringList{sample("harbour-original.txt")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(family(arguments).exitCode, 1);
    }

    void neverWritesOverAnInput()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("original.txt"));
        QVERIFY(QFile::copy(sample("harbour-original.txt"), copy));
        const QByteArray before = [&] { QFile f(copy); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const Run run = family({copy, sample("harbour-spun.txt"), QStringLiteral("--json"), copy});
        QCOMPARE(run.exitCode, 3);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestFamilyCommand)
#include "tst_familycommand.moc"
