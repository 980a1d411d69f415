#pragma once

#include "report/rowlayout.h"

namespace Recension::Ui {

// The view draws the engine's one row layout (the PDF and HTML reports print the same);
// these names keep the view's code short.
using Row = LayoutRow;

/// @brief The side-by-side view's rows: exactly the engine's RowLayout.
class RowModel final : public RowLayout
{
public:
    using RowLayout::RowLayout;
};

} // namespace Recension::Ui
