#include "ui/family/familywindow.h"

#include "report/familytext.h"
#include "ui/family/familygridmodels.h"
#include "ui/family/familymatrixmodel.h"
#include "ui/family/familyrunner.h"
#include "ui/family/lineageview.h"
#include "workspace/comparisoncache.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace Recension::Ui {

namespace {

constexpr int kMatrixSection = 118;
constexpr int kGridSection = 190;

QTableView *gridView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideRight);
    // Fixed sizes: measuring every cell of a 50-version family would stall the GUI thread.
    view->horizontalHeader()->setDefaultSectionSize(kGridSection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setDefaultSectionSize(3 * view->fontMetrics().lineSpacing() + 6);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

FamilyWindow::FamilyWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_runner(new FamilyRunner(this))
{
    setWindowTitle(tr("Family of Versions"));
    setObjectName(QStringLiteral("familyWindow"));
    const Palette palette = Palette::make(ColourScheme::System, this->palette());

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    m_again = new QPushButton(tr("Compare Again"), this);
    m_again->setToolTip(tr("Compare every pair of the versions again"));
    m_again->setVisible(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_again);

    m_matrixModel = new FamilyMatrixModel(this);
    m_matrixModel->setPalette(palette);
    m_matrix = new QTableView(this);
    m_matrix->setModel(m_matrixModel);
    m_matrix->setAccessibleName(tr("Every pair: meaning kept / wording kept"));
    m_matrix->setToolTip(tr("Meaning kept / wording kept for every pair; "
                            "\u2261 same text, \u2248 reworded, \u223c partly, \u2260 different. "
                            "Click a pair to compare it side by side."));
    m_matrix->horizontalHeader()->setDefaultSectionSize(kMatrixSection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_matrix, &QTableView::clicked, this,
            [this](const QModelIndex &index) { requestPair(index.row(), index.column()); });
    connect(m_matrix, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (QApplication::mouseButtons() == Qt::NoButton) // Enter; a click was handled above
            requestPair(index.row(), index.column());
    });
    auto *matrixBox = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    auto *legend = new QLabel(tr("Meaning kept / wording kept. \u2261 same text \u00b7 "
                                 "\u2248 same meaning, reworded \u00b7 \u223c partly the same "
                                 "\u00b7 \u2260 different. Review marks: \u2713 checked, "
                                 "\u2717 disputed."), matrixBox);
    legend->setWordWrap(true);
    matrixLayout->addWidget(legend);
    matrixLayout->addWidget(m_matrix, 1);

    m_lineage = new LineageView(this);
    m_lineage->setPalette(palette);
    connect(m_lineage, &LineageView::versionActivated, this, [this](int version) {
        if (m_family)
            requestPair(m_family->base, version);
    });

    m_verdicts = new QTreeWidget(this);
    m_verdicts->setHeaderLabels({tr("Version"), tr("Verdict against the base"), tr("Figures"),
                                 tr("Examples")});
    m_verdicts->setRootIsDecorated(false);
    m_verdicts->setWordWrap(true);
    m_verdicts->header()->setDefaultSectionSize(220);
    m_verdicts->header()->resizeSection(2, 420);
    connect(m_verdicts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (m_family)
            requestPair(m_family->base, item->data(0, Qt::UserRole).toInt());
    });

    m_quoteModel = new QuoteGridModel(this);
    m_quoteModel->setPalette(palette);
    m_quotes = gridView(m_quoteModel, this);
    m_factModel = new FactGridModel(this);
    m_factModel->setPalette(palette);
    m_facts = gridView(m_factModel, this);
    m_facts->verticalHeader()->setDefaultSectionSize(m_facts->fontMetrics().lineSpacing() + 8);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_verdicts, tr("&Verdicts"));
    m_tabs->addTab(m_quotes, tr("&Quotations"));
    m_tabs->addTab(m_facts, tr("F&acts"));

    auto *upper = new QSplitter(Qt::Horizontal, this);
    m_upper = upper;
    upper->addWidget(matrixBox);
    upper->addWidget(m_lineage);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    resize(1280, 860);

    connect(m_cancel, &QPushButton::clicked, m_runner, &FamilyRunner::cancel);
    connect(m_again, &QPushButton::clicked, this,
            [this] { analyse(m_versions, m_base, m_options); });
    connect(m_runner, &FamilyRunner::progressChanged, this, &FamilyWindow::showProgress);
    connect(m_runner, &FamilyRunner::finished, this, &FamilyWindow::setFamily);
    connect(m_runner, &FamilyRunner::cancelled, this, &FamilyWindow::showCancelled);
}

void FamilyWindow::analyse(const QVector<DocumentPtr> &versions, int base,
                           const CompareOptions &options, const KnownComparison &elsewhere)
{
    m_versions = versions;
    m_base = base;
    m_options = options;
    placeMarks();
    if (versions.size() < 2) {
        m_runner->cancel();
        setFamily(nullptr);
        m_status->setText(tr("Open two or more versions of the story to see their family."));
        m_again->setVisible(false);
        return;
    }
    const int pairs = int(versions.size() * (versions.size() - 1) / 2);
    m_status->setText(tr("Comparing every pair of versions (%1 pairs)\u2026").arg(pairs));
    m_progress->setRange(0, pairs);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_again->setVisible(false);
    // The comparisons of the family shown, found by content (SHA-256, format, language)
    // and options: a version added, removed or re-titled leaves the other pairs as they were.
    ComparisonCache shown(m_family ? int(m_family->pairs.size()) + 1 : 1);
    if (m_family) {
        for (const FamilyPair &pair : m_family->pairs)
            shown.insert(pair.comparison);
    }
    m_runner->start(versions, base, options,
                    [shown, elsewhere, options](const DocumentPtr &left, const DocumentPtr &right) {
                        if (ComparisonPtr known = shown.find(left, right, options))
                            return known;
                        return elsewhere ? elsewhere(left, right) : ComparisonPtr();
                    });
}

void FamilyWindow::setMarks(const ReviewMarks &marks)
{
    m_marks = marks;
    placeMarks();
}

void FamilyWindow::placeMarks()
{
    // Marks count versions as the workspace does now: they are placed on the family shown
    // only while it holds those versions (not while a changed set of versions is analysed).
    m_placed = m_family && m_family->versions == m_versions ? FamilyMarks::place(*m_family, m_marks)
                                                            : FamilyMarks();
    m_matrixModel->setMarks(m_placed);
    m_quoteModel->setMarks(m_placed);
    m_factModel->setMarks(m_placed);
}

void FamilyWindow::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(tr("Compared %1 of %2 pairs\u2026").arg(done).arg(total));
}

void FamilyWindow::showCancelled()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_again->setVisible(!m_versions.isEmpty());
    m_status->setText(tr("Cancelled. The family shown, if any, is from before."));
}

void FamilyWindow::setFamily(const FamilyPtr &family)
{
    m_family = family;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_again->setVisible(family != nullptr);
    if (family) {
        m_versions = family->versions;
        m_base = family->base;
        m_options = family->options;
    }
    placeMarks();
    m_matrixModel->setFamily(family);
    // The other parts are filled one per turn of the event loop, so that a large family
    // never holds the GUI thread for all of them at once; a newer family drops the rest.
    const int generation = ++m_fillGeneration;
    const std::function<void()> steps[] = {
        [this] { m_lineage->setFamily(m_family); },
        [this] {
            m_quoteModel->setFamily(m_family);
            // Sections exist only once the models have columns.
            m_quotes->horizontalHeader()->resizeSection(QuoteGridModel::QuotationColumn, 340);
            m_quotes->horizontalHeader()->resizeSection(QuoteGridModel::SpeakerColumn, 120);
        },
        [this] {
            m_factModel->setFamily(m_family);
            m_facts->horizontalHeader()->resizeSection(FactGridModel::KindColumn, 110);
        },
        [this] { fillVerdicts(); },
        [this] { emit familyShown(); },
    };
    for (const std::function<void()> &step : steps) {
        QMetaObject::invokeMethod(this, [this, generation, step] {
            if (generation == m_fillGeneration)
                step();
        }, Qt::QueuedConnection);
    }
    if (family) {
        // The matrix as wide as its columns (at most half the window); the tree the rest.
        const int matrixWidth = std::min(width() / 2, m_matrix->verticalHeader()->sizeHint().width()
                                                          + int(family->versions.size()) * kMatrixSection
                                                          + 2 * m_matrix->frameWidth() + 24);
        m_upper->setSizes({matrixWidth, std::max(100, width() - matrixWidth)});
        m_status->setText(tr("Versions: %1; base: %2. Click a pair in the matrix to compare it "
                             "side by side.")
                              .arg(family->versions.size())
                              .arg(versionLabel(*family, family->base)));
    }
}

void FamilyWindow::fillVerdicts()
{
    m_verdicts->clear();
    if (!m_family)
        return;
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_family->versions.size(); ++i) {
        const Verdict &verdict = m_family->verdicts.value(i);
        auto *item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, i);
        item->setText(0, versionLabel(*m_family, i));
        item->setToolTip(0, m_family->versions[i]->title);
        item->setText(1, verdictName(verdict.kind));
        if (i != m_family->base) {
            item->setText(2, verdictFigures(verdict));
            item->setToolTip(2, verdictFigures(verdict));
            item->setText(3, verdict.examples.join(QLatin1Char('\n')));
            item->setToolTip(3, verdict.examples.join(QLatin1Char('\n')));
        }
        for (int column = 0; column < m_verdicts->columnCount(); ++column)
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        items.append(item);
    }
    m_verdicts->addTopLevelItems(items);
}

void FamilyWindow::requestPair(int left, int right)
{
    if (!m_family || left == right || left < 0 || right < 0)
        return;
    emit pairRequested(left, right);
    if (QWidget *main = parentWidget()) { // the pair opens there: bring it forward
        main->raise();
        main->activateWindow();
    }
}

} // namespace Recension::Ui
