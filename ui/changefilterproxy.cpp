#include "ui/changefilterproxy.h"

#include "ui/changelistmodel.h"

namespace Recension::Ui {

ChangeFilterProxy::ChangeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_categories.fill(true);
    m_severities.fill(true);
    setSortRole(ChangeListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ChangeFilterProxy::setCategoryVisible(Category category, bool visible)
{
    if (m_categories[int(category)] == visible)
        return;
    m_categories[int(category)] = visible;
    refilter();
}

// One layout change instead of invalidateFilter()'s removals and insertions: those insert
// the rows one at a time into the sorted mapping and stalled the window for seconds on a
// list of 50,000 changes.
void ChangeFilterProxy::refilter()
{
    invalidate();
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
    if (!sourceModel() || changeIndex < 0 || changeIndex >= sourceModel()->rowCount())
        return -1;
    const QModelIndex mapped = mapFromSource(sourceModel()->index(changeIndex, 0));
    return mapped.isValid() ? mapped.row() : -1;
}

int ChangeFilterProxy::changeAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return mapToSource(index(proxyRow, 0)).row();
}

bool ChangeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *model = qobject_cast<const ChangeListModel *>(sourceModel()))
        return model->lessThan(left.row(), right.row(), ChangeListModel::Column(left.column()));
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ChangeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_synonymsHidden && !m_mustShow.value(sourceRow)
        && Category(model->data(first, ChangeListModel::CategoryRole).toInt()) == Category::Synonym)
        return false;
    if (!m_categories[model->data(first, ChangeListModel::CategoryRole).toInt()]
        || !m_severities[model->data(first, ChangeListModel::SeverityRole).toInt()])
        return false;
    if (m_search.isEmpty())
        return true;
    if (m_matches.size() == model->rowCount(sourceParent))
        return m_matches.testBit(sourceRow);
    for (auto column : {ChangeListModel::Column::LeftText, ChangeListModel::Column::RightText,
                        ChangeListModel::Column::Category}) {
        const QString text =
            model->data(model->index(sourceRow, int(column), sourceParent)).toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Recension::Ui
