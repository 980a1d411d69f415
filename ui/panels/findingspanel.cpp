#include "ui/panels/findingspanel.h"

#include "ui/panels/findinglistmodel.h"
#include "ui/panels/tableselection.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Recension::Ui {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingListModel(this))
{
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of findings"));
    m_count->setWordWrap(true);
    m_orphans = new QLabel(this);
    m_orphans->setAccessibleName(tr("Review marks not found"));
    m_orphans->setWordWrap(true);
    m_orphans->hide();

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Findings"));
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(int(FindingListModel::Column::Gist), QHeaderView::Stretch);
    header->resizeSection(int(FindingListModel::Column::Severity), 90);
    header->resizeSection(int(FindingListModel::Column::Kind), 210);
    header->resizeSection(int(FindingListModel::Column::Places), 60);
    header->resizeSection(int(FindingListModel::Column::Speaker), 140);
    header->resizeSection(int(FindingListModel::Column::Review), 150);

    auto *evidence = new QAction(tr("Copy as &Evidence"), m_table);
    connect(evidence, &QAction::triggered, this, [this] {
        if (currentFinding() >= 0)
            emit copyEvidenceRequested(currentFinding());
    });
    m_table->addAction(evidence);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentFindingChanged(current.isValid() ? m_model->findingAt(current.row())
                                                             : -1);
            });
    // Enter and double-click both arrive as activated.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit findingActivated(m_model->findingAt(index.row()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_count);
    layout->addWidget(m_orphans);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void FindingsPanel::setComparison(const ComparisonPtr &comparison)
{
    m_model->setComparison(comparison);
    if (!comparison) {
        m_count->clear();
        return;
    }
    const auto bySeverity = comparison->countFindingsBySeverity();
    const int high = bySeverity[int(Severity::High)];
    const int medium = bySeverity[int(Severity::Medium)];
    if (high + medium == 0)
        m_count->setText(tr("No findings: no change of fact, quotation or claim to check."));
    else
        m_count->setText(tr("To check: %1 high, %2 medium. F8 steps through them, Enter goes "
                            "to one.")
                             .arg(high)
                             .arg(medium));
}

void FindingsPanel::setColours(const Palette &palette)
{
    m_model->setColours(palette);
}

void FindingsPanel::setMarks(const QHash<int, PlacedMark> &marks)
{
    m_model->setMarks(marks);
}

void FindingsPanel::setOrphanedMarks(int count)
{
    m_orphans->setVisible(count > 0);
    m_orphans->setText(count == 1
        ? tr("1 review mark of these versions no longer finds its words; it is kept and comes "
             "back if they do.")
        : tr("%1 review marks of these versions no longer find their words; they are kept and "
             "come back if the words do.").arg(count));
}

int FindingsPanel::currentFinding() const
{
    const int row = selectedRow(m_table);
    return row < 0 ? -1 : m_model->findingAt(row);
}

void FindingsPanel::setCurrentFinding(int findingIndex)
{
    if (findingIndex == currentFinding())
        return;
    selectRow(m_table, m_model->rowOfFinding(findingIndex));
}

int FindingsPanel::step(bool backwards)
{
    return m_model->findingAt(stepRow(m_table, backwards));
}

int FindingsPanel::count() const
{
    return m_model->rowCount();
}

} // namespace Recension::Ui
