#include "ui/panels/factspanel.h"

#include "ui/view/changestyle.h"
#include "ui/panels/tableselection.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Recension::Ui {

namespace {

enum class Column { Kind, Status, LeftText, RightText, Context };
constexpr int ColumnCount = 5;
constexpr int StatusRole = Qt::UserRole + 1; ///< int: FactStatus
constexpr int SortRole = Qt::UserRole + 2;
/// Characters of context shown on either side of a fact.
constexpr int kContext = 50;

QString kindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Number: return FactsPanel::tr("number");
    case FactKind::Name: return FactsPanel::tr("name");
    case FactKind::Title: return FactsPanel::tr("title");
    case FactKind::Organisation: return FactsPanel::tr("organisation");
    case FactKind::Date: return FactsPanel::tr("date");
    }
    return {};
}

QString statusName(FactStatus status)
{
    switch (status) {
    case FactStatus::Same: return FactsPanel::tr("same");
    case FactStatus::Changed: return FactsPanel::tr("changed");
    case FactStatus::Missing: return FactsPanel::tr("missing");
    case FactStatus::Added: return FactsPanel::tr("added");
    }
    return {};
}

/// The words around a span in its paragraph, cut at spaces, with ellipses where cut.
QString contextOf(const Comparison &c, Side side, const Span &span)
{
    if (span.isNull() || !c.documents[side] || span.paragraph >= c.documents[side]->paragraphs.size())
        return {};
    const QString &text = c.documents[side]->paragraphs[span.paragraph].text;
    int from = std::max(0, span.start - kContext);
    int to = std::min(int(text.size()), span.end + kContext);
    while (from > 0 && from < span.start && !text.at(from - 1).isSpace())
        ++from;
    while (to < text.size() && to > span.end && !text.at(to).isSpace())
        --to;
    QString context = text.mid(from, to - from).simplified();
    if (from > 0)
        context.prepend(QChar(0x2026));
    if (to < text.size())
        context.append(QChar(0x2026));
    return context;
}

} // namespace

/// @brief The facts of a comparison, one per row; row r is Comparison::facts[r].
class FactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit FactTableModel(QObject *parent)
        : QAbstractTableModel(parent)
    {
    }

    void setComparison(const ComparisonPtr &comparison)
    {
        beginResetModel();
        m_comparison = comparison;
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_comparison ? 0 : int(m_comparison->facts.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || !m_comparison || index.row() >= m_comparison->facts.size())
            return {};
        const Fact &fact = m_comparison->facts[index.row()];
        const auto column = Column(index.column());
        switch (role) {
        case StatusRole:
            return int(fact.status);
        case SortRole:
            if (column == Column::Kind)
                return int(fact.kind);
            if (column == Column::Status)
                return int(fact.status);
            return data(index, Qt::DisplayRole);
        case Qt::ToolTipRole:
            return tooltip(fact);
        case Qt::AccessibleTextRole:
        case Qt::DisplayRole:
            switch (column) {
            case Column::Kind: return kindName(fact.kind);
            case Column::Status: return statusName(fact.status);
            case Column::LeftText: return text(Left, fact);
            case Column::RightText: return text(Right, fact);
            case Column::Context: {
                const Side side = fact.sides[Left].isNull() ? Right : Left;
                return contextOf(*m_comparison, side, fact.sides[side]);
            }
            }
            return {};
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (Column(section)) {
        case Column::Kind: return tr("Kind");
        case Column::Status: return tr("Status");
        case Column::LeftText: return tr("Left");
        case Column::RightText: return tr("Right");
        case Column::Context: return tr("Context");
        }
        return {};
    }

private:
    QString text(Side side, const Fact &fact) const
    {
        return fact.sides[side].isNull() ? QString()
                                         : m_comparison->spanText(side, fact.sides[side]).simplified();
    }

    QString tooltip(const Fact &fact) const
    {
        QStringList names;
        for (int id : fact.changes)
            if (id >= 1 && id <= m_comparison->changes.size())
                names << tr("#%1 %2").arg(id).arg(ChangeStyle::categoryName(m_comparison->changes[id - 1].category));
        return names.isEmpty() ? QString() : tr("Changes: %1").arg(names.join(QStringLiteral(", ")));
    }

    ComparisonPtr m_comparison;
};

/// @brief Hides the facts that stayed the same unless asked for them.
class FactFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FactFilterProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

    void setShowUnchanged(bool show)
    {
        if (m_showUnchanged == show)
            return;
        m_showUnchanged = show;
        invalidateFilter();
    }
    bool showsUnchanged() const { return m_showUnchanged; }

    int factAt(int proxyRow) const
    {
        if (proxyRow < 0 || proxyRow >= rowCount())
            return -1;
        return mapToSource(index(proxyRow, 0)).row();
    }
    int rowOfFact(int factIndex) const
    {
        if (!sourceModel() || factIndex < 0 || factIndex >= sourceModel()->rowCount())
            return -1;
        const QModelIndex mapped = mapFromSource(sourceModel()->index(factIndex, 0));
        return mapped.isValid() ? mapped.row() : -1;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return m_showUnchanged
            || sourceModel()->index(sourceRow, 0, sourceParent).data(StatusRole).toInt()
                   != int(FactStatus::Same);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        // Equal keys keep the document order.
        const QVariant a = left.data(SortRole);
        const QVariant b = right.data(SortRole);
        if (a != b)
            return QSortFilterProxyModel::lessThan(left, right);
        return left.row() < right.row();
    }

private:
    bool m_showUnchanged = false;
};

FactsPanel::FactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FactTableModel(this))
    , m_proxy(new FactFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_showUnchanged = new QCheckBox(tr("Show &unchanged facts"), this);
    m_showUnchanged->setAccessibleName(tr("Show unchanged facts"));
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of facts shown"));

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Facts"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleDescription(
        tr("Numbers, dates, names, titles and organisations, and what became of them"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // document order until a header is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::Context), QHeaderView::Stretch);
    header->resizeSection(int(Column::Kind), 100);
    header->resizeSection(int(Column::Status), 80);
    header->resizeSection(int(Column::LeftText), 180);
    header->resizeSection(int(Column::RightText), 180);

    connect(m_showUnchanged, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowUnchanged(on);
        updateCounts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit factActivated(m_proxy->factAt(current.row()));
            });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit factActivated(m_proxy->factAt(index.row()));
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_showUnchanged);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setTabOrder(m_showUnchanged, m_table);
    updateCounts();
}

void FactsPanel::setComparison(const ComparisonPtr &comparison)
{
    m_comparison = comparison;
    m_model->setComparison(comparison);
    updateCounts();
}

void FactsPanel::setShowUnchanged(bool show)
{
    m_showUnchanged->setChecked(show);
}

bool FactsPanel::showsUnchanged() const
{
    return m_proxy->showsUnchanged();
}

int FactsPanel::currentFact() const
{
    const int row = selectedRow(m_table);
    return row < 0 ? -1 : m_proxy->factAt(row);
}

void FactsPanel::setCurrentFact(int factIndex)
{
    if (factIndex == currentFact())
        return;
    selectRow(m_table, m_proxy->rowOfFact(factIndex));
}

int FactsPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void FactsPanel::updateCounts()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%n fact(s)", nullptr, all)
                                  : tr("%1 of %n fact(s)", nullptr, all).arg(shown));
}

} // namespace Recension::Ui

#include "factspanel.moc"
