#pragma once

#include <QList>

class QWidget;

namespace Recension::Ui {

/// @brief Chains the Tab order through groups of widgets: the widgets of each group that
/// take focus by Tab, in the group's own order, then those of the next group; Tab from the
/// last goes on around the window to the first. A widget of the groups that hands its
/// focus to a proxy among its children, and does not stand right before it in the chain,
/// hands it on no more (its proxy is the stop).
void chainTabOrder(const QList<QWidget *> &groups);

/// @brief The widgets of a group (the group itself and its descendants) that take focus by
/// Tab, in the window's present focus chain order.
QList<QWidget *> tabStops(QWidget *group);

} // namespace Recension::Ui
