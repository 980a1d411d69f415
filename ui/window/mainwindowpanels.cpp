// MainWindow's lower panels and "Copy as evidence": stepping through changes and findings,
// showing every place of a finding or an audited quotation or fact, and the evidence of a
// change, of several and of a finding.
#include "ui/window/mainwindow.h"

#include "ui/panels/changelistpanel.h"
#include "document/documentset.h"
#include "ui/panels/evidence.h"
#include "ui/family/familyrunner.h"
#include "ui/family/familywindow.h"
#include "ui/view/findinghighlight.h"
#include "ui/panels/findingspanel.h"
#include "ui/view/sidebysideview.h"
#include "workspace/comparisoncache.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace Recension::Ui {

void MainWindow::showPanel(int index)
{
    m_panels->setCurrentIndex(index);
}

int MainWindow::currentPanel() const
{
    return m_panels->currentIndex();
}

int MainWindow::currentChange() const
{
    return m_view->currentChange();
}

void MainWindow::setCurrentChange(int changeIndex)
{
    m_view->setCurrentChange(changeIndex);
    m_changeList->setCurrentChange(changeIndex);
    updateActions();
}

void MainWindow::revealAudited(const QVector<int> &changeIds, const std::array<Span, 2> &sides)
{
    if (!changeIds.isEmpty()) {
        setCurrentChange(changeIds.first() - 1);
        return;
    }
    // Nothing changed there (a verbatim quote, a fact kept): show where it stands.
    for (Side side : {Left, Right}) {
        if (sides[side].isNull())
            continue;
        const int row = m_view->rowModel().rowOfParagraph(side, sides[side].paragraph);
        if (row >= 0) {
            m_view->scrollToRow(row);
            return;
        }
    }
}

void MainWindow::goToChange(bool backwards)
{
    const int change = m_changeList->step(backwards);
    if (change < 0)
        statusBar()->showMessage(tr("No change is shown in the list; check its filters."), 5000);
}

int MainWindow::currentFinding() const
{
    return m_findings->currentFinding();
}

void MainWindow::setCurrentFinding(int findingIndex)
{
    m_findings->setCurrentFinding(findingIndex);
    revealFinding(m_findings->currentFinding());
}

void MainWindow::goToFinding(bool backwards)
{
    showPanel(FindingsTab);
    if (m_findings->step(backwards) < 0)
        statusBar()->showMessage(tr("There is no finding to step through."), 5000);
}

void MainWindow::revealFinding(int findingIndex)
{
    const ComparisonPtr shown = comparison();
    if (!shown || findingIndex < 0 || findingIndex >= shown->findings.size()) {
        m_highlight->setChanges({});
        return;
    }
    const Finding &finding = shown->findings[findingIndex];
    QVector<int> places;
    for (int id : finding.changes) {
        if (id >= 1 && id <= shown->changes.size())
            places.append(id - 1);
    }
    // Frames first: making the first place current keeps frames that include it.
    m_highlight->setChanges(places);
    if (!places.isEmpty()) {
        setCurrentChange(places.first());
        return;
    }
    if (finding.quote >= 0 && finding.quote < shown->quotes.size())
        revealAudited({}, shown->quotes[finding.quote].sides);
}

void MainWindow::copyCurrentEvidence()
{
    if (currentPanel() == FindingsTab && m_findings->currentFinding() >= 0) {
        copyFindingEvidence(m_findings->currentFinding());
        return;
    }
    if (currentPanel() == ChangesTab && m_changeList->selectedChanges().size() > 1) {
        copyChangesEvidence(m_changeList->selectedChanges());
        return;
    }
    copyEvidence(currentChange());
}

void MainWindow::putEvidence(const QString &text, const QString &message)
{
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(message, 5000);
}

void MainWindow::copyEvidence(int changeIndex)
{
    const ComparisonPtr shown = comparison();
    if (!shown || changeIndex < 0 || changeIndex >= shown->changes.size()) {
        statusBar()->showMessage(tr("Select a change first."), 5000);
        return;
    }
    const Change &change = shown->changes[changeIndex];
    putEvidence(Evidence::text(*shown, change),
                tr("Evidence for change %1 copied to the clipboard.").arg(change.id));
}

void MainWindow::copyChangesEvidence(const QVector<int> &changeIndices)
{
    const ComparisonPtr shown = comparison();
    if (changeIndices.size() == 1) {
        copyEvidence(changeIndices.first());
        return;
    }
    if (!shown || changeIndices.isEmpty()) {
        statusBar()->showMessage(tr("Select a change first."), 5000);
        return;
    }
    putEvidence(Evidence::text(*shown, changeIndices),
                tr("Evidence for %1 changes copied to the clipboard.").arg(changeIndices.size()));
}

void MainWindow::copyFindingEvidence(int findingIndex)
{
    const ComparisonPtr shown = comparison();
    if (!shown || findingIndex < 0 || findingIndex >= shown->findings.size()) {
        statusBar()->showMessage(tr("Select a finding first."), 5000);
        return;
    }
    const Finding &finding = shown->findings[findingIndex];
    putEvidence(Evidence::text(*shown, finding),
                tr("Evidence for finding %1 copied to the clipboard.").arg(finding.id));
}

void MainWindow::showFamily()
{
    if (!m_familyWindow) {
        m_familyWindow = new FamilyWindow(this);
        connect(m_familyWindow, &FamilyWindow::pairRequested, this, &MainWindow::showFamilyPair);
        // The view follows the workspace while it is open: versions added, removed, moved or
        // re-based, other options, marks set in the lists.
        auto *pending = new QTimer(m_familyWindow);
        pending->setSingleShot(true);
        pending->setInterval(0);
        connect(pending, &QTimer::timeout, this, &MainWindow::refreshFamily);
        connect(m_workspace, &Workspace::versionsChanged, pending, [this, pending] {
            if (m_familyWindow->isVisible())
                pending->start();
        });
        connect(m_workspace, &Workspace::marksChanged, m_familyWindow,
                [this] { m_familyWindow->setMarks(m_workspace->marks()); });
    }
    refreshFamily();
    m_familyWindow->show();
    m_familyWindow->raise();
    m_familyWindow->activateWindow();
}

void MainWindow::refreshFamily()
{
    if (!m_familyWindow)
        return;
    const QVector<DocumentPtr> versions = m_workspace->documents()->documents();
    const int base = qMax(0, m_workspace->base());
    const CompareOptions options = m_workspace->options();
    const FamilyPtr shown = m_familyWindow->family();
    const bool same = shown && shown->versions == versions && shown->base == base
        && ComparisonCache::fingerprint(shown->options) == ComparisonCache::fingerprint(options);
    m_familyWindow->setMarks(m_workspace->marks());
    if (same && !m_familyWindow->runner()->isRunning())
        return;
    const ComparisonCache cache = m_workspace->cache();
    m_familyWindow->analyse(versions, base, options,
                            [cache, options](const DocumentPtr &left, const DocumentPtr &right) {
                                return cache.find(left, right, options);
                            });
}

void MainWindow::showFamilyPair(int left, int right)
{
    if (m_familyWindow && m_familyWindow->family()) {
        // The family compared the pair with its base (or earlier version) on the left.
        if (const FamilyPair *pair = m_familyWindow->family()->pair(left, right))
            m_workspace->adoptComparison(pair->comparison);
    }
    setPair(left, right);
}

} // namespace Recension::Ui
