// MainWindow's lower panels and "Copy as evidence": stepping through changes and findings,
// showing every place of a finding or an audited quotation or fact, and the evidence of a
// change, of several and of a finding.
#include "ui/mainwindow.h"

#include "ui/changelistpanel.h"
#include "document/documentset.h"
#include "ui/evidence.h"
#include "ui/family/familywindow.h"
#include "ui/findinghighlight.h"
#include "ui/findingspanel.h"
#include "ui/sidebysideview.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStatusBar>
#include <QTabWidget>

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
        connect(m_familyWindow, &FamilyWindow::pairRequested, this, &MainWindow::setPair);
    }
    m_familyWindow->analyse(m_workspace->documents()->documents(), qMax(0, m_workspace->base()),
                            m_workspace->options());
    m_familyWindow->show();
    m_familyWindow->raise();
    m_familyWindow->activateWindow();
}

} // namespace Recension::Ui
