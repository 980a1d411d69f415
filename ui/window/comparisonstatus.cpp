#include "ui/window/comparisonstatus.h"

#include "report/reportstrings.h"
#include "ui/view/changestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace Recension::Ui {

ComparisonStatus::ComparisonStatus(QWidget *parent)
    : QWidget(parent)
{
    m_similarity = new QLabel(this);
    m_similarity->setAccessibleName(tr("Meaning and wording kept"));
    m_similarity->setToolTip(
        tr("Meaning kept: share of the words of both versions found again in the other, "
           "equal or a synonym. Wording kept: share found again word for word. A spun copy "
           "keeps the meaning and loses the wording."));
    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Changes per category"));
    // In a narrow window the counts give way; the two figures keep their room.
    m_counts->setMinimumWidth(1);
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
    const bool changed = hasSubstantiveChange(*comparison);
    //: the two similarity figures of the status bar
    m_similarity->setText(tr("Meaning kept %1 · Wording kept %2")
                              .arg(percent(comparison->similarity, changed),
                                   percent(comparison->wordsKept, changed)));
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

bool ComparisonStatus::hasSubstantiveChange(const Comparison &comparison)
{
    return std::any_of(comparison.changes.begin(), comparison.changes.end(),
                       [](const Change &change) {
                           return change.category != Category::Case
                               && change.category != Category::Punctuation
                               && change.category != Category::Format;
                       });
}

QString ComparisonStatus::percent(double share, bool changed)
{
    // A substantive change keeps the figure short of whole even if the engine said 1.
    return keptPercent(changed ? std::min(share, 0.9999) : share, 0);
}

QString ComparisonStatus::similarityText() const
{
    return m_similarity->text();
}

QString ComparisonStatus::summaryText() const
{
    return m_counts->text() + QLatin1Char(' ') + m_similarity->text();
}

} // namespace Recension::Ui
