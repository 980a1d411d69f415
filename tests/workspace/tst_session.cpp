// The session file: round trip, paths relative to it, changed and missing files, damaged
// files refused with a clear message, no writing over an input, and the recovery file.
#include "workspace/recoveryfile.h"
#include "workspace/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Recension;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Copies two sample articles into `folder`/texts and describes a session over them, with a
/// pasted version, a watch list, a pair and a mark.
SessionData sampleSession(const QString &folder)
{
    QDir(folder).mkpath(QStringLiteral("texts"));
    SessionData data;
    for (const QString &name : {QStringLiteral("harbour-original.txt"), QStringLiteral("harbour-spun.txt")}) {
        const QString path = folder + QStringLiteral("/texts/") + name;
        QFile::copy(QStringLiteral(RECENSION_SAMPLES "/") + name, path);
        SessionVersion version;
        version.path = path;
        version.sha256 = fileSha256(path);
        version.title = name;
        version.language = QStringLiteral("en");
        data.versions << version;
    }
    data.versions[0].outlet = QStringLiteral("Northport Gazette");
    data.versions[0].url = QStringLiteral("https://gazette.example/harbour");
    data.versions[0].published = QStringLiteral("2026-11-30T08:00:00Z");
    data.versions[0].retrieved = QStringLiteral("2026-12-01");
    SessionVersion pasted;
    pasted.title = QStringLiteral("Pasted 1");
    pasted.language = QStringLiteral("de");
    pasted.text = QStringLiteral("Der Hafenrat vertagt die Abstimmung.\n\n„Wir brauchen Zeit“, sagte sie.");
    pasted.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(pasted.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    data.versions << pasted;
    data.base = 0;
    data.pair = {{0, 2}};
    data.options.ignoreCase = true;
    data.options.synonymsUnimportant = true;
    data.options.language = QStringLiteral("en");
    data.options.watch.terms = QStringList{QStringLiteral("Harbour Safety Board"), QStringLiteral("pilots")};
    data.options.watch.sha256 = "0123abcd";
    ReviewMark mark;
    mark.target = MarkTarget::Finding;
    mark.state = MarkState::Disputed;
    mark.note = QStringLiteral("Ask the desk: “shut” or “closed”?");
    mark.versions = {{0, 1}};
    mark.anchor.findingKind = QStringLiteral("name");
    mark.anchor.text = {QStringLiteral("closed"), QStringLiteral("shut")};
    mark.anchor.before = {QStringList{QStringLiteral("the"), QStringLiteral("port")}, QStringList{}};
    mark.anchor.after = {QStringList{QStringLiteral("on")}, QStringList{QStringLiteral("on")}};
    mark.anchor.paragraph = {{3, -1}};
    mark.anchor.occurrence = 1;
    data.marks.append(mark);
    return data;
}

/// The names and contents of a folder's files, to show nothing was written.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, readAll(path));
    }
    return files;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void pathsAreRelativeToTheSession();
    void fileNamesBeginningWithAColon();
    void changedAndMissingFiles();
    void damagedFile_data();
    void damagedFile();
    void blankWatchTermsAreDropped();
    void hugeFile();
    void refusesToWriteOverAnInput();
    void replacesAnEarlierSession();
    void recoveryFile();
    void recoveryFileBelongsToOneInstance();
};

void TestSession::roundTrip()
{
    QTemporaryDir dir;
    const SessionData data = sampleSession(dir.path());
    const QString path = dir.filePath(QStringLiteral("story.recension"));
    QCOMPARE(writeSession(path, data), QString());
    const SessionReadResult read = readSession(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.data == data);
    QCOMPARE(read.files, (QVector<VersionFileState>{VersionFileState::Unchanged,
                                                    VersionFileState::Unchanged,
                                                    VersionFileState::Pasted}));
    QVERIFY(read.warnings.isEmpty());
    // The same data writes the same bytes.
    QCOMPARE(sessionToJson(read.data, dir.path()), readAll(path));
}

void TestSession::pathsAreRelativeToTheSession()
{
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("case"));
    QDir().mkpath(before);
    const SessionData data = sampleSession(before);
    QCOMPARE(writeSession(before + QStringLiteral("/story.recension"), data), QString());
    const QJsonObject json = QJsonDocument::fromJson(readAll(before + QStringLiteral("/story.recension"))).object();
    QCOMPARE(json.value(QStringLiteral("versions")).toArray()[0].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("texts/harbour-original.txt"));
    QVERIFY(json.value(QStringLiteral("versions")).toArray()[2].toObject().value(QStringLiteral("path")).isNull());

    // The folder moves, session and texts together.
    const QString after = dir.filePath(QStringLiteral("archive/case-2026"));
    QDir().mkpath(dir.filePath(QStringLiteral("archive")));
    QVERIFY(QDir().rename(before, after));
    const SessionReadResult read = readSession(after + QStringLiteral("/story.recension"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.data.versions[0].path, after + QStringLiteral("/texts/harbour-original.txt"));
    QCOMPARE(read.data.versions[1].path, after + QStringLiteral("/texts/harbour-spun.txt"));
    QVERIFY(read.warnings.isEmpty());
}

// Qt reads ":name" as an embedded resource; in a session it is a file beside the session
// (found by the session fuzzer: such a path read back as a different one).
void TestSession::fileNamesBeginningWithAColon()
{
    QTemporaryDir dir;
    SessionData data = sampleSession(dir.path());
    // (QDir::filePath takes ":name" for a resource too, so the path is joined by hand.)
    const QString colon = dir.path() + QStringLiteral("/:harbour notes.txt");
    QVERIFY(QFile::rename(data.versions[0].path, colon));
    data.versions[0].path = colon;
    const QString path = dir.filePath(QStringLiteral("story.recension"));
    QCOMPARE(writeSession(path, data), QString());
    const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(json.value(QStringLiteral("versions")).toArray()[0].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral(":harbour notes.txt"));

    const SessionReadResult read = readSession(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.data.versions[0].path, colon);
    QCOMPARE(read.files[0], VersionFileState::Unchanged);
    QVERIFY(read.warnings.isEmpty());
    // Written again from what was read, the session is the same bytes.
    QCOMPARE(sessionToJson(read.data, dir.path()), sessionToJson(data, dir.path()));
}

void TestSession::changedAndMissingFiles()
{
    QTemporaryDir dir;
    const SessionData data = sampleSession(dir.path());
    const QString path = dir.filePath(QStringLiteral("story.recension"));
    QCOMPARE(writeSession(path, data), QString());
    QVERIFY(writeAll(data.versions[0].path, readAll(data.versions[0].path) + "\nA late correction.\n"));
    QVERIFY(QFile::remove(data.versions[1].path));

    const SessionReadResult read = readSession(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.files, (QVector<VersionFileState>{VersionFileState::Changed,
                                                    VersionFileState::Missing,
                                                    VersionFileState::Pasted}));
    QCOMPARE(read.warnings.size(), 2);
    QVERIFY2(read.warnings[0].contains(QStringLiteral("harbour-original.txt"))
                 && read.warnings[0].contains(QStringLiteral("changed")),
             qPrintable(read.warnings[0]));
    QVERIFY2(read.warnings[1].contains(QStringLiteral("harbour-spun.txt"))
                 && read.warnings[1].contains(QStringLiteral("missing")),
             qPrintable(read.warnings[1]));
    // The session still opens whole: the data is what was saved.
    QVERIFY(read.data == data);
}

void TestSession::damagedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTemporaryDir dir;
    const QByteArray good = sessionToJson(sampleSession(dir.path()), dir.path());
    const auto replaced = [&good](const char *from, const char *to) {
        QByteArray bytes = good;
        const int at = bytes.indexOf(from);
        return at < 0 ? QByteArray("missing ") + from : bytes.replace(at, int(qstrlen(from)), to);
    };

    QTest::newRow("an empty file") << QByteArray() << "it is not JSON";
    QTest::newRow("not JSON") << QByteArray("Harbour council delays the ferry vote\n") << "it is not JSON";
    QTest::newRow("cut off half way") << good.left(good.size() / 2) << "it is not JSON";
    QTest::newRow("a JSON list") << QByteArray("[1, 2]") << "no JSON object";
    QTest::newRow("another format")
        << replaced("\"recension-session\"", "\"recension-family\"") << "the format is not";
    QTest::newRow("a newer version") << replaced("\"version\": 1", "\"version\": 2")
                                     << "written by a newer Recension (session version 2";
    QTest::newRow("a version that is text") << replaced("\"version\": 1", "\"version\": \"1\"")
                                            << "“version” is not";
    QTest::newRow("a checksum that is a number")
        << replaced("\"sha256\": \"0123abcd\"", "\"sha256\": 42") << "“options.watch";
    QTest::newRow("a watch term of punctuation only")
        << replaced("\"pilots\"", "\"--\"") << "has no letter or digit";
    QTest::newRow("a watch list without terms")
        << replaced("\"Harbour Safety Board\",", "").replace("\"pilots\"", "") << "holds no terms";
    QTest::newRow("a watch term of a whole page")
        << replaced("\"pilots\"", QByteArray(1000, 'a').prepend('"').append('"').constData())
        << "longer than 200 characters";
    QTest::newRow("a base out of range") << replaced("\"base\": 0", "\"base\": 7") << "“base” is not";
    QTest::newRow("an option that is text")
        << replaced("\"ignoreCase\": true", "\"ignoreCase\": \"yes\"") << "“options.ignoreCase” is not";
    QTest::newRow("a pair that is text")
        << replaced("\"pair\": [", "\"pair\": \"0 and 2\", \"unused\": [") << "“pair” is not";
    QTest::newRow("a title that is a list") << replaced("\"title\": \"Pasted 1\"", "\"title\": [1]")
                                            << "“versions[2].title” is not";
    QTest::newRow("a mark in an unknown state") << replaced("\"disputed\"", "\"unsure\"")
                                                << "review mark 1: “state” is neither";
    QTest::newRow("a mark on a version that is not there")
        << replaced("\"versions\": [\n                0,\n                1", "\"versions\": [\n                0,\n                9")
        << "names a version";
}

void TestSession::damagedFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.recension"));
    QVERIFY(writeAll(path, bytes));
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    const SessionReadResult read = readSession(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("damaged.recension")), qPrintable(read.error));
    QVERIFY2(read.error.contains(reason), qPrintable(read.error));
    QCOMPARE(snapshot(dir.path()), before);
}

// A blank term would match between any two letters and mark every change watched: the
// session's terms pass the checks of a watch file, which drop blank lines.
void TestSession::blankWatchTermsAreDropped()
{
    QTemporaryDir dir;
    QByteArray bytes = sessionToJson(sampleSession(dir.path()), dir.path());
    const int at = bytes.indexOf("\"pilots\"");
    QVERIFY(at >= 0);
    bytes.replace(at, 8, "\"  \", \" pilots \", \"\"");
    const SessionReadResult read = sessionFromBytes(bytes, dir.filePath(QStringLiteral("s.recension")));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.data.options.watch.terms,
             (QStringList{QStringLiteral("Harbour Safety Board"), QStringLiteral("pilots")}));
}

void TestSession::hugeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.recension"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SessionMaxBytes + 1)); // sparse: costs no disk
    }
    const SessionReadResult read = readSession(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("huge.recension"))
                 && read.error.contains(QStringLiteral("more than a session can be")),
             qPrintable(read.error));
    QCOMPARE(QFileInfo(path).size(), SessionMaxBytes + 1);

    const SessionReadResult missing = readSession(dir.filePath(QStringLiteral("none.recension")));
    QVERIFY2(missing.error.contains(QStringLiteral("none.recension: there is no such file")),
             qPrintable(missing.error));
}

void TestSession::refusesToWriteOverAnInput()
{
    QTemporaryDir dir;
    const SessionData data = sampleSession(dir.path());
    const QByteArray original = readAll(data.versions[0].path);
    const QString error = writeSession(data.versions[0].path, data);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("harbour-original.txt")), qPrintable(error));
    QCOMPARE(readAll(data.versions[0].path), original);

    // Through a symbolic link too.
    const QString link = dir.filePath(QStringLiteral("link.recension"));
    QVERIFY(QFile::link(data.versions[1].path, link));
    QVERIFY(!writeSession(link, data).isEmpty());
    QCOMPARE(readAll(data.versions[1].path), readAll(QStringLiteral(RECENSION_SAMPLES "/harbour-spun.txt")));
}

void TestSession::replacesAnEarlierSession()
{
    QTemporaryDir dir;
    SessionData data = sampleSession(dir.path());
    const QString path = dir.filePath(QStringLiteral("story.recension"));
    QCOMPARE(writeSession(path, data), QString());
    data.base = 1;
    data.marks.clear();
    QCOMPARE(writeSession(path, data), QString());
    const SessionReadResult read = readSession(path);
    QVERIFY(read.ok());
    QCOMPARE(read.data.base, 1);
    QVERIFY(read.data.marks.isEmpty());
    QVERIFY(!writeSession(dir.filePath(QStringLiteral("no/such/folder/story.recension")), data).isEmpty());
}

void TestSession::recoveryFile()
{
    QTemporaryDir dir;
    const SessionData data = sampleSession(dir.path());
    const QString path = dir.filePath(QStringLiteral("state/recovery.recension"));
    {
        RecoveryFile recovery(path);
        QVERIFY(recovery.claim());
        QVERIFY(!recovery.exists());
        recovery.schedule(data);
        QVERIFY(!recovery.exists()); // not before the quiet time
        QTRY_VERIFY_WITH_TIMEOUT(recovery.exists(), 10000);
        QVERIFY(recovery.read().data == data);
        // A crash: the object goes without discard(); the file stays.
    }
    RecoveryFile next(path);
    QVERIFY(next.claim());
    QVERIFY(next.exists());
    const SessionReadResult recovered = next.read();
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    QCOMPARE(recovered.data.versions[2].text, data.versions[2].text);
    QCOMPARE(recovered.data.marks.size(), 1);

    next.schedule(SessionData{});
    QCOMPARE(next.flush(), QString());
    QVERIFY(next.read().data.versions.isEmpty());
    next.discard();
    QVERIFY(!next.exists());
    QVERIFY(RecoveryFile::defaultPath().endsWith(QStringLiteral("/recovery.recension")));
}

void TestSession::recoveryFileBelongsToOneInstance()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recovery.recension"));
    RecoveryFile first(path);
    QVERIFY(first.claim());
    RecoveryFile second(path);
    QVERIFY(!second.claim());
    second.schedule(sampleSession(dir.path()));
    QCOMPARE(second.flush(), QString());
    QVERIFY(!second.exists());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
