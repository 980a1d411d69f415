// `recension family` as a user runs it: a separate process on the sample articles.
#include "pdftotext.h"
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

    void familyReports()
    {
        QTemporaryDir dir;
        QByteArray pdfBytes;
        QByteArray htmlBytes;
        for (int run = 0; run < 2; ++run) {
            const QString pdf = dir.filePath(QStringLiteral("family%1.pdf").arg(run));
            const QString html = dir.filePath(QStringLiteral("family%1.html").arg(run));
            const Run made = family(harbourFamily() + QStringList{QStringLiteral("--pdf"), pdf,
                                                                  QStringLiteral("--html"), html,
                                                                  QStringLiteral("--no-timestamp")});
            QCOMPARE(made.exitCode, 0);
            if (run == 0) {
                pdfBytes = readAll(pdf);
                htmlBytes = readAll(html);
                QVERIFY(pdfBytes.startsWith("%PDF"));
                continue;
            }
            QVERIFY2(readAll(pdf) == pdfBytes, "the PDF differs from one run to the next");
            QVERIFY2(readAll(html) == htmlBytes, "the HTML differs from one run to the next");
        }

        const QString html = QString::fromUtf8(htmlBytes);
        QVERIFY(html.contains(QStringLiteral("Every pair")));
        QVERIFY(html.contains(QStringLiteral("<ul class=\"lineage\">")));
        QVERIFY(html.contains(QStringLiteral("Quotations across the family")));
        QVERIFY(html.contains(QStringLiteral("altered: sorry \u2192 wrong")));
        QVERIFY(html.contains(QStringLiteral("Not copies of the base")));
        QCOMPARE(html.count(QStringLiteral("<section class=\"pair\"")), 4);
        QVERIFY(!html.contains(QStringLiteral("Report made")));

        const QString text = Recension::Test::pdfToText(dir.filePath(QStringLiteral("family0.pdf")));
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pageOne = text.section(QLatin1Char('\f'), 0, 0);
        QVERIFY2(pageOne.contains(QStringLiteral("Family of versions")), qPrintable(pageOne));
        QVERIFY(pageOne.contains(QStringLiteral("Every pair")));
        QVERIFY(pageOne.contains(QStringLiteral("spun copy")));
        QVERIFY(pageOne.contains(QStringLiteral("shares")));       // an edge's evidence
        QVERIFY(pageOne.contains(QStringLiteral("Quotations across the family")));
        QVERIFY(text.contains(QStringLiteral("sorry \u2192 wrong")));
        QVERIFY(text.count(QLatin1Char('\f')) > 4); // the copies' own pages follow
        QVERIFY(text.contains(QStringLiteral("Left: ")));
    }

    void reportsNeverWriteOverAnInput()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("original.txt"));
        QVERIFY(QFile::copy(sample("harbour-original.txt"), copy));
        const QByteArray before = readAll(copy);
        for (const char *option : {"--pdf", "--html"}) {
            const Run run = family({copy, sample("harbour-spun.txt"), QLatin1String(option), copy});
            QCOMPARE(run.exitCode, 3);
            QCOMPARE(readAll(copy), before);
        }
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
