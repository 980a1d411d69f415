#pragma once

#include "compare/comparison.h"

#include <QLabel>

namespace Recension::Ui {

/// @brief The one line above the panes that says what the findings are: "3 names ·
/// 1 number · 1 negation · 4 quotations altered · 1 claim dropped". Each part is a link
/// to the first finding it counts.
class FindingSummary final : public QLabel
{
    Q_OBJECT
public:
    /// One part of the line: its text and the first finding it counts.
    struct Part
    {
        QString text;
        int firstFinding = -1;
    };

    explicit FindingSummary(QWidget *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);

    /// @brief The parts of the line, in the order of the finding kinds.
    static QVector<Part> parts(const Comparison &comparison);
    /// @brief The line as plain text ("No findings…" when there is none).
    static QString plainText(const Comparison &comparison);

signals:
    void findingRequested(int findingIndex);
};

} // namespace Recension::Ui
