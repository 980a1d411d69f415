#include "ui/mainwindow.h"

#include "document/documentloader.h"
#include "document/documentset.h"
#include "ui/backgroundload.h"
#include "text/languagesupport.h"
#include "ui/changelistpanel.h"
#include "ui/comparisonrunner.h"
#include "ui/comparisonstatus.h"
#include "ui/documentlistpanel.h"
#include "ui/exportdialog.h"
#include "ui/factspanel.h"
#include "ui/findbar.h"
#include "ui/findinghighlight.h"
#include "ui/findingspanel.h"
#include "ui/findingsummary.h"
#include "ui/legendwidget.h"
#include "ui/pairbar.h"
#include "ui/quotespanel.h"
#include "ui/recentfiles.h"
#include "ui/reviewmarkscontroller.h"
#include "ui/settingsdialog.h"
#include "ui/sidebysideview.h"

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
const QString LastFolderKey = QStringLiteral("window/lastFolder");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Session::Persistent, parent)
{
}

MainWindow::MainWindow(Session session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_documents(new DocumentSet(this))
    , m_runner(new ComparisonRunner(this))
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

    connect(m_runner, &ComparisonRunner::started, this, [this] { m_status->setRunning(true); });
    connect(m_runner, &ComparisonRunner::progressChanged, m_status,
            &ComparisonStatus::setProgress);
    connect(m_runner, &ComparisonRunner::finished, this, &MainWindow::showComparison);
    connect(m_runner, &ComparisonRunner::cancelled, this, [this] {
        m_status->setRunning(false);
        statusBar()->showMessage(tr("Comparison cancelled."), 5000);
        emit comparisonCancelled();
    });

    resize(1280, 820);
    if (m_session == Session::Persistent)
        restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_view = new SideBySideView(this);
    m_pairBar = new PairBar(m_documents, m_swapAction, this);
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
    topLayout->addWidget(m_pairBar);
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

    m_documentList = new DocumentListPanel(m_documents, this);
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
    connect(m_status, &ComparisonStatus::cancelRequested, m_runner, &ComparisonRunner::cancel);

    connect(m_pairBar, &PairBar::pairRequested, this, &MainWindow::setPair);
    connect(m_documentList, &DocumentListPanel::compareAsLeftRequested, this,
            [this](int index) { setPair(index, m_pair[Right]); });
    connect(m_documentList, &DocumentListPanel::compareAsRightRequested, this,
            [this](int index) { setPair(m_pair[Left], index); });
    connect(m_documentList, &DocumentListPanel::removeRequested, this,
            &MainWindow::removeDocument);
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
        if (m_comparison && index >= 0 && index < m_comparison->quotes.size())
            revealAudited(m_comparison->quotes[index].changes, m_comparison->quotes[index].sides);
    });
    connect(m_facts, &FactsPanel::factActivated, this, [this](int index) {
        if (m_comparison && index >= 0 && index < m_comparison->facts.size())
            revealAudited(m_comparison->facts[index].changes, m_comparison->facts[index].sides);
    });
    connect(m_changeList, &ChangeListPanel::copyEvidenceRequested, this,
            &MainWindow::copyChangesEvidence);
    connect(m_view, &SideBySideView::changeClicked, this, &MainWindow::setCurrentChange);
    connect(m_view, &SideBySideView::copyEvidenceRequested, this, &MainWindow::copyEvidence);

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
    m_runner->cancel();
    saveSettings();
    event->accept();
}

bool MainWindow::isComparing() const
{
    return m_runner->isRunning();
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    const bool rerun = preferences.options != m_preferences.options;
    m_preferences = preferences;
    syncOptionActions();
    applyPreferencesToView();
    if (m_session == Session::Persistent) {
        QSettings settings;
        m_preferences.save(settings);
    }
    if (rerun)
        startComparison();
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

QStringList MainWindow::openFiles(const QStringList &paths)
{
    QStringList errors;
    LoadOptions options;
    options.language = m_preferences.options.language;
    const QVector<LoadResult> results = loadInBackground(paths, options);
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const LoadResult &result = results[i];
        if (!result.ok()) {
            errors << result.error;
            continue;
        }
        addDocument(result.document);
        if (m_recent)
            m_recent->add(path);
        if (m_session == Session::Persistent)
            QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    }
    return errors;
}

int MainWindow::addDocument(const DocumentPtr &document)
{
    const int index = m_documents->add(document);
    for (const QString &warning : document->warnings + dictionaryWarnings(document->language))
        statusBar()->showMessage(tr("%1: %2").arg(document->displayName(), warning), 8000);
    if ((m_pair[Left] < 0 || m_pair[Right] < 0) && m_documents->count() >= 2) {
        // The first two versions open are compared; later ones wait to be picked.
        const int left = m_pair[Left] >= 0 ? m_pair[Left] : (m_pair[Right] == 0 ? 1 : 0);
        const int right = m_pair[Right] >= 0 ? m_pair[Right] : (left == index ? 0 : index);
        setPair(left, right);
    } else {
        m_documentList->setPair(m_pair);
        m_pairBar->setPair(m_pair);
    }
    updateActions();
    return index;
}

void MainWindow::setPair(int left, int right)
{
    const int count = m_documents->count();
    m_pair = {left >= 0 && left < count ? left : -1, right >= 0 && right < count ? right : -1};
    m_documentList->setPair(m_pair);
    m_pairBar->setPair(m_pair);
    updateTitle();
    startComparison();
}

void MainWindow::swapSides()
{
    setPair(m_pair[Right], m_pair[Left]);
}

void MainWindow::removeDocument(int index)
{
    const std::array<DocumentPtr, 2> before{m_documents->at(m_pair[Left]),
                                            m_documents->at(m_pair[Right])};
    if (!m_documents->remove(index))
        return;
    m_reviewMarks->removeVersion(index);
    std::array<int, 2> pair = m_pair;
    for (int &side : pair) {
        if (side == index)
            side = -1;
        else if (side > index)
            --side;
    }
    // Refill an emptied side with another open version, if there is one.
    for (int s = 0; s < 2; ++s) {
        for (int i = 0; pair[s] < 0 && i < m_documents->count(); ++i) {
            if (i != pair[1 - s])
                pair[s] = i;
        }
    }
    const std::array<DocumentPtr, 2> after{m_documents->at(pair[Left]),
                                           m_documents->at(pair[Right])};
    if (after != before) {
        setPair(pair[0], pair[1]);
    } else {
        m_documentList->setPair(m_pair);
        m_pairBar->setPair(m_pair);
    }
    updateActions();
}

void MainWindow::startComparison()
{
    const DocumentPtr left = m_documents->at(m_pair[Left]);
    const DocumentPtr right = m_documents->at(m_pair[Right]);
    if (!left || !right) {
        m_runner->cancel();
        showComparison(nullptr);
        return;
    }
    statusBar()->showMessage(tr("Comparing %1 with %2…")
                                 .arg(left->displayName(), right->displayName()));
    m_runner->start(left, right, m_preferences.options);
}

void MainWindow::showComparison(const ComparisonPtr &comparison)
{
    m_comparison = comparison;
    m_status->setRunning(false);
    m_status->setComparison(comparison);
    m_highlight->setChanges({});
    m_view->setComparison(comparison);
    m_summary->setComparison(comparison);
    m_findings->setComparison(comparison);
    m_changeList->setComparison(comparison);
    m_quotes->setComparison(comparison);
    m_facts->setComparison(comparison);
    m_reviewMarks->setComparison(comparison, m_pair);
    statusBar()->clearMessage();
    updateTitle();
    updateActions();
    if (comparison)
        emit comparisonFinished();
}

void MainWindow::updateTitle()
{
    const DocumentPtr left = m_documents->at(m_pair[Left]);
    const DocumentPtr right = m_documents->at(m_pair[Right]);
    if (left && right)
        setWindowTitle(tr("%1 ↔ %2").arg(left->displayName(), right->displayName()));
    else
        setWindowTitle(QString());
}

void MainWindow::updateActions()
{
    const bool hasChanges = m_comparison && !m_comparison->changes.isEmpty();
    const bool hasFindings = m_comparison && !m_comparison->findings.isEmpty();
    m_nextAction->setEnabled(hasChanges);
    m_previousAction->setEnabled(hasChanges);
    m_nextFindingAction->setEnabled(hasFindings);
    m_previousFindingAction->setEnabled(hasFindings);
    m_evidenceAction->setEnabled(hasChanges
                                 && (currentChange() >= 0 || m_findings->currentFinding() >= 0));
    m_exportAction->setEnabled(m_comparison != nullptr);
    m_swapAction->setEnabled(m_pair[Left] >= 0 && m_pair[Right] >= 0);
    m_removeAction->setEnabled(m_documents->count() > 0 && m_documentList
                               && m_documentList->currentIndex() >= 0);
}

void MainWindow::exportReport()
{
    if (!m_comparison)
        return;
    ExportDialog dialog(m_comparison, this);
    dialog.setMarks(m_reviewMarks->placedMarks());
    connect(&dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString &path) {
        if (ok)
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog.exec();
}

void MainWindow::openDialog()
{
    const QString folder = m_session == Session::Persistent
        ? QSettings().value(LastFolderKey).toString()
        : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Versions"), folder,
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf);;"
           "All files (*)"));
    const QStringList errors = openFiles(paths);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Open Versions"), errors.join(QLatin1Char('\n')));
}

void MainWindow::pasteAsNewVersion()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to add."), 5000);
        return;
    }
    LoadOptions options;
    options.language = m_preferences.options.language;
    const LoadResult result =
        documentFromText(text, tr("Pasted text %1").arg(++m_pasteCounter), options);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Paste as New Version"), result.error);
        return;
    }
    addDocument(result.document);
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
