#include "ui/panels/reviewmarkscontroller.h"

#include "ui/panels/changelistpanel.h"
#include "ui/panels/findingspanel.h"

#include <QAction>
#include <QInputDialog>
#include <QTableView>

namespace Recension::Ui {

QString markCellText(const PlacedMark &mark)
{
    const QString note = mark.note.simplified();
    return note.isEmpty() ? markSign(mark.state) + QLatin1Char(' ') + markStateName(mark.state)
                          : markSign(mark.state) + QLatin1Char(' ') + note;
}

QString markDescription(const PlacedMark &mark)
{
    return mark.note.isEmpty()
        ? markStateName(mark.state)
        : ReviewMarksController::tr("%1: %2").arg(markStateName(mark.state), mark.note);
}

ReviewMarksController::ReviewMarksController(QWidget *window)
    : QObject(window), m_window(window)
{
    m_noteEditor = [this](const QString &title, const QString &label, QString *note) {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(m_window, title, label, *note, &ok);
        if (ok)
            *note = text.trimmed();
        return ok;
    };
}

ReviewMarksController::Actions ReviewMarksController::makeActions(QTableView *table)
{
    // The shortcuts act in the list that has the focus, so the same keys serve both lists.
    const auto make = [table](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        table->addAction(action);
        return action;
    };
    auto *separator = new QAction(table);
    separator->setSeparator(true);
    table->addAction(separator);
    Actions actions;
    actions.checked = make(tr("Mark as &Checked"), QKeySequence(Qt::CTRL | Qt::Key_K),
                           tr("Mark as checked: verified, nothing to correct (Ctrl+K)"));
    actions.disputed = make(tr("Mark as &Disputed"), QKeySequence(Qt::CTRL | Qt::Key_D),
                            tr("Mark as disputed: needs a correction or an answer (Ctrl+D)"));
    actions.note = make(tr("Edit &Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                        tr("Write a note on the mark (Ctrl+Shift+N)"));
    actions.clear = make(tr("C&lear Mark"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                         tr("Remove the mark and its note (Ctrl+Shift+K)"));
    return actions;
}

void ReviewMarksController::attach(ChangeListPanel *changes, FindingsPanel *findings)
{
    m_changes = changes;
    m_findings = findings;
    m_changeActions = makeActions(changes->table());
    m_findingActions = makeActions(findings->table());

    connect(m_changeActions.checked, &QAction::triggered, this,
            [this] { markChanges(selectedChanges(), MarkState::Checked); });
    connect(m_changeActions.disputed, &QAction::triggered, this,
            [this] { markChanges(selectedChanges(), MarkState::Disputed); });
    connect(m_changeActions.note, &QAction::triggered, this, [this] { editChangeNote(selectedChanges()); });
    connect(m_changeActions.clear, &QAction::triggered, this, [this] { clearChanges(selectedChanges()); });
    connect(m_findingActions.checked, &QAction::triggered, this,
            [this] { markFinding(selectedFinding(), MarkState::Checked); });
    connect(m_findingActions.disputed, &QAction::triggered, this,
            [this] { markFinding(selectedFinding(), MarkState::Disputed); });
    connect(m_findingActions.note, &QAction::triggered, this, [this] { editFindingNote(selectedFinding()); });
    connect(m_findingActions.clear, &QAction::triggered, this, [this] { clearFinding(selectedFinding()); });

    for (QTableView *table : {changes->table(), findings->table()})
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ReviewMarksController::updateActions);
    refresh();
}

void ReviewMarksController::setComparison(const ComparisonPtr &comparison, std::array<int, 2> versions)
{
    m_comparison = comparison;
    m_versions = versions;
    refresh();
}

void ReviewMarksController::setMarks(const ReviewMarks &marks)
{
    m_marks = marks;
    refresh();
}

void ReviewMarksController::removeVersion(int version)
{
    const int before = m_marks.size();
    m_marks.removeVersion(version);
    if (m_marks.size() != before)
        edited();
}

void ReviewMarksController::refresh()
{
    m_resolution = m_comparison ? m_marks.resolve(*m_comparison, m_versions) : MarkResolution{};
    const ComparisonMarks placed = placedMarks();
    if (m_changes)
        m_changes->setMarks(placed.changes);
    if (m_findings) {
        m_findings->setMarks(placed.findings);
        m_findings->setOrphanedMarks(int(m_resolution.orphaned.size()));
    }
    updateActions();
}

void ReviewMarksController::edited()
{
    refresh();
    emit marksChanged();
}

QVector<int> ReviewMarksController::selectedChanges() const
{
    return m_changes ? m_changes->selectedChanges() : QVector<int>();
}

int ReviewMarksController::selectedFinding() const
{
    return m_findings ? m_findings->currentFinding() : -1;
}

void ReviewMarksController::updateActions()
{
    const auto enable = [](const Actions &actions, bool any, bool marked) {
        if (!actions.checked)
            return;
        actions.checked->setEnabled(any);
        actions.disputed->setEnabled(any);
        actions.note->setEnabled(marked);
        actions.clear->setEnabled(marked);
    };
    const QVector<int> changes = m_comparison ? selectedChanges() : QVector<int>();
    const bool changeMarked = std::any_of(changes.cbegin(), changes.cend(), [this](int change) {
        return m_resolution.forChange(change) >= 0;
    });
    enable(m_changeActions, !changes.isEmpty(), changeMarked);
    const int finding = m_comparison ? selectedFinding() : -1;
    enable(m_findingActions, finding >= 0, m_resolution.forFinding(finding) >= 0);
}

void ReviewMarksController::markChanges(const QVector<int> &changeIndices, MarkState state)
{
    if (!m_comparison || changeIndices.isEmpty())
        return;
    for (int change : changeIndices) {
        if (change < 0 || change >= m_comparison->changes.size())
            continue;
        const int existing = m_resolution.forChange(change);
        const QString note = existing >= 0 ? m_marks.at(existing).note : QString();
        m_marks.markChange(*m_comparison, m_resolution, m_versions, change, state, note);
        // Each mark set moves the others' indices not at all, but the next change must see
        // this one: resolve again before it.
        m_resolution = m_marks.resolve(*m_comparison, m_versions);
    }
    edited();
}

void ReviewMarksController::markFinding(int findingIndex, MarkState state)
{
    if (!m_comparison || findingIndex < 0 || findingIndex >= m_comparison->findings.size())
        return;
    const int existing = m_resolution.forFinding(findingIndex);
    const QString note = existing >= 0 ? m_marks.at(existing).note : QString();
    m_marks.markFinding(*m_comparison, m_resolution, m_versions, findingIndex, state, note);
    edited();
}

void ReviewMarksController::clearChanges(const QVector<int> &changeIndices)
{
    QVector<int> marks;
    for (int change : changeIndices)
        if (m_resolution.forChange(change) >= 0)
            marks << m_resolution.forChange(change);
    if (marks.isEmpty())
        return;
    // Highest first, so the indices still to remove stay valid.
    std::sort(marks.begin(), marks.end(), std::greater<int>());
    for (int mark : std::as_const(marks))
        m_marks.remove(mark);
    edited();
}

void ReviewMarksController::clearFinding(int findingIndex)
{
    const int mark = m_resolution.forFinding(findingIndex);
    if (mark < 0)
        return;
    m_marks.remove(mark);
    edited();
}

void ReviewMarksController::editChangeNote(const QVector<int> &changeIndices)
{
    QVector<int> marks;
    for (int change : changeIndices)
        if (m_resolution.forChange(change) >= 0)
            marks << m_resolution.forChange(change);
    if (marks.isEmpty())
        return;
    QString note = m_marks.at(marks.first()).note;
    const QString label = changeIndices.size() == 1 && m_comparison
        ? tr("Note on change %1:").arg(m_comparison->changes[changeIndices.first()].id)
        : tr("Note on the %1 marked changes selected:").arg(marks.size());
    if (!m_noteEditor(tr("Edit Note"), label, &note))
        return;
    for (int mark : std::as_const(marks))
        m_marks.setNote(mark, note);
    edited();
}

void ReviewMarksController::editFindingNote(int findingIndex)
{
    const int mark = m_resolution.forFinding(findingIndex);
    if (mark < 0)
        return;
    QString note = m_marks.at(mark).note;
    if (!m_noteEditor(tr("Edit Note"), tr("Note on finding %1:").arg(m_comparison->findings[findingIndex].id), &note))
        return;
    m_marks.setNote(mark, note);
    edited();
}

} // namespace Recension::Ui
