#pragma once

#include "compare/comparison.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Recension::Ui {

/// @brief The status bar's permanent part: similarity and counts per category of the
/// comparison shown, or, while one runs, a progress bar and a Cancel button.
class ComparisonStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonStatus(QWidget *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);
    void setRunning(bool running);
    void setProgress(int done, int total);
    QString summaryText() const;
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QLabel *m_similarity = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Recension::Ui
