// MainWindow's actions, menus and tool bar: every command the window offers, with its
// shortcut.
#include "ui/window/mainwindow.h"

#include "ui/panels/documentlistpanel.h"
#include "ui/window/recentfiles.h"
#include "ui/view/sidebysideview.h"
#include "ui/window/userguide.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace Recension::Ui {

namespace {

QIcon icon(const char *theme, const char *file)
{
    return QIcon::fromTheme(QLatin1String(theme),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file))));
}

} // namespace

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QIcon &ic = {}) {
        auto *action = new QAction(ic, text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        addAction(action); // shortcuts work even when the menu bar is hidden
        return action;
    };
    m_openAction = make(tr("&Open…"), QKeySequence::Open, icon("document-open", "open"));
    m_openAction->setToolTip(tr("Open versions of the article (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_pasteAction = make(tr("&Paste as New Version"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                         icon("edit-paste", "paste"));
    m_pasteAction->setIconText(tr("Paste"));
    m_pasteAction->setToolTip(tr("Add the text on the clipboard as a new version (Ctrl+Shift+V)"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteAsNewVersion);
    m_removeAction = make(tr("&Remove Version"), {});
    connect(m_removeAction, &QAction::triggered, this,
            [this] { removeDocument(m_documentList ? m_documentList->currentIndex() : -1); });
    m_exportAction = make(tr("&Export Report…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the comparison as a PDF, HTML or JSON report (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_openSessionAction = make(tr("Open &Session…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openSessionAction->setToolTip(
        tr("Open a saved workspace: its versions, base, options and review marks"));
    connect(m_openSessionAction, &QAction::triggered, this, &MainWindow::openSessionDialog);
    m_saveSessionAction = make(tr("&Save Session…"), QKeySequence::Save);
    m_saveSessionAction->setToolTip(
        tr("Save the versions, their provenance, the base, the options and the review marks "
           "as a session file (Ctrl+S)"));
    connect(m_saveSessionAction, &QAction::triggered, this, &MainWindow::saveSessionDialog);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_evidenceAction = make(tr("Copy as &Evidence"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                            icon("edit-copy", "evidence"));
    m_evidenceAction->setIconText(tr("Evidence"));
    m_evidenceAction->setToolTip(
        tr("Copy both sides of the current finding or change with file names and lines "
           "(Ctrl+Shift+C)"));
    connect(m_evidenceAction, &QAction::triggered, this, &MainWindow::copyCurrentEvidence);
    m_findAction = make(tr("&Find…"), QKeySequence::Find, icon("edit-find", "find"));
    m_findAction->setToolTip(tr("Find text in both versions (Ctrl+F)"));
    m_findNextAction = make(tr("Find &Next"), QKeySequence(Qt::Key_F3));
    m_findPreviousAction = make(tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_settingsAction = make(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                            icon("configure", "settings"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { showSettings(); });
    m_watchListAction = make(tr("Watch &List…"), {});
    m_watchListAction->setToolTip(tr("Edit the names and terms whose every change is a finding"));
    connect(m_watchListAction, &QAction::triggered, this, [this] { showSettings(true); });

    m_swapAction = make(tr("S&wap Sides"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                        icon("object-flip-horizontal", "swap"));
    m_swapAction->setToolTip(tr("Swap the left and right versions (Ctrl+Shift+X)"));
    connect(m_swapAction, &QAction::triggered, this, &MainWindow::swapSides);
    m_nextAction = make(tr("&Next Change"), QKeySequence(Qt::Key_F7), icon("go-down", "next"));
    m_nextAction->setToolTip(tr("Go to the next change in the list (F7)"));
    connect(m_nextAction, &QAction::triggered, this, [this] { goToChange(false); });
    m_previousAction = make(tr("&Previous Change"), QKeySequence(Qt::SHIFT | Qt::Key_F7),
                            icon("go-up", "previous"));
    m_previousAction->setToolTip(tr("Go to the previous change in the list (Shift+F7)"));
    connect(m_previousAction, &QAction::triggered, this, [this] { goToChange(true); });
    m_nextFindingAction = make(tr("Next &Finding"), QKeySequence(Qt::Key_F8));
    m_nextFindingAction->setToolTip(tr("Go to the next finding, high ones first (F8)"));
    connect(m_nextFindingAction, &QAction::triggered, this, [this] { goToFinding(false); });
    m_previousFindingAction = make(tr("Previous F&inding"), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previousFindingAction->setToolTip(tr("Go to the previous finding (Shift+F8)"));
    connect(m_previousFindingAction, &QAction::triggered, this, [this] { goToFinding(true); });

    auto option = [&](const QString &text, const QKeySequence &key, const char *file,
                      const QString &tip, bool CompareOptions::*member) {
        QAction *action = make(text, key, icon("", file));
        action->setCheckable(true);
        action->setToolTip(tip);
        connect(action, &QAction::toggled, this, [this, member](bool on) {
            Preferences p = m_preferences;
            p.options.*member = on;
            setPreferences(p);
        });
        return action;
    };
    m_ignoreCaseAction = option(tr("Ignore &Case"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                                "case", tr("Treat words differing only in capitals as equal "
                                           "(Ctrl+Alt+C)"),
                                &CompareOptions::ignoreCase);
    m_ignorePunctuationAction =
        option(tr("Ignore &Punctuation"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
               "punctuation", tr("Do not report punctuation and quote styles (Ctrl+Alt+P)"),
               &CompareOptions::ignorePunctuation);
    m_hideSynonymsAction =
        option(tr("&Hide Synonym Swaps"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
               "synonym", tr("Treat synonym swaps as unimportant (Ctrl+Alt+S)"),
               &CompareOptions::synonymsUnimportant);
    m_ignoreCaseAction->setIconText(tr("Case"));
    m_ignorePunctuationAction->setIconText(tr("Punctuation"));
    m_hideSynonymsAction->setIconText(tr("Synonyms"));

    m_largerAction = make(tr("&Larger Text"), QKeySequence::ZoomIn);
    connect(m_largerAction, &QAction::triggered, this, [this] { changeTextSize(1); });
    m_smallerAction = make(tr("S&maller Text"), QKeySequence::ZoomOut);
    connect(m_smallerAction, &QAction::triggered, this, [this] { changeTextSize(-1); });
    m_familyAction = make(tr("&Family of Versions…"), QKeySequence(Qt::CTRL | Qt::Key_J));
    m_familyAction->setToolTip(tr("Every open version at once: matrix, lineage, verdicts, "
                                  "quotations (Ctrl+J)"));
    connect(m_familyAction, &QAction::triggered, this, &MainWindow::showFamily);
    m_aboutAction = make(tr("&About Recension"), {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    if (m_session == Session::Persistent) {
        m_recent = new RecentFiles(recentMenu, this);
        connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
            const QStringList errors = openFiles({path});
            if (!errors.isEmpty())
                QMessageBox::warning(this, tr("Open Recent"), errors.join(QLatin1Char('\n')));
        });
    } else {
        recentMenu->menuAction()->setVisible(false);
    }
    file->addAction(m_pasteAction);
    file->addAction(m_removeAction);
    file->addSeparator();
    file->addAction(m_openSessionAction);
    file->addAction(m_saveSessionAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_view->copyAction());
    edit->addAction(m_view->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_evidenceAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    compare->addAction(m_nextAction);
    compare->addAction(m_previousAction);
    compare->addAction(m_nextFindingAction);
    compare->addAction(m_previousFindingAction);
    compare->addSeparator();
    compare->addAction(m_swapAction);
    compare->addSeparator();
    compare->addAction(m_ignoreCaseAction);
    compare->addAction(m_ignorePunctuationAction);
    compare->addAction(m_hideSynonymsAction);
    compare->addSeparator();
    compare->addAction(m_watchListAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_largerAction);
    view->addAction(m_smallerAction);
    view->addSeparator();
    view->addAction(m_familyAction);
    view->addSeparator();
    QAction *versions = m_versionsDock->toggleViewAction();
    versions->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(versions);
    QAction *legend = m_legendDock->toggleViewAction();
    legend->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(legend);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    UserGuide::addTo(help, this);
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_openAction);
    bar->addAction(m_pasteAction);
    bar->addSeparator();
    bar->addAction(m_previousAction);
    bar->addAction(m_nextAction);
    bar->addAction(m_evidenceAction);
    bar->addSeparator();
    bar->addAction(m_ignoreCaseAction);
    bar->addAction(m_ignorePunctuationAction);
    bar->addAction(m_hideSynonymsAction);
    bar->addSeparator();
    bar->addAction(m_findAction);
    bar->addAction(m_settingsAction);
}

} // namespace Recension::Ui
