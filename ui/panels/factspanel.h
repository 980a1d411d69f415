#pragma once

#include "compare/comparison.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace Recension::Ui {

class FactTableModel;
class FactFilterProxy;

/// @brief The fact audit: the numbers, dates, names, titles and organisations of the two
/// versions and their fate (kind, status, left text, right text, the words around it).
/// Only changed, missing and added facts show unless "show unchanged" is on. Selecting a
/// row asks for the fact to be shown.
class FactsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FactsPanel(QWidget *parent = nullptr);

    /// @brief Shows a comparison's facts; nullptr clears the panel.
    void setComparison(const ComparisonPtr &comparison);

    /// @brief Whether facts that stayed the same are listed too (off at first).
    void setShowUnchanged(bool show);
    bool showsUnchanged() const;
    /// @brief The selected fact (index into Comparison::facts), or -1.
    int currentFact() const;
    /// @brief Selects a fact's row; clears the selection when the filter hides it.
    void setCurrentFact(int factIndex);
    /// @brief Number of facts the filter lets through.
    int visibleCount() const;

    QTableView *table() const { return m_table; }

signals:
    /// The user selected a fact (index into Comparison::facts).
    void factActivated(int factIndex);

private:
    void updateCounts();

    FactTableModel *m_model = nullptr;
    FactFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showUnchanged = nullptr;
    QLabel *m_count = nullptr;
    ComparisonPtr m_comparison;
};

} // namespace Recension::Ui
