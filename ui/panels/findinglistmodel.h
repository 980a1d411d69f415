#pragma once

#include "compare/comparison.h"
#include "workspace/reviewmarks.h"
#include "ui/view/palette.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Recension::Ui {

/// @brief The findings of a comparison as a table, one row a finding, high before
/// medium and otherwise in the engine's (reading) order.
class FindingListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Severity, Kind, Gist, Places, Speaker, Review };
    static constexpr int ColumnCount = 6;
    /// The index into Comparison::findings of a row.
    static constexpr int FindingIndexRole = Qt::UserRole + 1;

    explicit FindingListModel(QObject *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);
    void setColours(const Palette &palette);
    /// @brief The review marks to show, by index into Comparison::findings.
    void setMarks(const QHash<int, PlacedMark> &marks);

    /// @brief The finding shown on a row, or -1.
    int findingAt(int row) const;
    /// @brief The row of a finding (index into Comparison::findings), or -1.
    int rowOfFinding(int findingIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant severityIcon(Severity severity) const;

    ComparisonPtr m_comparison;
    QVector<int> m_order; ///< finding index of each row
    Palette m_palette;
    QHash<int, PlacedMark> m_marks;
};

} // namespace Recension::Ui
