#pragma once

#include "compare/comparison.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Recension::Ui {

/// @brief The status bar's permanent part: meaning and wording kept, counts per category of the
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
    /// @brief The similarity line: "Meaning kept 84 % · Wording kept 41 %".
    QString similarityText() const;
    /// @brief A share as a percentage: "84 %"; "> 99.9 %" when it would read 100 % but is
    /// not whole or a change of substance remains (a change other than case, punctuation
    /// or format).
    static QString percent(double share, bool changed);
    /// @brief True when a change other than case, punctuation or format remains.
    static bool hasSubstantiveChange(const Comparison &comparison);
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
