#pragma once

#include "compare/comparison.h"
#include "ui/view/palette.h"
#include "workspace/reviewmarks.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Recension::Ui {

class FindingListModel;

/// @brief The Findings tab: what a fact-checker must look at, high first. Selecting a
/// finding makes it current; double-click or Enter goes to it.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);
    void setColours(const Palette &palette);
    /// @brief The review marks to show, by index into Comparison::findings.
    void setMarks(const QHash<int, PlacedMark> &marks);
    /// @brief Says how many review marks of this pair no longer find their words (0: nothing).
    void setOrphanedMarks(int count);

    /// @brief The selected finding (index into Comparison::findings), or -1.
    int currentFinding() const;
    void setCurrentFinding(int findingIndex);
    /// @brief Selects the next (or previous) finding, wrapping; returns it, or -1 when
    /// there is none.
    int step(bool backwards);
    int count() const;

    QTableView *table() const { return m_table; }
    FindingListModel *model() const { return m_model; }

signals:
    void currentFindingChanged(int findingIndex);
    void findingActivated(int findingIndex);
    void copyEvidenceRequested(int findingIndex);

private:
    FindingListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_orphans = nullptr;
};

} // namespace Recension::Ui
