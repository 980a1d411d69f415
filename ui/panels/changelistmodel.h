#pragma once

#include "compare/comparison.h"
#include "workspace/reviewmarks.h"
#include "ui/view/palette.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>

namespace Recension::Ui {

/// @brief The changes of a comparison as a table: number, category, severity, left text,
/// right text, in quotation, review mark. Row r is Comparison::changes[r].
class ChangeListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Number, Category, Severity, LeftText, RightText, InQuote, Review };
    static constexpr int ColumnCount = 7;
    static constexpr int ChangeIndexRole = Qt::UserRole + 1; ///< int: index into changes
    static constexpr int CategoryRole = Qt::UserRole + 2;    ///< int: Category
    static constexpr int SeverityRole = Qt::UserRole + 3;    ///< int: Severity
    static constexpr int SortRole = Qt::UserRole + 4;        ///< what the column sorts by

    explicit ChangeListModel(QObject *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);
    ComparisonPtr comparison() const { return m_comparison; }
    void setColours(const Palette &palette);
    /// @brief The review marks to show, by index into Comparison::changes.
    void setMarks(const QHash<int, PlacedMark> &marks);

    /// @brief Whether change `a` sorts before change `b` in a column (the order of each
    /// column, one pair at a time).
    bool lessThan(int a, int b, Column column) const;
    /// @brief Each change's rank in a column other than the two texts, in the order
    /// lessThan() gives (equal ranks where it finds neither less).
    QVector<int> ranks(Column column) const;
    /// @brief A change's text on one side as the list shows it (simplified; empty for a
    /// side the change does not have). Reads only the comparison: safe on any thread.
    static QString sideText(const Comparison &comparison, int change, Side side);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:

    ComparisonPtr m_comparison;
    Palette m_palette;
    std::array<int, CategoryCount> m_categoryRank{};
    QHash<int, PlacedMark> m_marks;
};

} // namespace Recension::Ui
