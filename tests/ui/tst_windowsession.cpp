// The window's sessions: saved and opened with every version, its provenance and the pasted
// text; a quit with pasted versions not saved asks first; a crashed run's workspace comes
// back at the next start; the last session reopens.
#include "document/documentloader.h"
#include "ui/window/mainwindow.h"
#include "ui/window/reloadbar.h"
#include "workspace/recoveryfile.h"
#include "workspace/workspace.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Recension;
using namespace Recension::Ui;

namespace {

const QString Samples = QStringLiteral(RECENSION_SAMPLES);

QAction *actionWithShortcut(QWidget &window, const QKeySequence &key)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == key)
            return action;
    }
    return nullptr;
}

/// Answers the next message box with `button` once it shows; records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
    });
}

void paste(MainWindow &window, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V))->trigger();
}

const QString PastedStory = QStringLiteral("Harbour reopens\n\nA reader sent this copy by mail.\n");

/// Saves, as `name` in `dir`, a session of the original and the spun sample after `edit`;
/// returns its path, or an empty string when it could not be made.
QString savedSampleSession(const QTemporaryDir &dir, const QString &name,
                           const std::function<void(MainWindow &)> &edit = {})
{
    const QString path = dir.filePath(name);
    MainWindow window(MainWindow::Session::Transient);
    if (!window.openFiles({Samples + QStringLiteral("/harbour-original.txt"),
                           Samples + QStringLiteral("/harbour-spun.txt")})
             .isEmpty())
        return {};
    if (edit)
        edit(window);
    return window.saveSession(path).isEmpty() ? path : QString();
}

} // namespace

class TestWindowSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedSessionOpensWithEveryVersion();
    void quitWithAPastedVersionAsksFirst_data();
    void quitWithAPastedVersionAsksFirst();
    void crashedRunIsRecoveredAtTheNextStart();
    void lastSessionReopens();
    void changedFileOffersAReloadThatRecomputes();
    void sessionAmongFilesOpensAsASession();
    void openingASessionOverPastedTextAsksFirst_data();
    void openingASessionOverPastedTextAsksFirst();
    void pastedClutterStaysAsideWhenTheSessionReopens();
};

void TestWindowSession::initTestCase()
{
    // Settings and the recovery file go to a test folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RecensionTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowsession"));
    QSettings().clear();
    QFile::remove(RecoveryFile::defaultPath());
    QFile::remove(MainWindow::lastWorkspacePath());
}

void TestWindowSession::savedSessionOpensWithEveryVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessionPath = dir.filePath(QStringLiteral("harbour.recension"));
    {
        MainWindow window(MainWindow::Session::Transient);
        QCOMPARE(window.openFiles({Samples + QStringLiteral("/harbour-original.txt"),
                                   Samples + QStringLiteral("/harbour-spun.txt")}),
                 QStringList());
        paste(window, PastedStory);
        Workspace *ws = window.workspace();
        QVERIFY(ws->setProvenance(1, {QStringLiteral("Spin Daily"),
                                      QStringLiteral("https://spin.example/h"), {}, {}}));
        QVERIFY(ws->setBase(1));
        QVERIFY(window.isSessionModified());
        QCOMPARE(window.saveSession(sessionPath), QString());
        QVERIFY(!window.isSessionModified());
        QCOMPARE(window.sessionPath(), sessionPath);
    }
    MainWindow window(MainWindow::Session::Transient);
    QCOMPARE(window.openSession(sessionPath), QStringList());
    Workspace *ws = window.workspace();
    QCOMPARE(ws->count(), 3);
    QCOMPARE(ws->at(1)->label(), QStringLiteral("Spin Daily — harbour-spun.txt"));
    QCOMPARE(ws->base(), 1);
    QCOMPARE(ws->pastedText(2), PastedStory);
    QVERIFY(!window.isSessionModified());
}

void TestWindowSession::quitWithAPastedVersionAsksFirst_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the window open") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard quits") << int(QMessageBox::Discard) << true;
}

void TestWindowSession::quitWithAPastedVersionAsksFirst()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    MainWindow window(MainWindow::Session::Transient);
    window.show();
    paste(window, PastedStory);
    QVERIFY(window.workspace()->hasPastedVersions());
    QString asked;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    QCOMPARE(window.close(), closes);
    QVERIFY2(asked.contains(QStringLiteral("Pasted versions")), qPrintable(asked));

    // Without pasted versions nothing is asked.
    MainWindow plain(MainWindow::Session::Transient);
    plain.show();
    QVERIFY(plain.openFiles({Samples + QStringLiteral("/harbour-original.txt")}).isEmpty());
    QVERIFY(plain.close());
}

void TestWindowSession::crashedRunIsRecoveredAtTheNextStart()
{
    {
        // A run that autosaved and never quit: its recovery file stays behind.
        MainWindow crashed(MainWindow::Session::Persistent);
        crashed.startAutosave();
        QVERIFY(crashed.openFiles({Samples + QStringLiteral("/harbour-original.txt")}).isEmpty());
        paste(crashed, PastedStory);
        // Written now what the window's debounced autosave would write.
        const SessionData data = sessionOf(*crashed.workspace());
        QCOMPARE(writeSession(RecoveryFile::defaultPath(), data), QString());
    }
    QVERIFY(QFile::exists(RecoveryFile::defaultPath()));
    MainWindow next(MainWindow::Session::Persistent);
    const QStringList messages = next.reopenLastSession();
    QVERIFY2(messages.first().contains(QStringLiteral("recovered")), qPrintable(messages.join('\n')));
    QCOMPARE(next.workspace()->count(), 2);
    QCOMPARE(next.workspace()->pastedText(1), PastedStory);
    QString asked;
    answerNextMessageBox(QMessageBox::Discard, &asked);
    QVERIFY(next.close());
    QVERIFY(!asked.isEmpty()); // the recovered pasted version was never saved by the user
    QVERIFY(!QFile::exists(RecoveryFile::defaultPath())); // a clean quit removes it
}

void TestWindowSession::lastSessionReopens()
{
    {
        MainWindow first(MainWindow::Session::Persistent);
        QVERIFY(first.reopenLastSession().isEmpty());
        QVERIFY(first.openFiles({Samples + QStringLiteral("/harbour-original.txt"),
                                 Samples + QStringLiteral("/harbour-spun-copy.txt")})
                    .isEmpty());
        QVERIFY(first.close()); // nothing at risk: no question, the workspace is kept
    }
    MainWindow second(MainWindow::Session::Persistent);
    QCOMPARE(second.reopenLastSession(), QStringList());
    QCOMPARE(second.workspace()->count(), 2);
    QCOMPARE(second.workspace()->at(1)->displayName(), QStringLiteral("harbour-spun-copy.txt"));
    QVERIFY(second.sessionPath().isEmpty()); // not a file the user chose
    QVERIFY(second.close());
}

void TestWindowSession::changedFileOffersAReloadThatRecomputes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("harbour-draft.txt"));
    auto write = [&](const QByteArray &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write("Harbour reopens\n\nThe harbour reopened on Monday.\n"));
    MainWindow window(MainWindow::Session::Transient);
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QCOMPARE(window.openFiles({path, Samples + QStringLiteral("/harbour-original.txt")}),
             QStringList());
    QVERIFY(finished.wait(30000));
    ReloadBar *bar = window.reloadBar();
    QVERIFY(!bar->isVisible());
    QVERIFY(write("Harbour reopens\n\nThe harbour reopened on Tuesday.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QVERIFY2(bar->text().contains(QStringLiteral("harbour-draft.txt")), qPrintable(bar->text()));
    QTest::mouseClick(bar->reloadButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(window.workspace()->at(0)->paragraphs.last().text,
             QStringLiteral("The harbour reopened on Tuesday."));
    QVERIFY(finished.wait(30000)); // compared anew
    QCOMPARE(window.comparison()->documents[Left], window.workspace()->at(0));
}

void TestWindowSession::sessionAmongFilesOpensAsASession()
{
    // As on the command line or dropped on the window: a .recension file is a session, the
    // other files join it as versions, and a second session is refused with its name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessionPath = savedSampleSession(
        dir, QStringLiteral("story.Recension"), [](MainWindow &w) { w.workspace()->setBase(1); });
    QVERIFY(!sessionPath.isEmpty());
    QVERIFY(MainWindow::isSessionFile(sessionPath));
    QVERIFY(!MainWindow::isSessionFile(Samples + QStringLiteral("/harbour-spun.txt")));
    MainWindow window(MainWindow::Session::Transient);
    const QString second = dir.filePath(QStringLiteral("other.recension"));
    QVERIFY(QFile::copy(sessionPath, second));
    const QStringList errors = window.openFiles(
        {sessionPath, Samples + QStringLiteral("/harbour-condensed.txt"), second});
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("other.recension"))
                 && errors.first().contains(QStringLiteral("one session")),
             qPrintable(errors.first()));
    Workspace *ws = window.workspace();
    QCOMPARE(ws->count(), 3);
    QCOMPARE(ws->base(), 1);
    QCOMPARE(ws->at(2)->path, Samples + QStringLiteral("/harbour-condensed.txt"));
    QCOMPARE(window.sessionPath(), QFileInfo(sessionPath).absoluteFilePath());
}

void TestWindowSession::openingASessionOverPastedTextAsksFirst_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("versionsAfter");
    QTest::newRow("cancel keeps the pasted version") << int(QMessageBox::Cancel) << 1;
    QTest::newRow("discard opens the session") << int(QMessageBox::Discard) << 2;
}

void TestWindowSession::openingASessionOverPastedTextAsksFirst()
{
    QFETCH(int, answer);
    QFETCH(int, versionsAfter);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessionPath = savedSampleSession(dir, QStringLiteral("story.recension"));
    QVERIFY(!sessionPath.isEmpty());
    MainWindow window(MainWindow::Session::Transient);
    window.show();
    paste(window, PastedStory);
    QString asked;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    QVERIFY(window.openFiles({sessionPath}).isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("before opening another")), qPrintable(asked));
    QCOMPARE(window.workspace()->count(), versionsAfter);
    QCOMPARE(window.workspace()->hasPastedVersions(), versionsAfter == 1);
}

void TestWindowSession::pastedClutterStaysAsideWhenTheSessionReopens()
{
    // The same session gives the same comparison: page clutter pasted with a story is set
    // aside again when the session is read back, as it was when the text was pasted; so is
    // a saved page's.
    const QString story = PastedStory + QStringLiteral("\nShare this article\n");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessionPath = dir.filePath(QStringLiteral("pasted.recension"));
    // A file's clutter too (set aside on the pool as the session's files load).
    const QString file = dir.filePath(QStringLiteral("saved page.txt"));
    {
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write(story.toUtf8());
    }
    int asideBefore = 0;
    {
        MainWindow window(MainWindow::Session::Transient);
        QVERIFY(window.openFiles({Samples + QStringLiteral("/harbour-original.txt"), file}).isEmpty());
        paste(window, story);
        asideBefore = int(window.workspace()->at(2)->setAside.size());
        QCOMPARE(int(window.workspace()->at(1)->setAside.size()), asideBefore);
        QCOMPARE(window.saveSession(sessionPath), QString());
    }
    QCOMPARE(asideBefore, 1);
    MainWindow window(MainWindow::Session::Transient);
    QCOMPARE(window.openSession(sessionPath), QStringList());
    QCOMPARE(int(window.workspace()->at(0)->setAside.size()), 0);
    QCOMPARE(int(window.workspace()->at(1)->setAside.size()), asideBefore);
    const DocumentPtr pasted = window.workspace()->at(2);
    QCOMPARE(int(pasted->setAside.size()), asideBefore);
    QCOMPARE(window.workspace()->pastedText(2), story);
}

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
