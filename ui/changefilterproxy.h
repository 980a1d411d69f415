#pragma once

#include "compare/comparison.h"

#include <QBitArray>
#include <QSortFilterProxyModel>

#include <array>

namespace Recension::Ui {

/// @brief Filters the change list by category, severity and a search text (matched in
/// either side's text, case-insensitively), and sorts it. "Hide synonym swaps" hides
/// synonyms but never a change of fact, a watched change or a place of a high finding.
class ChangeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChangeFilterProxy(QObject *parent = nullptr);

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    std::array<bool, CategoryCount> m_categories;
    std::array<bool, SeverityCount> m_severities;
    QString m_search;
    QBitArray m_matches; ///< empty: search m_search in each row's text
    bool m_synonymsHidden = false;
    QVector<bool> m_mustShow; ///< indexed by change
};

} // namespace Recension::Ui
