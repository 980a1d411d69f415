#pragma once

#include "compare/comparison.h"
#include "ui/view/palette.h"
#include "workspace/reviewmarks.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace Recension::Ui {

class ChangeFilterProxy;
class ChangeListModel;
class ChangeSearchIndex;

/// @brief The change list: a filter row (categories, severities, search) over a sortable
/// table. Selecting a row makes its change the current one; several rows can be selected
/// to copy their evidence at once.
class ChangeListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeListPanel(QWidget *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);
    void setColours(const Palette &palette);
    /// @brief The review marks to show, by index into Comparison::changes.
    void setMarks(const QHash<int, PlacedMark> &marks);

    /// @brief The selected change (index into Comparison::changes), or -1.
    int currentChange() const;
    /// @brief Selects a change's row; clears the selection when the filter hides it.
    void setCurrentChange(int changeIndex);
    /// @brief Selects the next (or previous) change in the table's order, wrapping; returns
    /// it, or -1 when the list shows none.
    int step(bool backwards);

    void setCategoryVisible(Category category, bool visible);
    void setSeverityVisible(Severity severity, bool visible);
    void setSearchText(const QString &text);
    /// @brief Hides synonym swaps, except those no filter may hide (ChangeFilterProxy).
    void setSynonymsHidden(bool hidden);
    /// @brief The selected changes (indices into Comparison::changes), in table order.
    QVector<int> selectedChanges() const;
    /// @brief Number of changes the filters let through.
    int visibleCount() const;

    QTableView *table() const { return m_table; }
    ChangeFilterProxy *proxy() const { return m_proxy; }

signals:
    void currentChangeChanged(int changeIndex);
    void copyEvidenceRequested(const QVector<int> &changeIndices);

private:
    void buildFilterMenus();
    void updateCounts();
    void selectProxyRow(int row);

    ChangeListModel *m_model = nullptr;
    ChangeFilterProxy *m_proxy = nullptr;
    ChangeSearchIndex *m_searchIndex = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_categoryButton = nullptr;
    QToolButton *m_severityButton = nullptr;
    QMenu *m_categoryMenu = nullptr;
    QMenu *m_severityMenu = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QList<QAction *> m_categoryActions; ///< indexed by Category
    QList<QAction *> m_severityActions; ///< indexed by Severity
    ComparisonPtr m_comparison;
};

} // namespace Recension::Ui
