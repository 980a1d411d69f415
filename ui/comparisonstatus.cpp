#include "ui/comparisonstatus.h"

#include "ui/changestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace Recension::Ui {

ComparisonStatus::ComparisonStatus(QWidget *parent)
    : QWidget(parent)
{
    m_similarity = new QLabel(this);
    m_similarity->setAccessibleName(tr("Similarity"));
    m_similarity->setToolTip(tr("Share of the words of both versions found again in the other "
                                "(equal, equivalent or a synonym)."));
    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Changes per category"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the comparison"));
    connect(m_cancel, &QPushButton::clicked, this, &ComparisonStatus::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addSpacing(12);
    layout->addWidget(m_similarity);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setRunning(false);
}

void ComparisonStatus::setComparison(const ComparisonPtr &comparison)
{
    if (!comparison) {
        m_similarity->clear();
        m_counts->clear();
        return;
    }
    m_similarity->setText(
        tr("Similarity %1 %").arg(int(std::lround(comparison->similarity * 100))));
    QStringList parts;
    const auto counts = comparison->countByCategory();
    for (int c = 0; c < CategoryCount; ++c) {
        if (counts[c] > 0)
            parts << tr("%1 %2").arg(ChangeStyle::categoryName(Category(c))).arg(counts[c]);
    }
    m_counts->setText(parts.isEmpty() ? tr("No changes") : parts.join(QStringLiteral(" · ")));
}

void ComparisonStatus::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_similarity->setVisible(!running);
    m_counts->setVisible(!running);
    if (running)
        m_progress->setRange(0, 0);
}

void ComparisonStatus::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qBound(0, done, qMax(1, total)));
}

QString ComparisonStatus::summaryText() const
{
    return m_counts->text() + QLatin1Char(' ') + m_similarity->text();
}

} // namespace Recension::Ui
