// MainWindow's sessions: File › Open Session… and Save Session…, the autosave to a recovery
// file (a crash loses no pasted version and no mark), the question before pasted versions
// or marks are lost on quit, and the workspace the next start reopens.
#include "ui/window/mainwindow.h"

#include "ui/window/backgroundload.h"
#include "workspace/recoveryfile.h"
#include "workspace/workspace.h"
#include "workspace/workspacesession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Recension::Ui {

namespace {

const QString LastSessionKey = QStringLiteral("session/last");
const QString SessionFolderKey = QStringLiteral("session/folder");
const QString SessionSuffix = QStringLiteral("recension");

} // namespace

QString MainWindow::lastWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("last.recension"));
}

void MainWindow::workspaceEdited()
{
    m_sessionModified = true;
    if (m_autosave && m_recovery)
        m_recovery->schedule(sessionOf(*m_workspace));
}

void MainWindow::startAutosave()
{
    if (m_session != Session::Persistent || m_autosave)
        return;
    if (!m_recovery) {
        m_recovery = new RecoveryFile(RecoveryFile::defaultPath(), this);
        if (!m_recovery->claim()) {
            // Another window holds the recovery file: this one does not autosave.
            delete m_recovery;
            m_recovery = nullptr;
            return;
        }
        connect(m_recovery, &RecoveryFile::writeFailed, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
        });
    }
    m_autosave = true;
    if (m_workspace->count() > 0)
        m_recovery->schedule(sessionOf(*m_workspace));
}

QStringList MainWindow::reopenLastSession()
{
    QStringList messages;
    if (m_session == Session::Persistent) {
        m_recovery = new RecoveryFile(RecoveryFile::defaultPath(), this);
        if (!m_recovery->claim()) {
            delete m_recovery;
            m_recovery = nullptr;
        }
    }
    if (m_recovery && m_recovery->exists()) {
        const SessionReadResult recovered = m_recovery->read();
        if (recovered.ok() && !recovered.data.versions.isEmpty()) {
            LoadOptions options;
            options.language = m_preferences.options.language;
            messages << restoreSession(*m_workspace, recovered.data, options, sessionLoader(),
                                       clutterPreparer())
                     << recovered.warnings;
            messages.prepend(tr("The last run ended unexpectedly; its workspace was recovered."));
            m_sessionModified = true; // never saved as the user's own session
            startAutosave();
            return messages;
        }
    }
    const QString last = QSettings().value(LastSessionKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        messages << openSession(last);
        if (last == lastWorkspacePath())
            m_sessionPath.clear(); // the kept workspace is not a file the user chose
    }
    startAutosave();
    return messages;
}

DocumentPreparer MainWindow::clutterPreparer()
{
    // Every version of a session joins with its clutter set aside, as when it was first
    // opened or pasted: the same session gives the same comparisons. Files get theirs on
    // the pool (sessionLoader); pasted versions, small, here.
    return [this](const DocumentPtr &loaded) { return withClutterAside(loaded); };
}

bool MainWindow::isSessionFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(SessionSuffix, Qt::CaseInsensitive) == 0;
}

FileLoader MainWindow::sessionLoader()
{
    // The session's files load off the GUI thread, their clutter set aside there too, as
    // files opened one by one do (at book size that alone held the GUI thread 0.3 s).
    return [this](const QStringList &paths, const LoadOptions &options) {
        return loadVersions(paths, options);
    };
}

QStringList MainWindow::openSession(const QString &path)
{
    const SessionReadResult read = readSession(path);
    if (!read.ok())
        return {read.error};
    LoadOptions options;
    options.language = m_preferences.options.language;
    QStringList messages = read.warnings;
    messages << restoreSession(*m_workspace, read.data, options, sessionLoader(), clutterPreparer());
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_sessionModified = false;
    if (m_session == Session::Persistent)
        QSettings().setValue(LastSessionKey, m_sessionPath);
    statusBar()->showMessage(tr("Opened session %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return messages;
}

QString MainWindow::saveSession(const QString &path)
{
    const QString error = writeSession(path, sessionOf(*m_workspace));
    if (!error.isEmpty())
        return error;
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_sessionModified = false;
    if (m_session == Session::Persistent)
        QSettings().setValue(LastSessionKey, m_sessionPath);
    statusBar()->showMessage(tr("Session saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return {};
}

void MainWindow::openSessionDialog()
{
    const QString folder = m_session == Session::Persistent
        ? QSettings().value(SessionFolderKey).toString()
        : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), folder, tr("Recension sessions (*.recension);;All files (*)"));
    if (path.isEmpty() || !offerToSave(Replacing::OpenSession))
        return;
    if (m_session == Session::Persistent)
        QSettings().setValue(SessionFolderKey, QFileInfo(path).absolutePath());
    const QStringList messages = openSession(path);
    if (!messages.isEmpty())
        QMessageBox::warning(this, tr("Open Session"), messages.join(QLatin1Char('\n')));
}

bool MainWindow::saveSessionDialog()
{
    QString suggested = m_sessionPath;
    if (suggested.isEmpty()) {
        const QString folder = m_session == Session::Persistent
            ? QSettings().value(SessionFolderKey).toString()
            : QString();
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggested = QDir(folder.isEmpty() ? documents : folder)
                        .filePath(tr("story") + QLatin1Char('.') + SessionSuffix);
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Session"), suggested, tr("Recension sessions (*.recension)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + SessionSuffix;
    if (m_session == Session::Persistent)
        QSettings().setValue(SessionFolderKey, QFileInfo(path).absolutePath());
    const QString error = saveSession(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save Session"), error);
        return false;
    }
    return true;
}

bool MainWindow::offerToSave(Replacing what, bool *discarded)
{
    if (discarded)
        *discarded = false;
    const bool atRisk = m_workspace->hasPastedVersions() || !m_workspace->marks().isEmpty();
    if (!atRisk || !m_sessionModified)
        return true;
    const bool quitting = what == Replacing::Quit;
    QString question;
    if (m_workspace->hasPastedVersions())
        question = quitting ? tr("Pasted versions exist only in this window. Save the session "
                                 "before quitting, so that they are not lost?")
                            : tr("Pasted versions exist only in this window. Save the session "
                                 "before opening another, so that they are not lost?");
    else
        question = quitting ? tr("Review marks were set since the session was saved. Save the "
                                 "session before quitting?")
                            : tr("Review marks were set since the session was saved. Save the "
                                 "session before opening another?");
    const auto answer = QMessageBox::question(
        this, tr("Save Session?"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save && !saveSessionDialog())
        return false;
    if (discarded)
        *discarded = answer == QMessageBox::Discard;
    return true;
}

bool MainWindow::confirmClose()
{
    bool discarded = false;
    if (!offerToSave(Replacing::Quit, &discarded))
        return false;
    keepLastSession(discarded);
    if (m_recovery)
        m_recovery->discard();
    return true;
}

void MainWindow::keepLastSession(bool discarded)
{
    if (m_session != Session::Persistent)
        return;
    QSettings settings;
    if (!m_sessionPath.isEmpty() && (!m_sessionModified || discarded)) {
        settings.setValue(LastSessionKey, m_sessionPath);
        return;
    }
    if (discarded || m_workspace->count() == 0) {
        settings.remove(LastSessionKey);
        return;
    }
    // Not saved by the user (nothing at risk): kept where the next start finds it.
    const QString kept = lastWorkspacePath();
    QDir().mkpath(QFileInfo(kept).absolutePath());
    if (writeSession(kept, sessionOf(*m_workspace)).isEmpty())
        settings.setValue(LastSessionKey, kept);
}

} // namespace Recension::Ui
