#pragma once

#include <QWidget>

#include <array>

class QComboBox;
class QToolButton;

namespace Recension {
class Workspace;
}

namespace Recension::Ui {

/// @brief The bar above the columns: which version is on the left, which on the right,
/// and a button between them that swaps the two. Each picker lists every version; picking
/// the one the other side shows swaps the sides. It shows the workspace's pair, never its
/// own idea of it.
class PairBar final : public QWidget
{
    Q_OBJECT
public:
    PairBar(Workspace *workspace, QAction *swapAction, QWidget *parent = nullptr);

    QComboBox *combo(int side) const { return m_combos[size_t(side)]; }
    /// @brief The text a picker gives a version: its label, marked when it is the base.
    static QString itemText(const Workspace &workspace, int index);

private:
    void refresh();

    Workspace *m_workspace;
    std::array<QComboBox *, 2> m_combos{};
    QToolButton *m_swap = nullptr;
};

} // namespace Recension::Ui
