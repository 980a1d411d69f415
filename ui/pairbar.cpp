#include "ui/pairbar.h"

#include "document/documentset.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QToolButton>

namespace Recension::Ui {

PairBar::PairBar(DocumentSet *documents, QAction *swapAction, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
{
    for (int side = 0; side < 2; ++side) {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setAccessibleName(side == 0 ? tr("Left version") : tr("Right version"));
        combo->setToolTip(side == 0 ? tr("The version shown in the left column")
                                    : tr("The version shown in the right column"));
        connect(combo, &QComboBox::activated, this, [this, side](int index) {
            std::array<int, 2> pair = m_pair;
            pair[size_t(side)] = index;
            emit pairRequested(pair[0], pair[1]);
        });
        m_combos[size_t(side)] = combo;
    }
    m_swap = new QToolButton(this);
    m_swap->setDefaultAction(swapAction);
    m_swap->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_combos[0], 1);
    layout->addWidget(m_swap);
    layout->addWidget(m_combos[1], 1);

    connect(m_documents, &DocumentSet::documentAdded, this, &PairBar::refresh);
    connect(m_documents, &DocumentSet::documentRemoved, this, &PairBar::refresh);
    connect(m_documents, &DocumentSet::documentMoved, this, &PairBar::refresh);
    connect(m_documents, &DocumentSet::documentChanged, this, &PairBar::refresh);
    refresh();
}

void PairBar::setPair(std::array<int, 2> pair)
{
    m_pair = pair;
    refresh();
}

std::array<int, 2> PairBar::pair() const
{
    return m_pair;
}

void PairBar::refresh()
{
    for (int side = 0; side < 2; ++side) {
        QComboBox *combo = m_combos[size_t(side)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (int i = 0; i < m_documents->count(); ++i)
            combo->addItem(m_documents->at(i)->displayName(), m_documents->at(i)->path);
        combo->setCurrentIndex(m_pair[size_t(side)]);
        combo->setEnabled(m_documents->count() > 0);
    }
}

} // namespace Recension::Ui
