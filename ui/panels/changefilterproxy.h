#pragma once

#include "compare/comparison.h"

#include <QAbstractProxyModel>
#include <QBitArray>

#include <array>
#include <cstdint>
#include <vector>

namespace Recension::Ui {

class ChangeListModel;

/// @brief Filters the change list by category, severity and a search text (matched in
/// either side's text, case-insensitively), and sorts it. "Hide synonym swaps" hides
/// synonyms but never a change of fact, a watched change or a place of a high finding.
///
/// It keeps the changes' order in a column as a list of change indices, made from ranks
/// by a counting sort (ChangeOrder), and the rows shown as the part of that list the
/// filters let through: a sort, a filter or a search answer is one pass over the changes
/// and one layout change, on the GUI thread, whatever the size. The text columns' ranks
/// (locale-aware collation) come from the thread pool for a long list: until they arrive
/// the rows keep their order; a comparison's ranks that arrive after the next comparison
/// are dropped. Changes of equal key keep change order, ascending or descending.
class ChangeFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ChangeFilterProxy(QObject *parent = nullptr);
    ~ChangeFilterProxy() override;

    /// @brief Sets the change list model whose rows it filters and sorts.
    void setSourceModel(QAbstractItemModel *model) override;

    void setCategoryVisible(Category category, bool visible);
    bool isCategoryVisible(Category category) const;
    void setSeverityVisible(Severity severity, bool visible);
    bool isSeverityVisible(Severity severity) const;
    void setSearchText(const QString &text);
    /// @brief Shows the changes a ChangeSearchIndex found for `text` (one bit per change):
    /// the filter then reads a bit per row instead of searching the row's text.
    void setSearchMatches(const QString &text, const QBitArray &matches);
    /// @brief The comparison whose changes the source model lists (for what must stay).
    void setComparison(const ComparisonPtr &comparison);
    void setSynonymsHidden(bool hidden);
    bool synonymsHidden() const { return m_synonymsHidden; }
    /// @brief True for a change no "hide" option may hide: a change of fact, a watched
    /// change, or one that belongs to a high finding.
    static QVector<bool> mustShow(const Comparison &comparison);
    QString searchText() const { return m_search; }

    /// @brief The proxy row of a change (index into Comparison::changes), or -1 if hidden.
    int rowOfChange(int changeIndex) const;
    /// @brief The change shown on a proxy row, or -1.
    int changeAt(int proxyRow) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// @brief Whether the order asked for waits for a text column's ranks from the pool.
    bool isSorting() const;
    /// @brief From how many changes on a text column's ranks are computed on the pool
    /// (20,000: below, it takes milliseconds); tests lower it.
    void setBackgroundFrom(int changes) { m_backgroundFrom = changes; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Ranking;

    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    /// Sorts again by the column asked for, when its ranks are at hand, then refilters.
    void reorder();
    /// Puts the changes in the order asked for into m_order; false while a text column's
    /// ranks are still computed.
    bool takeOrder();
    /// Asks the filters about every change again (m_accepted), then shows the rows.
    void refilter();
    void updateAccepted();
    /// The changes of m_order the filters let through.
    QVector<int> acceptedRows() const;
    /// Shows the rows of m_order the filters let through, keeping the selection.
    void showRows();
    bool accepts(const Comparison *comparison, int change) const;
    void startRanking(Side side);
    void takeRanking(const Ranking &ranking);

    ChangeListModel *m_model = nullptr;
    std::array<bool, CategoryCount> m_categories;
    std::array<bool, SeverityCount> m_severities;
    QString m_search;
    QBitArray m_matches; ///< empty: search m_search in each row's text
    bool m_synonymsHidden = false;
    QVector<bool> m_mustShow; ///< indexed by change
    std::vector<char> m_accepted; ///< by change: the filters let it through

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<int> m_order;  ///< every change, in the order shown
    QVector<int> m_rows;   ///< proxy row -> change
    QVector<int> m_rowOf;  ///< change -> proxy row, or -1
    std::array<QVector<int>, 2> m_textRanks; ///< by Side; empty until computed
    std::array<bool, 2> m_ranking{};         ///< a side's ranks are being computed
    int m_backgroundFrom = 20'000;
    /// Counts the source's resets: ranks computed for an earlier one are dropped.
    std::uint64_t m_generation = 0;
};

} // namespace Recension::Ui
