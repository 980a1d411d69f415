#pragma once

#include <QWidget>

#include <array>

class QComboBox;
class QToolButton;

namespace Recension {
class DocumentSet;
}

namespace Recension::Ui {

/// @brief The bar above the columns: which version is on the left, which on the right,
/// and a button between them that swaps the two.
class PairBar final : public QWidget
{
    Q_OBJECT
public:
    PairBar(DocumentSet *documents, QAction *swapAction, QWidget *parent = nullptr);

    void setPair(std::array<int, 2> pair);
    std::array<int, 2> pair() const;
    QComboBox *combo(int side) const { return m_combos[side]; }

signals:
    /// The user picked another version for a side (0 left, 1 right).
    void pairRequested(int left, int right);

private:
    void refresh();

    DocumentSet *m_documents;
    std::array<QComboBox *, 2> m_combos{};
    QToolButton *m_swap = nullptr;
    std::array<int, 2> m_pair{-1, -1};
};

} // namespace Recension::Ui
