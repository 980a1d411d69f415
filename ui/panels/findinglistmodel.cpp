#include "ui/panels/findinglistmodel.h"

#include "ui/view/changestyle.h"
#include "ui/panels/findingtext.h"
#include "ui/panels/reviewmarkscontroller.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Recension::Ui {

FindingListModel::FindingListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(Palette::make(ColourScheme::System, QPalette()))
{
}

void FindingListModel::setComparison(const ComparisonPtr &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_order = comparison ? FindingText::order(*comparison) : QVector<int>();
    endResetModel();
}

void FindingListModel::setColours(const Palette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

void FindingListModel::setMarks(const QHash<int, PlacedMark> &marks)
{
    m_marks = marks;
    if (rowCount() > 0)
        emit dataChanged(index(0, int(Column::Review)), index(rowCount() - 1, int(Column::Review)));
}

int FindingListModel::findingAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_order[row] : -1;
}

int FindingListModel::rowOfFinding(int findingIndex) const
{
    return int(m_order.indexOf(findingIndex));
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int FindingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::severityIcon(Severity severity) const
{
    // The shape tells high from medium as well as the colour does: a filled warning
    // triangle against a hollow circle.
    const int size = 14;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (severity == Severity::High) {
        const QColor colour = m_palette.mark(Category::Polarity);
        QPainterPath triangle;
        triangle.moveTo(size / 2.0, 1);
        triangle.lineTo(size - 1, size - 1);
        triangle.lineTo(1, size - 1);
        triangle.closeSubpath();
        painter.fillPath(triangle, colour);
        painter.setPen(QPen(m_palette.base, 1.6));
        painter.drawLine(QPointF(size / 2.0, 5), QPointF(size / 2.0, 9));
        painter.drawPoint(QPointF(size / 2.0, 11.3));
    } else {
        painter.setPen(QPen(m_palette.mark(Category::Hedge), 2));
        painter.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    }
    return pixmap;
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    const int findingIndex = index.isValid() ? findingAt(index.row()) : -1;
    if (findingIndex < 0 || !m_comparison)
        return {};
    const Finding &finding = m_comparison->findings[findingIndex];
    const auto column = Column(index.column());
    if (column == Column::Review && role != FindingIndexRole) {
        const auto it = m_marks.constFind(findingIndex);
        const PlacedMark *mark = it == m_marks.cend() ? nullptr : &*it;
        switch (role) {
        case Qt::DisplayRole: return mark ? markCellText(*mark) : QString();
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return mark ? markDescription(*mark) : tr("Not marked");
        default: return {};
        }
    }
    switch (role) {
    case FindingIndexRole: return findingIndex;
    case Qt::DecorationRole:
        return column == Column::Severity ? severityIcon(finding.severity) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Places ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return column == Column::Gist ? FindingText::gist(finding) : QVariant();
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (column) {
        case Column::Severity: return ChangeStyle::severityName(finding.severity);
        case Column::Kind: return FindingText::kindLabel(*m_comparison, finding);
        case Column::Gist: return FindingText::gist(finding);
        case Column::Places: return FindingText::places(finding);
        case Column::Speaker: return FindingText::speaker(*m_comparison, finding);
        case Column::Review: break; // answered above
        }
        return {};
    default: return {};
    }
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Severity: return tr("Severity");
    case Column::Kind: return tr("Kind");
    case Column::Gist: return tr("Left → right");
    case Column::Places: return tr("Places");
    case Column::Speaker: return tr("Speaker");
    case Column::Review: return tr("Review");
    }
    return {};
}

} // namespace Recension::Ui
