#include "ui/window/mainwindow.h"

#include "document/documentloader.h"
#include "document/documentset.h"
#include "ui/window/backgroundload.h"
#include "text/languagesupport.h"
#include "ui/panels/changelistpanel.h"
#include "ui/window/clipboarddocument.h"
#include "ui/view/comparisonnotices.h"
#include "ui/window/comparisonstatus.h"
#include "ui/panels/documentlistpanel.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/panels/factspanel.h"
#include "ui/view/findbar.h"
#include "ui/view/findinghighlight.h"
#include "ui/panels/findingspanel.h"
#include "ui/view/findingsummary.h"
#include "ui/view/legendwidget.h"
#include "ui/window/pairbar.h"
#include "ui/panels/quotespanel.h"
#include "ui/window/recentfiles.h"
#include "ui/window/reloadbar.h"
#include "ui/panels/reviewmarkscontroller.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/view/sidebysideview.h"
#include "workspace/comparisonrunner.h"
#include "workspace/workspace.h"
#include "ui/window/taborder.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Recension::Ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Session::Persistent, parent)
{
}

MainWindow::MainWindow(Session session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workspace(new Workspace(this))
    , m_clutter(session == Session::Persistent)
{
    setWindowTitle(tr("Recension"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/recension.svg")));
    setAcceptDrops(true);
    if (m_session == Session::Persistent)
        m_preferences = Preferences::load(QSettings());

    createActions();
    createWidgets();
    createMenus();
    createToolBar();
    syncOptionActions();
    applyPreferencesToView();
    m_workspace->setOptions(m_preferences.options);

    connect(m_workspace, &Workspace::comparisonStarted, this, [this] {
        const std::array<DocumentPtr, 2> asked = m_workspace->requestedDocuments();
        m_status->setRunning(true);
        statusBar()->showMessage(
            tr("Comparing %1 with %2…").arg(asked[Left]->label(), asked[Right]->label()));
    });
    connect(m_workspace, &Workspace::progressChanged, m_status, &ComparisonStatus::setProgress);
    connect(m_workspace, &Workspace::pairChanged, this, &MainWindow::showPair);
    connect(m_workspace, &Workspace::versionsChanged, this, &MainWindow::showVersions);
    connect(m_workspace, &Workspace::comparisonCancelled, this, [this] {
        m_status->setRunning(false);
        statusBar()->showMessage(tr("Comparison cancelled."), 5000);
        emit comparisonCancelled();
    });
    connect(m_workspace, &Workspace::optionsChanged, this, [this](const CompareOptions &options) {
        // A cancelled request brings back the options of the comparison shown.
        m_preferences.options = options;
        syncOptionActions();
        applyPreferencesToView();
    });
    connect(m_workspace, &Workspace::versionChangedOnDisk, this, &MainWindow::offerReload);
    for (auto signal : {&Workspace::versionsChanged, &Workspace::pairChanged,
                        &Workspace::marksChanged})
        connect(m_workspace, signal, this, &MainWindow::workspaceEdited);
    connect(m_workspace, &Workspace::optionsChanged, this, &MainWindow::workspaceEdited);

    resize(1280, 820);
    if (m_session == Session::Persistent)
        restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_view = new SideBySideView(this);
    m_pairBar = new PairBar(m_workspace, m_swapAction, this);
    m_notices = new ComparisonNotices(this);
    m_reloadBar = new ReloadBar(this);
    m_reloadBar->hide();
    connect(m_reloadBar, &ReloadBar::reloadRequested, this, &MainWindow::reloadVersion);
    m_findBar = new FindBar(this);
    m_findBar->hide();
    m_changeList = new ChangeListPanel(this);
    m_quotes = new QuotesPanel(this);
    m_facts = new FactsPanel(this);
    m_findings = new FindingsPanel(this);
    m_summary = new FindingSummary(this);
    m_summary->hide();
    m_highlight = new FindingHighlight(m_view);
    m_reviewMarks = new ReviewMarksController(this);
    m_reviewMarks->attach(m_changeList, m_findings);
    // The workspace owns the marks (sessions, moves and removals of versions); the
    // controller edits them and shows them in the lists.
    connect(m_reviewMarks, &ReviewMarksController::marksChanged, this,
            [this] { m_workspace->setMarks(m_reviewMarks->marks()); });
    connect(m_workspace, &Workspace::marksChanged, this, [this] {
        if (m_workspace->marks() != m_reviewMarks->marks())
            m_reviewMarks->setMarks(m_workspace->marks());
    });
    // Findings, changes, the quote audit and the facts share the lower half: a
    // fact-checker moves between them without losing the panes above. The findings come
    // first: they are what to look at.
    m_panels = new QTabWidget(this);
    m_panels->setObjectName(QStringLiteral("auditTabs"));
    m_panels->setAccessibleName(tr("Findings, changes, quotations and facts"));
    m_panels->setDocumentMode(true);
    m_panels->addTab(m_findings, tr("F&indings"));
    m_panels->addTab(m_changeList, tr("&Changes"));
    m_panels->addTab(m_quotes, tr("&Quotations"));
    m_panels->addTab(m_facts, tr("Fac&ts"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_reloadBar);
    topLayout->addWidget(m_pairBar);
    topLayout->addWidget(m_notices);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_findBar);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_panels);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_documentList = new DocumentListPanel(m_workspace, this);
    m_versionsDock = new QDockWidget(tr("Versions"), this);
    m_versionsDock->setObjectName(QStringLiteral("versionsDock"));
    m_versionsDock->setWidget(m_documentList);
    addDockWidget(Qt::LeftDockWidgetArea, m_versionsDock);
    m_legend = new LegendWidget(this);
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    m_legendDock = new QDockWidget(tr("Legend"), this);
    m_legendDock->setObjectName(QStringLiteral("legendDock"));
    m_legendDock->setWidget(legendScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock);
    splitDockWidget(m_versionsDock, m_legendDock, Qt::Vertical);
    resizeDocks({m_versionsDock}, {250}, Qt::Horizontal);
    resizeDocks({m_versionsDock, m_legendDock}, {160, 600}, Qt::Vertical);

    m_status = new ComparisonStatus(this);
    statusBar()->addPermanentWidget(m_status);
    connect(m_status, &ComparisonStatus::cancelRequested, m_workspace, &Workspace::cancel);

    connect(m_documentList, &DocumentListPanel::removeRequested, this,
            &MainWindow::removeDocument);
    connect(m_documentList, &DocumentListPanel::familyViewRequested, this, &MainWindow::showFamily);
    connect(m_documentList->list(), &QListWidget::currentRowChanged, this,
            &MainWindow::updateActions);

    connect(m_changeList, &ChangeListPanel::currentChangeChanged, this, [this](int change) {
        if (change >= 0)
            m_view->setCurrentChange(change);
        // A change outside the framed finding ends the finding's frames.
        if (change >= 0 && !m_highlight->changes().contains(change))
            m_highlight->setChanges({});
        updateActions();
    });
    connect(m_findings, &FindingsPanel::currentFindingChanged, this,
            &MainWindow::revealFinding);
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](int finding) {
        revealFinding(finding);
        m_view->setFocus();
    });
    connect(m_findings, &FindingsPanel::copyEvidenceRequested, this,
            &MainWindow::copyFindingEvidence);
    connect(m_summary, &FindingSummary::findingRequested, this, [this](int finding) {
        showPanel(FindingsTab);
        setCurrentFinding(finding);
    });
    connect(m_quotes, &QuotesPanel::quoteActivated, this, [this](int index) {
        const ComparisonPtr shown = comparison();
        if (shown && index >= 0 && index < shown->quotes.size())
            revealAudited(shown->quotes[index].changes, shown->quotes[index].sides);
    });
    connect(m_facts, &FactsPanel::factActivated, this, [this](int index) {
        const ComparisonPtr shown = comparison();
        if (shown && index >= 0 && index < shown->facts.size())
            revealAudited(shown->facts[index].changes, shown->facts[index].sides);
    });
    connect(m_changeList, &ChangeListPanel::copyEvidenceRequested, this,
            &MainWindow::copyChangesEvidence);
    connect(m_view, &SideBySideView::changeClicked, this, &MainWindow::setCurrentChange);
    connect(m_view, &SideBySideView::copyEvidenceRequested, this, &MainWindow::copyEvidence);
    connect(m_view, &SideBySideView::keepAsideRequested, this, [this](Side side, int index) {
        const ComparisonPtr shown = comparison();
        const DocumentPtr compared = shown ? shown->documents[side] : nullptr;
        if (!compared || index < 0 || index >= compared->setAside.size())
            return;
        m_clutter.keep(*compared, compared->setAside[index].source);
        // Every version with these bytes is compared with the paragraph kept from now on.
        const DocumentPtr loaded = m_loaded.value(compared->sha256);
        for (int i = 0; loaded && i < m_workspace->count(); ++i) {
            if (m_workspace->at(i)->sha256 == compared->sha256)
                m_workspace->replaceWithReload(i, m_clutter.apply(loaded));
        }
    });

    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden() || m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            m_view->findNext(false);
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden() || m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            m_view->findNext(true);
    });
    connect(m_findBar, &FindBar::textChanged, m_view, &SideBySideView::setFindText);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { m_view->findNext(false); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { m_view->findNext(true); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_view->setFindText(QString());
        m_view->setFocus();
    });
    connect(m_view, &SideBySideView::findMatchesChanged, m_findBar, &FindBar::setMatches);

    // Tab goes through the window as it reads: the pair, the comparison (and its find
    // bar), the lower panels (their tabs, then the page shown), the versions, the legend.
    chainTabOrder(
        {m_pairBar, m_summary, m_view, m_findBar, m_panels, m_versionsDock, m_legendDock});
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    if (m_session != Session::Persistent)
        return;
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    m_preferences.save(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    m_workspace->cancel();
    saveSettings();
    event->accept();
}

const DocumentSet *MainWindow::documents() const
{
    return m_workspace->documents();
}

ComparisonRunner *MainWindow::runner() const
{
    return m_workspace->runner();
}

ComparisonPtr MainWindow::comparison() const
{
    return m_workspace->comparison();
}

std::array<int, 2> MainWindow::pair() const
{
    return m_workspace->pair();
}

bool MainWindow::isComparing() const
{
    return m_workspace->isComparing();
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    m_preferences = preferences;
    syncOptionActions();
    applyPreferencesToView();
    if (m_session == Session::Persistent) {
        QSettings settings;
        m_preferences.save(settings);
    }
    m_workspace->setOptions(m_preferences.options);
}

void MainWindow::syncOptionActions()
{
    const std::array<std::pair<QAction *, bool>, 3> states{{
        {m_ignoreCaseAction, m_preferences.options.ignoreCase},
        {m_ignorePunctuationAction, m_preferences.options.ignorePunctuation},
        {m_hideSynonymsAction, m_preferences.options.synonymsUnimportant},
    }};
    for (const auto &[action, on] : states) {
        const QSignalBlocker blocker(action);
        action->setChecked(on);
    }
}

void MainWindow::applyPreferencesToView()
{
    const Palette colours = Palette::make(m_preferences.scheme, palette());
    m_view->setColours(colours);
    m_changeList->setColours(colours);
    m_changeList->setSynonymsHidden(m_preferences.options.synonymsUnimportant);
    m_findings->setColours(colours);
    m_quotes->setColours(colours);
    m_legend->setColours(colours);
    QFont font = QApplication::font();
    if (m_preferences.fontPointSize > 0)
        font.setPointSizeF(m_preferences.fontPointSize);
    else
        font.setPointSizeF(font.pointSizeF() * 1.1); // prose reads better a little larger
    m_view->setFont(font);
}

void MainWindow::changeTextSize(int steps)
{
    Preferences p = m_preferences;
    const qreal current = m_view->font().pointSizeF();
    p.fontPointSize = qBound(6.0, std::round(current) + steps, 48.0);
    setPreferences(p);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view)
        applyPreferencesToView(); // the system switched between light and dark
}

void MainWindow::setPair(int left, int right)
{
    m_workspace->requestPair(left, right);
}

void MainWindow::swapSides()
{
    m_workspace->swapSides();
}

void MainWindow::removeDocument(int index)
{
    m_workspace->removeDocument(index);
    updateActions();
}

void MainWindow::showPair()
{
    const ComparisonPtr shown = m_workspace->comparison();
    if (!m_workspace->isComparing())
        m_status->setRunning(false);
    // An edit of provenance rebinds the comparison to the edited versions; the panes show
    // text only and keep their place.
    const ComparisonPtr panes = m_view->comparison();
    const bool sameText = shown && panes && shown->links.constData() == panes->links.constData()
        && shown->changes.constData() == panes->changes.constData();
    if (!sameText) {
        m_status->setComparison(shown);
        m_notices->setComparison(shown);
        m_highlight->setChanges({});
        m_view->setComparison(shown);
        m_summary->setComparison(shown);
        m_findings->setComparison(shown);
        m_changeList->setComparison(shown);
        m_quotes->setComparison(shown);
        m_facts->setComparison(shown);
    }
    m_reviewMarks->setComparison(shown, m_workspace->pair());
    statusBar()->clearMessage();
    showVersions();
    if (shown)
        emit comparisonFinished();
}

void MainWindow::showVersions()
{
    const std::array<DocumentPtr, 2> sides = m_workspace->pairDocuments();
    if (sides[Left] && sides[Right])
        setWindowTitle(tr("%1 ↔ %2").arg(sides[Left]->label(), sides[Right]->label()));
    else
        setWindowTitle(QString());
    updateActions();
}

void MainWindow::updateActions()
{
    const ComparisonPtr shown = comparison();
    const bool hasChanges = shown && !shown->changes.isEmpty();
    const bool hasFindings = shown && !shown->findings.isEmpty();
    m_nextAction->setEnabled(hasChanges);
    m_previousAction->setEnabled(hasChanges);
    m_nextFindingAction->setEnabled(hasFindings);
    m_previousFindingAction->setEnabled(hasFindings);
    m_evidenceAction->setEnabled(hasChanges
                                 && (currentChange() >= 0 || m_findings->currentFinding() >= 0));
    m_exportAction->setEnabled(shown != nullptr);
    m_swapAction->setEnabled(pair()[Left] >= 0 && pair()[Right] >= 0);
    m_removeAction->setEnabled(m_workspace->count() > 0 && m_documentList
                               && m_documentList->currentIndex() >= 0);
}

void MainWindow::exportReport()
{
    const ComparisonPtr shown = comparison();
    if (!shown)
        return;
    ExportDialog dialog(shown, this);
    dialog.setMarks(m_reviewMarks->placedMarks());
    connect(&dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString &path) {
        if (ok)
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog.exec();
}

void MainWindow::showSettings(bool watchList)
{
    SettingsDialog dialog(m_preferences, this);
    if (watchList)
        dialog.showWatchList();
    if (dialog.exec() == QDialog::Accepted)
        setPreferences(dialog.preferences());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Recension"),
        tr("<h3>Recension %1</h3><p>Compares versions of a news article: aligns the passages "
           "that say the same thing and names every divergence — synonyms, numbers, names, "
           "altered quotations, inserted, deleted and moved passages.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Recension::Ui
