#include "ui/panels/changefilterproxy.h"

#include "ui/window/backgroundload.h"
#include "ui/panels/changelistmodel.h"
#include "ui/panels/changeorder.h"
#include "ui/view/changestyle.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace Recension::Ui {

struct ChangeFilterProxy::Ranking
{
    std::uint64_t generation = 0;
    Side side = Left;
    QVector<int> ranks;
};

ChangeFilterProxy::ChangeFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_categories.fill(true);
    m_severities.fill(true);
}

ChangeFilterProxy::~ChangeFilterProxy() = default;

void ChangeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    beginResetModel();
    m_model = qobject_cast<ChangeListModel *>(model);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                &ChangeFilterProxy::beginResetModel);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            sourceReset();
            endResetModel();
        });
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &ChangeFilterProxy::sourceDataChanged);
    }
    sourceReset();
    endResetModel();
}

void ChangeFilterProxy::sourceReset()
{
    ++m_generation;
    m_textRanks = {};
    m_ranking = {};
    const int count = m_model ? m_model->rowCount() : 0;
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_mustShow.size() != count)
        m_mustShow.fill(false, count);
    // Inside the source's reset: the new rows, no layout change to announce.
    takeOrder();
    updateAccepted();
    m_rows = acceptedRows();
    m_rowOf.fill(-1, count);
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows[row]] = row;
}

void ChangeFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_rows.isEmpty())
        return;
    // The review marks are the one thing that changes in place; their column sorts by them.
    const int review = int(ChangeListModel::Column::Review);
    if (m_sortColumn == review && topLeft.column() <= review && review <= bottomRight.column())
        reorder();
    emit dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()),
                     roles);
}

void ChangeFilterProxy::setCategoryVisible(Category category, bool visible)
{
    if (m_categories[int(category)] == visible)
        return;
    m_categories[int(category)] = visible;
    refilter();
}

bool ChangeFilterProxy::isCategoryVisible(Category category) const
{
    return m_categories[int(category)];
}

void ChangeFilterProxy::setSeverityVisible(Severity severity, bool visible)
{
    if (m_severities[int(severity)] == visible)
        return;
    m_severities[int(severity)] = visible;
    refilter();
}

bool ChangeFilterProxy::isSeverityVisible(Severity severity) const
{
    return m_severities[int(severity)];
}

void ChangeFilterProxy::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_matches.clear();
    refilter();
}

void ChangeFilterProxy::setSearchMatches(const QString &text, const QBitArray &matches)
{
    if (m_search == text && m_matches == matches)
        return;
    m_search = text;
    m_matches = matches;
    refilter();
}

void ChangeFilterProxy::setComparison(const ComparisonPtr &comparison)
{
    m_mustShow = comparison ? mustShow(*comparison) : QVector<bool>();
    refilter();
}

void ChangeFilterProxy::setSynonymsHidden(bool hidden)
{
    if (m_synonymsHidden == hidden)
        return;
    m_synonymsHidden = hidden;
    refilter();
}

QVector<bool> ChangeFilterProxy::mustShow(const Comparison &comparison)
{
    QVector<bool> result(comparison.changes.size(), false);
    for (int i = 0; i < comparison.changes.size(); ++i) {
        const Change &change = comparison.changes[i];
        result[i] = isFactCategory(change.category) || change.watched;
    }
    for (const Finding &finding : comparison.findings) {
        if (finding.severity != Severity::High)
            continue;
        for (int id : finding.changes) {
            if (id >= 1 && id <= result.size())
                result[id - 1] = true;
        }
    }
    return result;
}

int ChangeFilterProxy::rowOfChange(int changeIndex) const
{
    return m_rowOf.value(changeIndex, -1);
}

int ChangeFilterProxy::changeAt(int proxyRow) const
{
    return m_rows.value(proxyRow, -1);
}

bool ChangeFilterProxy::accepts(const Comparison *comparison, int change) const
{
    const Change &c = comparison->changes[change];
    if (m_synonymsHidden && !m_mustShow.value(change) && c.category == Category::Synonym)
        return false;
    if (!m_categories[int(c.category)] || !m_severities[int(c.severity)])
        return false;
    if (m_search.isEmpty())
        return true;
    if (!m_matches.isEmpty()) // matches of other changes: the new ones' are on their way
        return m_matches.size() == comparison->changes.size() && m_matches.testBit(change);
    return ChangeListModel::sideText(*comparison, change, Left).contains(m_search, Qt::CaseInsensitive)
        || ChangeListModel::sideText(*comparison, change, Right).contains(m_search, Qt::CaseInsensitive)
        || ChangeStyle::categoryName(c.category).contains(m_search, Qt::CaseInsensitive);
}

void ChangeFilterProxy::updateAccepted()
{
    // In change order, once per filter change: a sort only walks its order over these
    // (reading each change in sorted order was a cache miss per row).
    const ComparisonPtr comparison = m_model ? m_model->comparison() : nullptr;
    const int count = comparison ? int(comparison->changes.size()) : 0;
    m_accepted.assign(size_t(count), 0);
    for (int change = 0; change < count; ++change)
        m_accepted[size_t(change)] = accepts(comparison.get(), change) ? 1 : 0;
}

QVector<int> ChangeFilterProxy::acceptedRows() const
{
    QVector<int> rows;
    if (m_accepted.size() != size_t(m_order.size()))
        return rows;
    rows.reserve(m_order.size());
    for (const int change : m_order) {
        if (m_accepted[size_t(change)])
            rows.append(change);
    }
    return rows;
}

void ChangeFilterProxy::refilter()
{
    updateAccepted();
    showRows();
}

void ChangeFilterProxy::showRows()
{
    QVector<int> rows = acceptedRows();
    if (rows == m_rows)
        return;
    // One layout change, the persistent indices (selection, current row) carried to the
    // rows of their changes, as QSortFilterProxyModel's invalidate() did.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QVector<int> changes;
    changes.reserve(before.size());
    for (const QModelIndex &index : before)
        changes.append(changeAt(index.row()));
    m_rows = std::move(rows);
    int *rowOf = m_rowOf.data();
    std::fill(rowOf, rowOf + m_rowOf.size(), -1);
    const int *shown = m_rows.constData();
    for (int row = 0; row < m_rows.size(); ++row)
        rowOf[shown[row]] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfChange(changes[i]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void ChangeFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorder();
}

bool ChangeFilterProxy::isSorting() const
{
    return m_ranking[Left] || m_ranking[Right];
}

void ChangeFilterProxy::reorder()
{
    if (takeOrder())
        showRows();
}

bool ChangeFilterProxy::takeOrder()
{
    if (!m_model)
        return false;
    const auto column = ChangeListModel::Column(m_sortColumn);
    if (m_sortColumn < 0) {
        std::iota(m_order.begin(), m_order.end(), 0);
    } else if (column == ChangeListModel::Column::LeftText
               || column == ChangeListModel::Column::RightText) {
        const Side side = column == ChangeListModel::Column::LeftText ? Left : Right;
        if (m_textRanks[side].size() != m_order.size())
            startRanking(side);
        if (m_textRanks[side].size() != m_order.size())
            return false; // the ranks arrive from the pool; the rows keep their order till then
        m_order = ChangeOrder::sorted(m_textRanks[side], m_sortOrder);
    } else {
        m_order = ChangeOrder::sorted(m_model->ranks(column), m_sortOrder);
    }
    return true;
}

void ChangeFilterProxy::startRanking(Side side)
{
    const ComparisonPtr comparison = m_model->comparison();
    if (!comparison || comparison->changes.isEmpty() || m_ranking[side])
        return;
    // A short list's ranks take milliseconds: it sorts as the header is clicked.
    if (comparison->changes.size() < m_backgroundFrom) {
        m_textRanks[side] = ChangeOrder::textRanks(*comparison, side);
        return;
    }
    m_ranking[side] = true;
    auto *watcher = new QFutureWatcher<Ranking>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        takeRanking(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(windowPool(), [comparison, side, generation = m_generation] {
        return Ranking{generation, side, ChangeOrder::textRanks(*comparison, side)};
    }));
}

void ChangeFilterProxy::takeRanking(const Ranking &ranking)
{
    if (ranking.generation != m_generation)
        return; // computed for a comparison no longer shown
    m_ranking[ranking.side] = false;
    m_textRanks[ranking.side] = ranking.ranks;
    const auto wanted = ranking.side == Left ? ChangeListModel::Column::LeftText
                                             : ChangeListModel::Column::RightText;
    if (m_sortColumn == int(wanted))
        reorder();
}

QModelIndex ChangeFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int change = changeAt(proxyIndex.row());
    return change < 0 ? QModelIndex() : m_model->index(change, proxyIndex.column());
}

QModelIndex ChangeFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int row = rowOfChange(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex ChangeFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ChangeFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ChangeFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool ChangeFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

int ChangeFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QVariant ChangeFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The columns are the source's own; rows are numbered as shown.
    if (orientation == Qt::Horizontal)
        return m_model ? m_model->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace Recension::Ui
