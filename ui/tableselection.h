#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

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

} // namespace Recension::Ui
