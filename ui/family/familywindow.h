#pragma once

#include "family/family.h"
#include "workspace/familymarks.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Recension::Ui {

class FactGridModel;
class FamilyMatrixModel;
class FamilyRunner;
class LineageView;
class QuoteGridModel;

/// @brief The family of versions of one story in one window: the matrix of every pair, the
/// lineage tree with its evidence, each version's verdict against the base, and the
/// quotation and fact grids. The analysis runs off the GUI thread with progress and
/// cancel; a click on a pair (or Enter) asks for that pair side by side. Review marks show
/// as ✓/✗ on their pair in the matrix and on their cells in the grids.
class FamilyWindow final : public QWidget
{
    Q_OBJECT
public:
    /// The lower tabs, in order.
    enum Tab { VerdictsTab = 0, QuotationsTab = 1, FactsTab = 2 };

    explicit FamilyWindow(QWidget *parent = nullptr);

    /// @brief Starts analysing `versions` against `base`; the previous run, if any, is dropped.
    /// Pairs the family shown already holds, or that `elsewhere` knows, are not compared
    /// again: adding a version to a family of ten compares ten pairs, not fifty-five.
    void analyse(const QVector<DocumentPtr> &versions, int base, const CompareOptions &options,
                 const KnownComparison &elsewhere = {});
    /// @brief The review marks to show (version indices as in the versions analysed).
    void setMarks(const ReviewMarks &marks);
    const FamilyMarks &placedMarks() const { return m_placed; }
    /// @brief Shows a family already analysed; familyShown() follows once every part shows it.
    void setFamily(const FamilyPtr &family);
    const FamilyPtr &family() const { return m_family; }
    FamilyRunner *runner() const { return m_runner; }

    QTableView *matrixView() const { return m_matrix; }
    FamilyMatrixModel *matrixModel() const { return m_matrixModel; }
    LineageView *lineageView() const { return m_lineage; }
    QTreeWidget *verdictList() const { return m_verdicts; }
    QuoteGridModel *quoteModel() const { return m_quoteModel; }
    FactGridModel *factModel() const { return m_factModel; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    /// Compare these two versions side by side (indices into the versions analysed).
    void pairRequested(int left, int right);
    /// Every part of the view shows the family set last (they are filled in turns).
    void familyShown();

private:
    void showProgress(int done, int total);
    void showCancelled();
    void fillVerdicts();
    void requestPair(int left, int right);
    void placeMarks();

    FamilyRunner *m_runner = nullptr;
    ReviewMarks m_marks;
    FamilyMarks m_placed;
    FamilyPtr m_family;
    QVector<DocumentPtr> m_versions;
    int m_base = 0;
    int m_fillGeneration = 0;
    CompareOptions m_options;

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_again = nullptr;
    QSplitter *m_upper = nullptr;
    QTableView *m_matrix = nullptr;
    FamilyMatrixModel *m_matrixModel = nullptr;
    LineageView *m_lineage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_verdicts = nullptr;
    QTableView *m_quotes = nullptr;
    QuoteGridModel *m_quoteModel = nullptr;
    QTableView *m_facts = nullptr;
    FactGridModel *m_factModel = nullptr;
};

} // namespace Recension::Ui
