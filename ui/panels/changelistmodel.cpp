#include "ui/panels/changelistmodel.h"

#include "ui/view/changestyle.h"
#include "ui/panels/evidence.h"
#include "ui/panels/reviewmarkscontroller.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <numeric>

namespace Recension::Ui {

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(Palette::make(ColourScheme::System, QPalette()))
{
}

void ChangeListModel::setComparison(const ComparisonPtr &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    // Categories sort by their translated names; rank them once.
    std::array<int, CategoryCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [](int a, int b) {
        return ChangeStyle::categoryName(Category(a))
                   .localeAwareCompare(ChangeStyle::categoryName(Category(b)))
            < 0;
    });
    for (int rank = 0; rank < CategoryCount; ++rank)
        m_categoryRank[order[rank]] = rank;
    endResetModel();
}

void ChangeListModel::setColours(const Palette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, int(Column::Category)),
                         index(rowCount() - 1, int(Column::Category)), {Qt::DecorationRole});
}

void ChangeListModel::setMarks(const QHash<int, PlacedMark> &marks)
{
    m_marks = marks;
    if (rowCount() > 0)
        emit dataChanged(index(0, int(Column::Review)), index(rowCount() - 1, int(Column::Review)));
}

namespace {

/// Unmarked first, then checked, then disputed.
int markRank(const PlacedMark *mark)
{
    return mark ? 1 + int(mark->state) : 0;
}

const PlacedMark *markOf(const QHash<int, PlacedMark> &marks, int row)
{
    const auto it = marks.constFind(row);
    return it == marks.cend() ? nullptr : &*it;
}

} // namespace

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeListModel::sideText(const Comparison &comparison, int change, Side side)
{
    const Span &span = comparison.changes[change].sides[side];
    return span.isNull() ? QString() : comparison.spanText(side, span).simplified();
}

QVector<int> ChangeListModel::ranks(Column column) const
{
    const int count = rowCount();
    QVector<int> result(count);
    for (int c = 0; c < count; ++c) {
        const Change &change = m_comparison->changes[c];
        switch (column) {
        case Column::Number: result[c] = std::max(0, change.id); break;
        case Column::Severity: result[c] = int(change.severity); break;
        case Column::InQuote: result[c] = change.inQuote ? 1 : 0; break;
        case Column::Review: result[c] = markRank(markOf(m_marks, c)); break;
        case Column::Category: result[c] = m_categoryRank[int(change.category)]; break;
        case Column::LeftText:
        case Column::RightText: result[c] = c; break; // ChangeOrder::textRanks
        }
    }
    return result;
}

bool ChangeListModel::lessThan(int a, int b, Column column) const
{
    const Change &x = m_comparison->changes[a];
    const Change &y = m_comparison->changes[b];
    switch (column) {
    case Column::Number: return x.id < y.id;
    case Column::Severity: return x.severity < y.severity;
    case Column::InQuote: return x.inQuote < y.inQuote;
    case Column::Review: return markRank(markOf(m_marks, a)) < markRank(markOf(m_marks, b));
    case Column::Category:
        return m_categoryRank[int(x.category)] < m_categoryRank[int(y.category)];
    case Column::LeftText:
    case Column::RightText: {
        const Side side = column == Column::LeftText ? Left : Right;
        return sideText(*m_comparison, a, side)
                   .localeAwareCompare(sideText(*m_comparison, b, side))
            < 0;
    }
    }
    return a < b;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_comparison || index.row() >= m_comparison->changes.size())
        return {};
    const Change &change = m_comparison->changes[index.row()];
    const auto column = Column(index.column());
    const PlacedMark *mark = column == Column::Review ? markOf(m_marks, index.row()) : nullptr;
    if (column == Column::Review && role != ChangeIndexRole && role != CategoryRole
        && role != SeverityRole) {
        switch (role) {
        case Qt::DisplayRole: return mark ? markCellText(*mark) : QString();
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return mark ? markDescription(*mark) : tr("Not marked");
        case SortRole: return markRank(mark);
        default: return {};
        }
    }
    switch (role) {
    case ChangeIndexRole: return index.row();
    case CategoryRole: return int(change.category);
    case SeverityRole: return int(change.severity);
    case Qt::ToolTipRole: return Evidence::summary(*m_comparison, change);
    case Qt::DecorationRole: {
        if (column != Column::Category)
            return {};
        QPixmap swatch(12, 12);
        swatch.fill(m_palette.fill(change.category));
        QPainter painter(&swatch);
        painter.setPen(m_palette.mark(change.category));
        painter.drawRect(0, 0, 11, 11);
        return swatch;
    }
    case SortRole:
        switch (column) {
        case Column::Number: return change.id;
        case Column::Severity: return int(change.severity);
        case Column::InQuote: return change.inQuote ? 1 : 0;
        default: break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (column) {
        case Column::Number: return change.id;
        case Column::Category: return ChangeStyle::categoryName(change.category);
        case Column::Severity: return ChangeStyle::severityName(change.severity);
        case Column::LeftText: return sideText(*m_comparison, index.row(), Left);
        case Column::RightText: return sideText(*m_comparison, index.row(), Right);
        case Column::InQuote:
            return change.inQuote ? tr("quotation") : QString();
        case Column::Review: break; // answered above
        }
        return {};
    default: return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Number: return tr("#");
    case Column::Category: return tr("Category");
    case Column::Severity: return tr("Severity");
    case Column::LeftText: return tr("Left");
    case Column::RightText: return tr("Right");
    case Column::InQuote: return tr("In quotation");
    case Column::Review: return tr("Review");
    }
    return {};
}

} // namespace Recension::Ui
