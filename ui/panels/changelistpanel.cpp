#include "ui/panels/changelistpanel.h"

#include "ui/panels/changefilterproxy.h"
#include "ui/panels/changelistmodel.h"
#include "ui/panels/changesearchindex.h"
#include "ui/view/changestyle.h"
#include "ui/panels/tableselection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Recension::Ui {

ChangeListPanel::ChangeListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeListModel(this))
    , m_proxy(new ChangeFilterProxy(this))
    , m_searchIndex(new ChangeSearchIndex(this))
{
    m_proxy->setSourceModel(m_model);

    m_categoryButton = new QToolButton(this);
    m_categoryButton->setText(tr("&Categories"));
    m_categoryButton->setAccessibleName(tr("Filter by category"));
    m_categoryButton->setPopupMode(QToolButton::InstantPopup);
    m_categoryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_severityButton = new QToolButton(this);
    m_severityButton->setText(tr("Se&verity"));
    m_severityButton->setAccessibleName(tr("Filter by severity"));
    m_severityButton->setPopupMode(QToolButton::InstantPopup);
    m_severityButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search changes"));
    m_search->setAccessibleName(tr("Search the changes"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of changes shown"));
    buildFilterMenus();

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Changes"));
    setUpListTable(m_table, QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ChangeListModel::Column::Number), Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(int(ChangeListModel::Column::LeftText), QHeaderView::Stretch);
    header->setSectionResizeMode(int(ChangeListModel::Column::RightText), QHeaderView::Stretch);
    header->resizeSection(int(ChangeListModel::Column::Number), 48);
    header->resizeSection(int(ChangeListModel::Column::Category), 120);
    header->resizeSection(int(ChangeListModel::Column::Severity), 80);
    header->resizeSection(int(ChangeListModel::Column::InQuote), 100);
    header->resizeSection(int(ChangeListModel::Column::Review), 150);

    auto *evidence = new QAction(tr("Copy as &Evidence"), m_table);
    connect(evidence, &QAction::triggered, this, [this] {
        const QVector<int> changes = selectedChanges();
        if (!changes.isEmpty())
            emit copyEvidenceRequested(changes);
    });
    m_table->addAction(evidence);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentChangeChanged(current.isValid() ? m_proxy->changeAt(current.row())
                                                            : -1);
            });
    // The search runs on the index, off the GUI thread for a long list (changesearchindex.h).
    connect(m_search, &QLineEdit::textChanged, m_searchIndex, &ChangeSearchIndex::search);
    connect(m_searchIndex, &ChangeSearchIndex::matchesReady, m_proxy, &ChangeFilterProxy::setSearchMatches);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChangeListPanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChangeListPanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChangeListPanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChangeListPanel::updateCounts);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_categoryButton);
    filters->addWidget(m_severityButton);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setTabOrder(m_categoryButton, m_severityButton);
    setTabOrder(m_severityButton, m_search);
    setTabOrder(m_search, m_table);
    updateCounts();
}

void ChangeListPanel::buildFilterMenus()
{
    m_categoryMenu = new QMenu(this);
    for (int c = 0; c < CategoryCount; ++c) {
        QAction *action = m_categoryMenu->addAction(ChangeStyle::categoryName(Category(c)));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            m_proxy->setCategoryVisible(Category(c), on);
            updateCounts(); // the button counts the categories shown, rows or not
        });
        m_categoryActions.append(action);
    }
    m_categoryMenu->addSeparator();
    connect(m_categoryMenu->addAction(tr("Show &All")), &QAction::triggered, this, [this] {
        for (QAction *a : std::as_const(m_categoryActions))
            a->setChecked(true);
    });
    // The label names the categories it keeps from the one list of them: it once named
    // three while four stayed checked, and the button then counted one more than it said.
    QStringList facts;
    for (int c = 0; c < CategoryCount; ++c) {
        if (isFactCategory(Category(c)))
            facts << ChangeStyle::categoryName(Category(c));
    }
    const QString kept = facts.join(QStringLiteral(", "));
    //: %1 lists the categories kept, e.g. "number, name, speaker, polarity"
    QAction *onlyFacts = m_categoryMenu->addAction(tr("Show Only &Facts (%1)").arg(kept));
    connect(onlyFacts, &QAction::triggered, this, [this] {
        for (int c = 0; c < CategoryCount; ++c)
            m_categoryActions[c]->setChecked(isFactCategory(Category(c)));
    });
    m_categoryButton->setMenu(m_categoryMenu);

    m_severityMenu = new QMenu(this);
    for (int s = SeverityCount - 1; s >= 0; --s) {
        QAction *action = m_severityMenu->addAction(ChangeStyle::severityName(Severity(s)));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, s](bool on) {
            m_proxy->setSeverityVisible(Severity(s), on);
            updateCounts();
        });
        m_severityActions.prepend(action);
    }
    m_severityButton->setMenu(m_severityMenu);
}

void ChangeListPanel::setComparison(const ComparisonPtr &comparison)
{
    m_comparison = comparison;
    if (!m_proxy->searchText().isEmpty()) // nothing shown until the new changes are searched
        m_proxy->setSearchMatches(m_proxy->searchText(),
                                  QBitArray(comparison ? comparison->changes.size() : 0));
    m_model->setComparison(comparison);
    std::array<QString, CategoryCount> names;
    for (int c = 0; c < CategoryCount; ++c)
        names[c] = ChangeStyle::categoryName(Category(c));
    m_searchIndex->setComparison(comparison, names);
    m_proxy->setComparison(comparison);
    const auto counts = comparison ? comparison->countByCategory()
                                   : std::array<int, CategoryCount>{};
    for (int c = 0; c < CategoryCount; ++c) {
        m_categoryActions[c]->setText(
            tr("%1 (%2)").arg(ChangeStyle::categoryName(Category(c))).arg(counts[c]));
    }
    updateCounts();
}

void ChangeListPanel::setColours(const Palette &palette)
{
    m_model->setColours(palette);
}

void ChangeListPanel::setMarks(const QHash<int, PlacedMark> &marks)
{
    m_model->setMarks(marks);
}

int ChangeListPanel::currentChange() const
{
    const int row = selectedRow(m_table);
    return row < 0 ? -1 : m_proxy->changeAt(row);
}

void ChangeListPanel::selectProxyRow(int row)
{
    selectRow(m_table, row);
}

void ChangeListPanel::setCurrentChange(int changeIndex)
{
    if (changeIndex == currentChange())
        return;
    selectProxyRow(m_proxy->rowOfChange(changeIndex));
}

int ChangeListPanel::step(bool backwards)
{
    return m_proxy->changeAt(stepRow(m_table, backwards));
}

void ChangeListPanel::setCategoryVisible(Category category, bool visible)
{
    m_categoryActions[int(category)]->setChecked(visible);
}

void ChangeListPanel::setSeverityVisible(Severity severity, bool visible)
{
    m_severityActions[int(severity)]->setChecked(visible);
}

void ChangeListPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ChangeListPanel::setSynonymsHidden(bool hidden)
{
    m_proxy->setSynonymsHidden(hidden);
}

QVector<int> ChangeListPanel::selectedChanges() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<int> changes;
    for (const QModelIndex &row : std::as_const(rows))
        changes.append(m_proxy->changeAt(row.row()));
    return changes;
}

int ChangeListPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void ChangeListPanel::updateCounts()
{
    // The filter buttons say when they hide something.
    auto checked = [](const QList<QAction *> &actions) {
        return int(std::count_if(actions.begin(), actions.end(),
                                 [](const QAction *a) { return a->isChecked(); }));
    };
    const int categories = checked(m_categoryActions);
    m_categoryButton->setText(categories == CategoryCount
                                  ? tr("&Categories")
                                  : tr("&Categories (%1 of %2)").arg(categories).arg(CategoryCount));
    const int severities = checked(m_severityActions);
    m_severityButton->setText(severities == SeverityCount
                                  ? tr("Se&verity")
                                  : tr("Se&verity (%1 of %2)").arg(severities).arg(SeverityCount));

    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString total = all == 1 ? tr("1 change") : tr("%1 changes").arg(all);
    m_count->setText(shown == all ? total : tr("%1 of %2").arg(shown).arg(total));
}

} // namespace Recension::Ui
