#pragma once

#include <QCoreApplication>

namespace Recension::Ui {

class SideBySideView;

/// @brief What screen readers see of the custom-painted side-by-side view.
///
/// The view (a pane) has six children: the left version as read-only text, the
/// connector strip as a list of rows (which passages face each other and how they
/// differ), the right version as text, the list of changes (each named by its number,
/// category and severity, described by both sides' words, with a "press" action that
/// makes it current), then the scroll bar and the overview strip. The texts follow the
/// view's selection and caret; interfaces of rows and changes are made when asked for
/// and dropped when the comparison changes.
class ViewAccessible final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::ViewAccessible)
public:
    enum Child { LeftText = 0, Connector = 1, RightText = 2, Changes = 3, ScrollBar = 4,
                 Overview = 5, ChildCount = 6 };

    /// @brief Installs the interface factory (once; further calls do nothing).
    static void install();
    /// @brief Tells assistive technology that the selection or the caret of a view moved.
    static void selectionChanged(SideBySideView *view);
    /// @brief Tells assistive technology that a view shows another comparison.
    static void comparisonChanged(SideBySideView *view);
};

} // namespace Recension::Ui
