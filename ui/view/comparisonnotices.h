#pragma once

#include "compare/comparison.h"

#include <QLabel>

namespace Recension::Ui {

/// @brief A line above the columns that says what changes how the comparison shown reads:
/// versions in different languages, a missing dictionary, paragraphs set aside as page
/// clutter. Hidden when there is nothing to say.
class ComparisonNotices final : public QLabel
{
    Q_OBJECT
public:
    explicit ComparisonNotices(QWidget *parent = nullptr);

    void setComparison(const ComparisonPtr &comparison);
    /// @brief The notices shown, one a line (empty when hidden).
    QStringList notices() const { return m_notices; }

private:
    QStringList m_notices;
};

} // namespace Recension::Ui
