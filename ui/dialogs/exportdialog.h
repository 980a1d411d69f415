#pragma once

#include "compare/comparison.h"
#include "report/reportexport.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace Recension::Ui {

/// @brief File › Export Report…: format (PDF, HTML, JSON, Word), paper, how much text, the
/// change table, and where.
/// The report is written on a worker thread with a progress bar; an existing file is
/// replaced only when the user said so, and a compared version never.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ComparisonPtr comparison, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ReportFormat format() const;
    QString path() const;
    void setPath(const QString &path);
    /// @brief The review marks the PDF and HTML print (on the findings and the change table).
    void setMarks(const ComparisonMarks &marks) { m_marks = marks; }
    /// @brief Writes the report now (what the Export button does); false when it failed
    /// or was refused, with the reason shown.
    void startExport();
    /// @brief Where a report goes by default: the folder of the last export, else the
    /// user's documents folder (never the compared files' folder).
    static QString defaultFolder();

signals:
    void exportFinished(bool ok, const QString &path);

private:
    void formatChanged();
    void browse();
    void finished();
    QString defaultPath(ReportFormat format) const;

    ComparisonPtr m_comparison;
    ComparisonMarks m_marks;
    QComboBox *m_format = nullptr;
    QComboBox *m_paper = nullptr;
    QRadioButton *m_full = nullptr;
    QRadioButton *m_changesOnly = nullptr;
    QRadioButton *m_factsOnly = nullptr;
    QCheckBox *m_changesTable = nullptr;
    QLineEdit *m_path = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_confirmedPath; ///< a path whose replacement the file dialog already confirmed
    QFutureWatcher<QString> m_watcher;
};

} // namespace Recension::Ui
