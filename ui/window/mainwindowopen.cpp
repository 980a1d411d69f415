// Opening versions in the window: files from the command line, the dialog and drag and
// drop, text pasted from the clipboard, and files changed on disk read again. Each joins
// the workspace with its page clutter set aside.
#include "ui/window/mainwindow.h"

#include "document/documentloader.h"
#include "text/languagesupport.h"
#include "ui/window/backgroundload.h"
#include "ui/window/clipboarddocument.h"
#include "ui/window/recentfiles.h"
#include "ui/window/reloadbar.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace Recension::Ui {

namespace {

const QString LastFolderKey = QStringLiteral("window/lastFolder");

} // namespace

QStringList MainWindow::openFiles(const QStringList &named)
{
    QStringList errors;
    // A session among the files replaces the workspace first; the versions join it.
    QStringList paths;
    bool sessionOpened = false;
    for (const QString &path : named) {
        if (!isSessionFile(path)) {
            paths << path;
        } else if (sessionOpened) {
            errors << tr("%1: only one session opens at a time; this one was not opened.")
                          .arg(QDir::toNativeSeparators(path));
        } else {
            sessionOpened = true;
            if (offerToSave(Replacing::OpenSession))
                errors << openSession(path);
        }
    }
    LoadOptions options;
    options.language = m_preferences.options.language;
    const QVector<LoadResult> results = loadVersions(paths, options);
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const LoadResult &result = results[i];
        if (!result.ok()) {
            errors << result.error;
            continue;
        }
        addVersion(result.document);
        if (m_recent)
            m_recent->add(path);
        if (m_session == Session::Persistent)
            QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    }
    return errors;
}

int MainWindow::addDocument(const DocumentPtr &document)
{
    return addVersion(withClutterAside(document));
}

int MainWindow::addVersion(const DocumentPtr &version)
{
    for (const QString &warning : version->warnings + dictionaryWarnings(version->language))
        statusBar()->showMessage(tr("%1: %2").arg(version->displayName(), warning), 8000);
    const int index = m_workspace->addDocument(version);
    updateActions();
    return index;
}

QVector<LoadResult> MainWindow::loadVersions(const QStringList &paths, const LoadOptions &options)
{
    QVector<LoadResult> results;
    for (const LoadedVersion &version : loadAsideInBackground(paths, options, m_clutter)) {
        LoadResult result = version.loaded;
        if (result.ok()) {
            m_loaded.insert(result.document->sha256, result.document);
            result.document = version.aside;
        }
        results.append(result);
    }
    return results;
}

DocumentPtr MainWindow::withClutterAside(const DocumentPtr &loaded)
{
    if (!loaded)
        return loaded;
    m_loaded.insert(loaded->sha256, loaded);
    return m_clutter.apply(loaded);
}

void MainWindow::offerReload(int index)
{
    if (const DocumentPtr changed = m_workspace->at(index))
        m_reloadBar->addChangedFile(changed->path, changed->label());
}

void MainWindow::reloadVersion(const QString &path)
{
    LoadOptions options;
    options.language = m_preferences.options.language;
    const LoadResult result = loadVersions({path}, options).value(0);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Reload"), result.error);
        return;
    }
    for (int i = 0; i < m_workspace->count(); ++i) {
        if (m_workspace->at(i)->path == path)
            m_workspace->replaceWithReload(i, result.document);
    }
    statusBar()->showMessage(tr("Reloaded %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

QStringList MainWindow::openNameFilters()
{
    return {tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf)"),
            tr("All files (*)")};
}

void MainWindow::openDialog()
{
    const QString folder = m_session == Session::Persistent
        ? QSettings().value(LastFolderKey).toString()
        : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Versions"), folder, openNameFilters().join(QStringLiteral(";;")));
    const QStringList errors = openFiles(paths);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Open Versions"), errors.join(QLatin1Char('\n')));
}

void MainWindow::pasteAsNewVersion()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (const QString lack = ClipboardDocument::lack(data); !lack.isEmpty()) {
        statusBar()->showMessage(lack, 8000);
        return;
    }
    LoadOptions options;
    options.language = m_preferences.options.language;
    const LoadResult result =
        ClipboardDocument::read(data, tr("Pasted text %1").arg(++m_pasteCounter), options);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Paste as New Version"), result.error);
        return;
    }
    // The session keeps a pasted version as text: plain text as pasted; HTML as its
    // paragraphs, one blank line apart, which read back as plain text give the same ones.
    QString text = data->text();
    if (result.document->format == DocumentFormat::Html) {
        QStringList paragraphs;
        for (const Paragraph &paragraph : result.document->paragraphs)
            paragraphs << paragraph.text;
        text = paragraphs.join(QStringLiteral("\n\n"));
    }
    m_workspace->addPasted(withClutterAside(result.document), text);
    updateActions();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    const QStringList errors = openFiles(paths);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Open Versions"), errors.join(QLatin1Char('\n')));
}

} // namespace Recension::Ui
