// Every input a fuzzer once crashed or hung on, replayed through the same code
// (fuzzinputs.h). The files live in tests/fixtures/fuzz, named TARGET-what-it-broke,
// where TARGET is load_ and a format (load_txt, load_docx...), quotations, compare,
// watchlist or session. Run under `make sanitize`, a replay that reads out of bounds
// fails as the fuzzer did.
#include "fuzzinputs.h"

#include "workspace/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <functional>

namespace {

using Replay = std::function<void(const QByteArray &)>;

Replay replayFor(const QString &target)
{
    using namespace Recension::Fuzz;
    if (target.startsWith(QLatin1String("load_")))
        return [extension = target.mid(5)](const QByteArray &bytes) { load(bytes, extension); };
    if (target == QLatin1String("quotations"))
        return quotations;
    if (target == QLatin1String("compare"))
        return comparePair;
    if (target == QLatin1String("watchlist"))
        return watchList;
    if (target == QLatin1String("session"))
        return session;
    return {};
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(QStringLiteral(RECENSION_FIXTURES "/fuzz"));
        const QStringList names = folder.entryList(QDir::Files, QDir::Name);
        if (names.isEmpty())
            QSKIP("no fuzzer finding to replay");
        for (const QString &name : names) {
            const QString target = name.section(u'-', 0, 0);
            const QString words = name.section(u'-', 1).section(u'.', 0, 0).replace(u'-', u' ');
            QTest::newRow(qPrintable(QStringLiteral("%1 (%2)").arg(words, target)))
                << folder.filePath(name);
        }
    }
    void replay()
    {
        QFETCH(QString, path);
        const Replay run = replayFor(QFileInfo(path).fileName().section(u'-', 0, 0));
        QVERIFY2(run, qPrintable(QStringLiteral("%1 names no fuzz target").arg(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        run(file.readAll());
    }

    // The session fuzzer starts from valid sessions only if its seeds are valid.
    void seedSession_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(QStringLiteral(RECENSION_FIXTURES "/../fuzz/seeds"));
        const QStringList names = folder.entryList({QStringLiteral("*.recension")}, QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(name))) << folder.filePath(name);
    }
    void seedSession()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Recension::SessionReadResult read = Recension::sessionFromBytes(bytes, path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(!read.data.versions.isEmpty() || read.data.base == -1);
        Recension::Fuzz::session(bytes);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
