#include "document/documentloader.h"
#include "document/documentset.h"
#include "workspace/comparisonrunner.h"
#include "workspace/workspace.h"
#include "workspace/workspacesession.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Recension;

namespace {

/// An engine that counts its calls and, when slow, works until cancelled.
struct CountingEngine
{
    std::shared_ptr<std::atomic_int> calls = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic_bool> slow = std::make_shared<std::atomic_bool>(false);

    CompareFunction function() const
    {
        const CountingEngine engine = *this;
        return [engine](const DocumentPtr &left, const DocumentPtr &right,
                        const CompareOptions &options, const CompareProgress &progress) {
            ++*engine.calls;
            while (*engine.slow && !(progress.cancel && *progress.cancel)) {
                if (progress.report)
                    progress.report(1, 100);
                QThread::msleep(2);
            }
            if (progress.cancel && *progress.cancel)
                return ComparisonPtr();
            auto comparison = std::make_shared<Comparison>();
            comparison->documents = {left, right};
            comparison->options = options;
            return ComparisonPtr(comparison);
        };
    }
};

DocumentPtr version(const QString &text, const QString &name)
{
    return documentFromText(text, name).document;
}

const QString Original = QStringLiteral("Harbour reopens\n\nThe harbour reopened on Monday.\n");
const QString Spun = QStringLiteral("Harbour reopens\n\nThe port opened again on Monday.\n");
const QString Rewritten = QStringLiteral("Port back in business\n\nShips returned on Monday.\n");

/// A workspace with the counting engine and three versions, the first pair compared.
struct Fixture
{
    Fixture()
    {
        workspace.runner()->setCompareFunction(engine.function());
        workspace.setFileSettleTime(50);
    }
    bool openThree()
    {
        QSignalSpy pair(&workspace, &Workspace::pairChanged);
        workspace.addDocument(version(Original, QStringLiteral("original.txt")));
        workspace.addDocument(version(Spun, QStringLiteral("spun.txt")));
        workspace.addDocument(version(Rewritten, QStringLiteral("rewritten.txt")));
        return settle();
    }
    /// Waits until no request is being compared; true when the pair shown is consistent.
    bool settle()
    {
        if (workspace.isComparing()) {
            QSignalSpy pair(&workspace, &Workspace::pairChanged);
            if (!pair.wait(5000))
                return false;
        }
        return consistent();
    }
    bool consistent() const
    {
        const ComparisonPtr shown = workspace.comparison();
        const std::array<DocumentPtr, 2> sides = workspace.pairDocuments();
        if (shown && shown->documents != sides)
            return false;
        for (Side side : {Left, Right}) {
            if (sides[side] && workspace.at(workspace.pair()[side]) != sides[side])
                return false;
        }
        return true;
    }
    QString name(Side side) const
    {
        const DocumentPtr doc = workspace.pairDocuments()[side];
        return doc ? doc->displayName() : QString();
    }

    CountingEngine engine;
    Workspace workspace;
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void firstTwoVersionsAreComparedBaseOnTheLeft();
    void cacheHitBySha256AndOptions();
    void sameBytesUnderAnotherNameShareTheCache();
    void cacheMissOnOptionChange_data();
    void cacheMissOnOptionChange();
    void baseDefaultsToTheFirstAndFollowsChanges();
    void removeAndReorderKeepThePairConsistent_data();
    void removeAndReorderKeepThePairConsistent();
    void choosingTheOtherSidesVersionSwaps();
    void cancelRestoresTheStateBeforeTheRequest_data();
    void cancelRestoresTheStateBeforeTheRequest();
    void provenanceEditFollowsIntoTheComparison();
    void changedFileIsSignalledAndReloadRecomputes();
    void comparisonOfAnyPairIsComputedOnce();
    void marksFollowTheirVersionsThroughAMoveAndARemoval();
    void sessionRestoresVersionsProvenanceBasePairAndPastedText();
};

void TestWorkspace::firstTwoVersionsAreComparedBaseOnTheLeft()
{
    Fixture f;
    QVERIFY(f.openThree());
    QCOMPARE(f.workspace.pair(), (std::array<int, 2>{0, 1}));
    QVERIFY(f.workspace.comparison());
    QCOMPARE(*f.engine.calls, 1); // the third version waits to be picked
}

void TestWorkspace::cacheHitBySha256AndOptions()
{
    Fixture f;
    QVERIFY(f.openThree());
    const ComparisonPtr first = f.workspace.comparison();
    f.workspace.swapSides();
    QVERIFY(f.settle());
    QCOMPARE(*f.engine.calls, 2); // the sides are ordered: swapped is another comparison
    QCOMPARE(f.name(Left), QStringLiteral("spun.txt"));
    f.workspace.swapSides();
    // Back from the cache at once: no request, no engine call.
    QVERIFY(!f.workspace.isComparing());
    QCOMPARE(*f.engine.calls, 2);
    QCOMPARE(f.workspace.comparison(), first);
    QVERIFY(f.consistent());
}

void TestWorkspace::sameBytesUnderAnotherNameShareTheCache()
{
    Fixture f;
    QVERIFY(f.openThree());
    const DocumentPtr copy = version(Original, QStringLiteral("copy-of-original.txt"));
    f.workspace.addDocument(copy);
    QCOMPARE(copy->sha256, f.workspace.at(0)->sha256);
    QVERIFY(f.workspace.requestPair(3, 1));
    QVERIFY(!f.workspace.isComparing());
    QCOMPARE(*f.engine.calls, 1);
    // The cached result is handed out bound to the version asked about.
    QCOMPARE(f.workspace.comparison()->documents[Left], copy);
    QCOMPARE(f.name(Left), QStringLiteral("copy-of-original.txt"));
    QVERIFY(f.consistent());
}

void TestWorkspace::cacheMissOnOptionChange_data()
{
    QTest::addColumn<int>("option");
    QTest::newRow("ignore case") << 0;
    QTest::newRow("ignore punctuation") << 1;
    QTest::newRow("synonyms unimportant") << 2;
    QTest::newRow("default language") << 3;
    QTest::newRow("watch list") << 4;
}

void TestWorkspace::cacheMissOnOptionChange()
{
    QFETCH(int, option);
    Fixture f;
    QVERIFY(f.openThree());
    const CompareOptions before = f.workspace.options();
    CompareOptions changed = before;
    switch (option) {
    case 0: changed.ignoreCase = true; break;
    case 1: changed.ignorePunctuation = true; break;
    case 2: changed.synonymsUnimportant = true; break;
    case 3: changed.language = QStringLiteral("de"); break;
    default: changed.watch = {{QStringLiteral("harbour")}, "abc"}; break;
    }
    QVERIFY(ComparisonCache::fingerprint(changed) != ComparisonCache::fingerprint(before));
    f.workspace.setOptions(changed);
    QVERIFY(f.workspace.isComparing());
    QVERIFY(f.settle());
    QCOMPARE(*f.engine.calls, 2);
    QCOMPARE(f.workspace.comparison()->options, changed);
    f.workspace.setOptions(before); // cached under the first options
    QVERIFY(!f.workspace.isComparing());
    QCOMPARE(*f.engine.calls, 2);
    QCOMPARE(f.workspace.comparison()->options, before);
}

void TestWorkspace::baseDefaultsToTheFirstAndFollowsChanges()
{
    Fixture f;
    QCOMPARE(f.workspace.base(), -1);
    QVERIFY(f.openThree());
    QCOMPARE(f.workspace.base(), 0);
    QSignalSpy versions(&f.workspace, &Workspace::versionsChanged);
    QVERIFY(f.workspace.setBase(2));
    QCOMPARE(f.workspace.base(), 2);
    QCOMPARE(versions.count(), 1);
    QVERIFY(!f.workspace.setBase(7));
    QCOMPARE(f.workspace.base(), 2);
    // The base is a version, not a row: it follows a move and a provenance edit.
    QVERIFY(f.workspace.moveDocument(2, 0));
    QCOMPARE(f.workspace.base(), 0);
    QCOMPARE(f.workspace.at(0)->displayName(), QStringLiteral("rewritten.txt"));
    QVERIFY(f.workspace.setProvenance(0, {QStringLiteral("Port Daily"), {}, {}, {}}));
    QCOMPARE(f.workspace.base(), 0);
    // Removing the base makes the first remaining version the base.
    QVERIFY(f.workspace.removeDocument(0));
    QCOMPARE(f.workspace.base(), 0);
    QCOMPARE(f.workspace.at(0)->displayName(), QStringLiteral("original.txt"));
}

void TestWorkspace::removeAndReorderKeepThePairConsistent_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::newRow("moving the third version first") << "move" << 2 << "original.txt" << "spun.txt";
    QTest::newRow("moving the left version last") << "move" << 0 << "original.txt" << "spun.txt";
    QTest::newRow("removing a version outside the pair") << "remove" << 2 << "original.txt"
                                                         << "spun.txt";
    QTest::newRow("removing the left version refills the left side")
        << "remove" << 0 << "rewritten.txt" << "spun.txt";
    QTest::newRow("removing the right version refills the right side")
        << "remove" << 1 << "original.txt" << "rewritten.txt";
}

void TestWorkspace::removeAndReorderKeepThePairConsistent()
{
    QFETCH(QString, action);
    QFETCH(int, index);
    QFETCH(QString, left);
    QFETCH(QString, right);
    Fixture f;
    QVERIFY(f.openThree());
    if (action == QLatin1String("move"))
        QVERIFY(f.workspace.moveDocument(index, index == 0 ? 2 : 0));
    else
        QVERIFY(f.workspace.removeDocument(index));
    QVERIFY(f.consistent()); // at once, not only once a new comparison is ready
    QVERIFY(f.settle());
    QCOMPARE(f.name(Left), left);
    QCOMPARE(f.name(Right), right);
    QVERIFY(f.workspace.comparison());
}

void TestWorkspace::choosingTheOtherSidesVersionSwaps()
{
    Fixture f;
    QVERIFY(f.openThree());
    QVERIFY(f.workspace.chooseVersion(Left, 1)); // the right side's version
    QVERIFY(f.settle());
    QCOMPARE(f.workspace.pair(), (std::array<int, 2>{1, 0}));
    QVERIFY(f.workspace.chooseVersion(Right, 2));
    QVERIFY(f.settle());
    QCOMPARE(f.workspace.pair(), (std::array<int, 2>{1, 2}));
    QVERIFY(!f.workspace.requestPair(2, 2)); // one version on both sides is refused
    QCOMPARE(f.workspace.pair(), (std::array<int, 2>{1, 2}));
}

void TestWorkspace::cancelRestoresTheStateBeforeTheRequest_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("swap") << "swap";
    QTest::newRow("another version on the left") << "choose";
    QTest::newRow("another option") << "option";
}

void TestWorkspace::cancelRestoresTheStateBeforeTheRequest()
{
    QFETCH(QString, request);
    Fixture f;
    QVERIFY(f.openThree());
    const std::array<DocumentPtr, 2> sides = f.workspace.pairDocuments();
    const ComparisonPtr shown = f.workspace.comparison();
    const CompareOptions options = f.workspace.options();
    *f.engine.slow = true;
    QSignalSpy progress(&f.workspace, &Workspace::progressChanged);
    if (request == QLatin1String("swap")) {
        f.workspace.swapSides();
    } else if (request == QLatin1String("choose")) {
        f.workspace.chooseVersion(Left, 2);
    } else {
        CompareOptions ignoreCase = options;
        ignoreCase.ignoreCase = true;
        f.workspace.setOptions(ignoreCase);
    }
    QVERIFY(f.workspace.isComparing());
    // While the request runs, the pair shown is still the one before, whole.
    QCOMPARE(f.workspace.pairDocuments(), sides);
    QCOMPARE(f.workspace.comparison(), shown);
    QVERIFY(progress.wait());
    QSignalSpy cancelled(&f.workspace, &Workspace::comparisonCancelled);
    QSignalSpy optionsChanged(&f.workspace, &Workspace::optionsChanged);
    f.workspace.cancel();
    QVERIFY(cancelled.wait());
    QVERIFY(!f.workspace.isComparing());
    QCOMPARE(f.workspace.pairDocuments(), sides);
    QCOMPARE(f.workspace.comparison(), shown);
    QCOMPARE(f.workspace.options(), options);
    QCOMPARE(optionsChanged.count(), request == QLatin1String("option") ? 1 : 0);
    QVERIFY(f.consistent());
}

void TestWorkspace::provenanceEditFollowsIntoTheComparison()
{
    Fixture f;
    QVERIFY(f.openThree());
    const Provenance gazette{QStringLiteral("The Harbour Gazette"),
                             QStringLiteral("https://gazette.example/harbour"),
                             QStringLiteral("2026-11-20"), QStringLiteral("2026-11-21")};
    const DocumentPtr before = f.workspace.at(0);
    QVERIFY(f.workspace.setProvenance(0, gazette));
    QVERIFY(before->provenance.isEmpty()); // documents are values: the old one is unchanged
    QCOMPARE(f.workspace.at(0)->provenance, gazette);
    QCOMPARE(f.workspace.comparison()->documents[Left]->provenance, gazette);
    QCOMPARE(f.workspace.comparison()->documents[Left]->label(),
             QStringLiteral("The Harbour Gazette — original.txt"));
    QVERIFY(!f.workspace.isComparing());
    QCOMPARE(*f.engine.calls, 1); // the text did not change: nothing is compared again
    QVERIFY(f.consistent());
}

void TestWorkspace::changedFileIsSignalledAndReloadRecomputes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("harbour.txt"));
    auto write = [&](const QString &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
    };
    QVERIFY(write(Original));
    Fixture f;
    const LoadResult loaded = loadDocument(path);
    QVERIFY(loaded.ok());
    f.workspace.addDocument(loaded.document);
    f.workspace.addDocument(version(Spun, QStringLiteral("spun.txt")));
    QVERIFY(f.settle());
    f.workspace.setProvenance(0, {QStringLiteral("The Harbour Gazette"), {}, {}, {}});

    QSignalSpy changed(&f.workspace, &Workspace::versionChangedOnDisk);
    QVERIFY(write(Original)); // saved unchanged: the bytes hash as before
    QVERIFY(!changed.wait(400));
    QVERIFY(write(Rewritten));
    QVERIFY(changed.wait());
    QCOMPARE(changed.first().first().toInt(), 0);

    QCOMPARE(f.workspace.reloadDocument(0, {}), QString());
    QCOMPARE(f.workspace.at(0)->paragraphs.first().text, QStringLiteral("Port back in business"));
    // The provenance is the workspace's: a reload keeps it.
    QCOMPARE(f.workspace.at(0)->provenance.outlet, QStringLiteral("The Harbour Gazette"));
    QVERIFY(f.consistent());
    QVERIFY(f.settle());
    QCOMPARE(*f.engine.calls, 2);
    QCOMPARE(f.workspace.comparison()->documents[Left], f.workspace.at(0));
}

void TestWorkspace::comparisonOfAnyPairIsComputedOnce()
{
    Fixture f;
    QVERIFY(f.openThree());
    QVERIFY(f.workspace.comparisonOf(0, 1)); // the pair shown, cached
    QSignalSpy ready(&f.workspace, &Workspace::comparisonReady);
    QVERIFY(!f.workspace.comparisonOf(1, 2));
    QVERIFY(!f.workspace.comparisonOf(1, 2)); // asked twice, computed once
    QVERIFY(ready.wait());
    QCOMPARE(ready.first().at(0).toInt(), 1);
    QCOMPARE(ready.first().at(1).toInt(), 2);
    QCOMPARE(*f.engine.calls, 2);
    QVERIFY(f.workspace.comparisonOf(1, 2));
    QCOMPARE(f.workspace.pair(), (std::array<int, 2>{0, 1})); // nothing shown changed
}

void TestWorkspace::marksFollowTheirVersionsThroughAMoveAndARemoval()
{
    Fixture f;
    QVERIFY(f.openThree());
    ReviewMarks marks;
    ReviewMark mark;
    mark.versions = {0, 2};
    mark.note = QStringLiteral("checked against the wire copy");
    marks.append(mark);
    f.workspace.setMarks(marks);
    QVERIFY(f.workspace.moveDocument(0, 2)); // original.txt goes last
    QCOMPARE(f.workspace.marks().at(0).versions, (std::array<int, 2>{2, 1}));
    QCOMPARE(f.workspace.at(2)->displayName(), QStringLiteral("original.txt"));
    QCOMPARE(f.workspace.at(1)->displayName(), QStringLiteral("rewritten.txt"));
    QVERIFY(f.workspace.removeDocument(0)); // spun.txt: not the mark's
    QCOMPARE(f.workspace.marks().at(0).versions, (std::array<int, 2>{1, 0}));
    QVERIFY(f.workspace.removeDocument(0)); // rewritten.txt: the mark goes with it
    QVERIFY(f.workspace.marks().isEmpty());
}

void TestWorkspace::sessionRestoresVersionsProvenanceBasePairAndPastedText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("original.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Original.toUtf8());
    file.close();

    Fixture f;
    f.workspace.addDocument(loadDocument(path).document);
    const QString pasted = QStringLiteral("Harbour reopens\n\nPasted: the port is open.\n");
    f.workspace.addPasted(documentFromText(pasted, QStringLiteral("Pasted text 1")).document,
                          pasted);
    f.workspace.addDocument(version(Spun, QStringLiteral("spun.txt")));
    QVERIFY(f.settle());
    const Provenance gazette{QStringLiteral("The Harbour Gazette"), {}, QStringLiteral("2026-11-20"), {}};
    QVERIFY(f.workspace.setProvenance(0, gazette));
    QVERIFY(f.workspace.setBase(1));
    QVERIFY(f.workspace.requestPair(1, 0));
    QVERIFY(f.settle());
    CompareOptions options = f.workspace.options();
    options.ignoreCase = true;
    f.workspace.setOptions(options);
    QVERIFY(f.settle());

    const SessionData session = sessionOf(f.workspace);
    QCOMPARE(session.versions.size(), 3);
    QCOMPARE(session.versions[0].path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(session.versions[1].text, pasted);
    QVERIFY(session.versions[1].isPasted());
    QCOMPARE(session.versions[0].outlet, gazette.outlet);
    QCOMPARE(session.base, 1);
    QCOMPARE(session.pair, (std::array<int, 2>{1, 0}));
    const QString sessionPath = dir.filePath(QStringLiteral("story.recension"));
    QCOMPARE(writeSession(sessionPath, session), QString());

    Fixture g;
    const SessionReadResult read = readSession(sessionPath);
    QVERIFY2(read.ok(), qPrintable(read.error));
    // spun.txt was never a file: it fails to load and is left out, named in the messages.
    const QStringList errors = restoreSession(g.workspace, read.data, {});
    QCOMPARE(errors.size(), 1);
    QVERIFY(g.settle());
    QCOMPARE(g.workspace.count(), 2);
    QCOMPARE(g.workspace.at(0)->provenance, gazette);
    QCOMPARE(g.workspace.pastedText(1), pasted);
    QCOMPARE(g.workspace.at(1)->paragraphs.last().text, QStringLiteral("Pasted: the port is open."));
    QCOMPARE(g.workspace.base(), 1);
    QCOMPARE(g.workspace.pair(), (std::array<int, 2>{1, 0}));
    QVERIFY(g.workspace.options().ignoreCase);
    QVERIFY(g.workspace.comparison()->options.ignoreCase);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
