#pragma once

#include "compare/comparison.h"
#include "ui/window/clutterchoices.h"
#include "workspace/workspacesession.h"
#include "ui/window/preferences.h"

#include <QHash>
#include <QMainWindow>

#include <array>

class QAction;
class QDockWidget;
class QSplitter;
class QTabWidget;

namespace Recension {
class ComparisonRunner;
class RecoveryFile;
class DocumentSet;
class Workspace;
}

namespace Recension::Ui {

class ChangeListPanel;
class ComparisonNotices;
class ComparisonStatus;
class FactsPanel;
class FamilyWindow;
class DocumentListPanel;
class FindBar;
class FindingHighlight;
class FindingsPanel;
class FindingSummary;
class LegendWidget;
class PairBar;
class QuotesPanel;
class RecentFiles;
class ReloadBar;
class ReviewMarksController;
class SideBySideView;

/// @brief The desktop window: a view of a Workspace (the versions, the base, the pair
/// compared side by side with its comparison, the options), with the change list, find and
/// "Copy as evidence". Every label and pane reads the pair from the workspace.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// The lower panels, in their tab order.
    enum Panel { FindingsTab = 0, ChangesTab = 1, QuotationsTab = 2, FactsTab = 3 };
    /// Persistent windows restore and save geometry, options and recent files; transient
    /// ones (screenshots, tests) start from defaults and leave the settings alone.
    enum class Session { Persistent, Transient };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Session session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    const DocumentSet *documents() const;
    ComparisonRunner *runner() const;
    SideBySideView *view() const { return m_view; }
    ChangeListPanel *changeList() const { return m_changeList; }
    QuotesPanel *quotesPanel() const { return m_quotes; }
    FactsPanel *factsPanel() const { return m_facts; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    FindingSummary *findingSummary() const { return m_summary; }
    FindingHighlight *findingHighlight() const { return m_highlight; }
    ReviewMarksController *reviewMarks() const { return m_reviewMarks; }
    /// @brief The lower panel shown (a Panel value).
    int currentPanel() const;
    ComparisonStatus *comparisonStatus() const { return m_status; }
    ComparisonNotices *comparisonNotices() const { return m_notices; }
    FindBar *findBar() const { return m_findBar; }
    ComparisonPtr comparison() const;
    std::array<int, 2> pair() const;
    bool isComparing() const;
    ReloadBar *reloadBar() const { return m_reloadBar; }

    Preferences preferences() const { return m_preferences; }
    /// @brief Applies preferences; changed comparison options re-run the comparison.
    void setPreferences(const Preferences &preferences);

    /// @brief The name filters of File › Open: the articles it reads first, then all files.
    static QStringList openNameFilters();
    /// @brief Loads files and adds them; a session file (`.recension`) among them replaces
    /// the workspace first. Returns one message per file that failed.
    QStringList openFiles(const QStringList &paths);
    /// @brief True for a path named as a session file (`.recension`, any case).
    static bool isSessionFile(const QString &path);
    /// @brief Replaces the workspace by a session file's; returns the messages to show (an
    /// unreadable file, versions whose files changed, went missing or failed to load).
    QStringList openSession(const QString &path);
    /// @brief Writes the workspace as a session file; returns the error or an empty string.
    QString saveSession(const QString &path);
    QString sessionPath() const { return m_sessionPath; }
    /// @brief True when the workspace changed since it was last saved or opened as a session.
    bool isSessionModified() const { return m_sessionModified; }
    /// @brief At start-up with no files named: the workspace of a run that crashed (its
    /// recovery file), else the last session. Then autosaving starts.
    QStringList reopenLastSession();
    /// @brief Autosaves the workspace to the recovery file from now on (persistent windows).
    void startAutosave();
    /// @brief The place of the workspace kept at quit for the next start.
    static QString lastWorkspacePath();
    /// @brief Adds a loaded document; the first two open are compared.
    int addDocument(const DocumentPtr &document);
    /// @brief Compares two open versions (indices into documents()).
    void setPair(int left, int right);
    void swapSides();
    void removeDocument(int index);
    /// @brief Makes the next (or previous) change of the filtered list current.
    void goToChange(bool backwards);
    /// @brief The current change (index into Comparison::changes), or -1.
    int currentChange() const;
    void setCurrentChange(int changeIndex);
    /// @brief Shows one of the lower panels (a Panel value).
    void showPanel(int index);
    /// @brief Makes the next (or previous) finding current, wrapping, and shows its places.
    void goToFinding(bool backwards);
    /// @brief The current finding (index into Comparison::findings), or -1.
    int currentFinding() const;
    /// @brief Selects a finding and shows all its places (framed, scrolled to the first).
    void setCurrentFinding(int findingIndex);
    /// @brief Puts the evidence text of a change on the clipboard.
    void copyEvidence(int changeIndex);
    /// @brief Puts the evidence text of several changes on the clipboard.
    void copyChangesEvidence(const QVector<int> &changeIndices);
    /// @brief Puts the evidence text of a finding (every place) on the clipboard.
    void copyFindingEvidence(int findingIndex);

signals:
    void comparisonFinished();
    void comparisonCancelled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createWidgets();
    void restoreSettings();
    void saveSettings() const;
    /// @brief Shows the workspace's pair: the panes when its comparison changed, the labels.
    void showPair();
    void showVersions();
    /// @brief Offers to reload a version whose file changed on disk.
    void offerReload(int index);
    void reloadVersion(const QString &path);
    /// @brief A loaded version as the workspace holds it: its page clutter set aside, but
    /// for the paragraphs the reader brought back (ClutterChoices).
    DocumentPtr withClutterAside(const DocumentPtr &loaded);
    /// @brief Loads files on the pool with their clutter set aside there too; the results
    /// hold the documents as the workspace holds them (see withClutterAside).
    QVector<LoadResult> loadVersions(const QStringList &paths, const LoadOptions &options);
    /// @brief Adds a version whose clutter is already set aside.
    int addVersion(const DocumentPtr &version);
    /// @brief Loads a session's files off the GUI thread with their clutter set aside, as
    /// openFiles() does.
    FileLoader sessionLoader();
    /// @brief Sets a restored pasted version's clutter aside (see withClutterAside).
    DocumentPreparer clutterPreparer();
    void workspaceEdited();
    void openSessionDialog();
    bool saveSessionDialog();
    /// @brief Asks before pasted versions or marks not saved in a session are lost; false
    /// when the user cancels the quit.
    bool confirmClose();
    /// What would lose the work the window alone holds.
    enum class Replacing { Quit, OpenSession };
    /// @brief Offers to save pasted versions or marks not saved in a session before they
    /// are lost; false when the user cancels. `discarded`: the user chose to lose them.
    bool offerToSave(Replacing what, bool *discarded = nullptr);
    /// @brief Remembers what the next start reopens.
    void keepLastSession(bool discarded);
    void applyPreferencesToView();
    void syncOptionActions();
    void updateActions();
    void openDialog();
    void pasteAsNewVersion();
    void showSettings(bool watchList = false);
    /// @brief "Copy as Evidence" from the menu: the finding or the changes selected in the
    /// panel shown, else the current change.
    void copyCurrentEvidence();
    /// @brief Puts evidence on the clipboard and says so in the status bar.
    void putEvidence(const QString &text, const QString &message);
    /// @brief Frames a finding's places and scrolls to the first (-1 clears the frames).
    void revealFinding(int findingIndex);
    void showAbout();
    /// @brief Opens the family view on every open version, the first as the base.
    void showFamily();
    /// Analyses the workspace's versions again in the family view, if it is open; pairs
    /// already compared are reused, so a new version costs only its own pairs.
    void refreshFamily();
    /// A pair asked for in the family view: its comparison is already made there.
    void showFamilyPair(int left, int right);
    void exportReport();
    void changeTextSize(int steps);
    /// @brief Shows a stretch of text found by the quote or fact audit in both panes.
    void revealAudited(const QVector<int> &changeIds, const std::array<Span, 2> &sides);

    Session m_session;
    Workspace *m_workspace = nullptr;
    RecoveryFile *m_recovery = nullptr;
    QString m_sessionPath;
    bool m_sessionModified = false;
    bool m_autosave = false;
    Preferences m_preferences;
    int m_pasteCounter = 0;
    ClutterChoices m_clutter;
    /// Each version as loaded, by SHA-256: the workspace holds it with its clutter set
    /// aside, and a paragraph brought back is set aside again from this.
    QHash<QString, DocumentPtr> m_loaded;

    SideBySideView *m_view = nullptr;
    ChangeListPanel *m_changeList = nullptr;
    QuotesPanel *m_quotes = nullptr;
    FactsPanel *m_facts = nullptr;
    FindingsPanel *m_findings = nullptr;
    FindingSummary *m_summary = nullptr;
    FindingHighlight *m_highlight = nullptr;
    ReviewMarksController *m_reviewMarks = nullptr;
    QTabWidget *m_panels = nullptr;
    DocumentListPanel *m_documentList = nullptr;
    PairBar *m_pairBar = nullptr;
    ComparisonNotices *m_notices = nullptr;
    ReloadBar *m_reloadBar = nullptr;
    FindBar *m_findBar = nullptr;
    LegendWidget *m_legend = nullptr;
    ComparisonStatus *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_versionsDock = nullptr;
    QDockWidget *m_legendDock = nullptr;
    RecentFiles *m_recent = nullptr;
    FamilyWindow *m_familyWindow = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openSessionAction = nullptr;
    QAction *m_saveSessionAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_evidenceAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextFindingAction = nullptr;
    QAction *m_previousFindingAction = nullptr;
    QAction *m_watchListAction = nullptr;
    QAction *m_ignoreCaseAction = nullptr;
    QAction *m_ignorePunctuationAction = nullptr;
    QAction *m_hideSynonymsAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_familyAction = nullptr;
};

} // namespace Recension::Ui
