#pragma once

#include "compare/comparison.h"
#include "workspace/reviewmarks.h"

#include <QObject>

#include <array>
#include <functional>

class QAction;
class QTableView;
class QWidget;

namespace Recension::Ui {

class ChangeListPanel;
class FindingsPanel;

/// @brief The window's review marks: holds them, resolves them against each comparison
/// shown, and gives the change list and the findings panel their Mark as Checked, Mark as
/// Disputed, Edit Note… and Clear Mark actions (context menu and shortcuts).
class ReviewMarksController final : public QObject
{
    Q_OBJECT
public:
    /// Asks for a note: (dialog title, label, in: the note now, out: the new one); false
    /// when the user cancels. The default opens a QInputDialog on the window.
    using NoteEditor = std::function<bool(const QString &, const QString &, QString *)>;

    /// The actions of one list, in menu order.
    struct Actions
    {
        QAction *checked = nullptr;
        QAction *disputed = nullptr;
        QAction *note = nullptr;
        QAction *clear = nullptr;
    };

    /// `window` parents the note dialog.
    explicit ReviewMarksController(QWidget *window);

    /// @brief Adds the actions to the two lists and shows the marks in them.
    void attach(ChangeListPanel *changes, FindingsPanel *findings);
    /// @brief A new comparison is shown, of the versions `versions` (left, right): the marks
    /// are resolved against it afresh. A null comparison shows no marks.
    void setComparison(const ComparisonPtr &comparison, std::array<int, 2> versions);
    /// @brief Replaces every mark (as read from a session) and shows them.
    void setMarks(const ReviewMarks &marks);
    /// @brief A version left the window: its marks go, later versions move down by one.
    void removeVersion(int version);
    const ReviewMarks &marks() const { return m_marks; }
    const MarkResolution &resolution() const { return m_resolution; }
    /// @brief The marks of the comparison shown, for the reports.
    ComparisonMarks placedMarks() const { return m_marks.placed(m_resolution); }
    void setNoteEditor(NoteEditor editor) { m_noteEditor = std::move(editor); }

    /// @brief Marks changes (indices into Comparison::changes), keeping any note.
    void markChanges(const QVector<int> &changeIndices, MarkState state);
    /// @brief Marks a finding (index into Comparison::findings), keeping any note.
    void markFinding(int findingIndex, MarkState state);
    void clearChanges(const QVector<int> &changeIndices);
    void clearFinding(int findingIndex);
    /// @brief Asks for the note of marked changes (the first one's note is offered).
    void editChangeNote(const QVector<int> &changeIndices);
    void editFindingNote(int findingIndex);

    Actions changeActions() const { return m_changeActions; }
    Actions findingActions() const { return m_findingActions; }

signals:
    /// A mark was set, changed or cleared (not emitted by re-resolving).
    void marksChanged();

private:
    Actions makeActions(QTableView *table);
    void refresh();
    void updateActions();
    void edited();
    QVector<int> selectedChanges() const;
    int selectedFinding() const;

    QWidget *m_window = nullptr;
    ChangeListPanel *m_changes = nullptr;
    FindingsPanel *m_findings = nullptr;
    Actions m_changeActions;
    Actions m_findingActions;
    ReviewMarks m_marks;
    MarkResolution m_resolution;
    ComparisonPtr m_comparison;
    std::array<int, 2> m_versions{{-1, -1}};
    NoteEditor m_noteEditor;
};

/// @brief A mark as a list cell shows it: its sign, then its note ("✗ ask the desk").
QString markCellText(const PlacedMark &mark);
/// @brief A mark in words, for tooltips and screen readers ("Disputed: ask the desk").
QString markDescription(const PlacedMark &mark);

} // namespace Recension::Ui
