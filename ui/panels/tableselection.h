#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace Recension::Ui {

/// @brief The row of the view's model that is current and selected, or -1 (a current
/// index without a selection, as after a filter hid the row, does not count).
inline int selectedRow(const QAbstractItemView *view)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return current.row();
}

/// @brief Makes a row of the view's model current and selected and scrolls to it; -1 clears.
inline void selectRow(QAbstractItemView *view, int row)
{
    if (row < 0) {
        view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

/// @brief The look of the lower panels' lists: whole rows, one line each, no row
/// numbers, actions as the context menu, columns the user can resize.
inline void setUpListTable(QTableView *table, QAbstractItemView::SelectionMode mode)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Tab leaves the list (QTableView's default moves between its cells and never out);
    // the arrows move inside it.
    table->setTabKeyNavigation(false);
}

/// @brief Selects the row after (or before) the selected one, wrapping; the first (or
/// last) when none is selected. Returns it, or -1 when the view shows no row.
inline int stepRow(QAbstractItemView *view, bool backwards)
{
    const int count = view->model()->rowCount();
    if (count == 0)
        return -1;
    const int current = selectedRow(view);
    const int next = current < 0 ? (backwards ? count - 1 : 0)
                                 : (current + (backwards ? count - 1 : 1)) % count;
    selectRow(view, next);
    return next;
}

} // namespace Recension::Ui
