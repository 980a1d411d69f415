#pragma once

#include "compare/comparison.h"
#include "ui/view/palette.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace Recension::Ui {

class QuoteTableModel;
class QuoteFilterProxy;

/// @brief The quote audit: every quotation with its speaker, its text in each version (the
/// altered words marked as in the side-by-side view), its status in words and its
/// similarity, filtered by status. Selecting a row asks for the quotation to be shown.
class QuotesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QuotesPanel(QWidget *parent = nullptr);

    /// @brief Shows a comparison's quotations; nullptr clears the panel.
    void setComparison(const ComparisonPtr &comparison);
    void setColours(const Palette &palette);

    /// @brief Shows only quotations of one status; std::nullopt shows all.
    void setStatusFilter(std::optional<QuoteStatus> status);
    /// @brief The selected quotation (index into Comparison::quotes), or -1.
    int currentQuote() const;
    /// @brief Selects a quotation's row; clears the selection when the filter hides it.
    void setCurrentQuote(int quoteIndex);
    /// @brief Number of quotations the filter lets through.
    int visibleCount() const;

    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }

signals:
    /// The user selected a quotation (index into Comparison::quotes).
    void quoteActivated(int quoteIndex);

private:
    void updateCounts();

    QuoteTableModel *m_model = nullptr;
    QuoteFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    Palette m_palette; ///< read by the delegates that mark the changed words
    ComparisonPtr m_comparison;
};

} // namespace Recension::Ui
