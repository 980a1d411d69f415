#include "ui/window/pairbar.h"

#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QToolButton>

namespace Recension::Ui {

PairBar::PairBar(Workspace *workspace, QAction *swapAction, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    for (Side side : {Left, Right}) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(side == Left ? QStringLiteral("leftPicker")
                                          : QStringLiteral("rightPicker"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setAccessibleName(side == Left ? tr("Left version") : tr("Right version"));
        combo->setToolTip(side == Left
                              ? tr("The version shown in the left column; picking the right "
                                   "one swaps the sides")
                              : tr("The version shown in the right column; picking the left "
                                   "one swaps the sides"));
        connect(combo, &QComboBox::activated, this, [this, side](int index) {
            m_workspace->chooseVersion(side, index);
            // Until the comparison is ready the pair shown stays the one before.
            refresh();
        });
        m_combos[size_t(side)] = combo;
    }
    m_swap = new QToolButton(this);
    m_swap->setDefaultAction(swapAction);
    m_swap->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_combos[Left], 1);
    layout->addWidget(m_swap);
    layout->addWidget(m_combos[Right], 1);

    connect(m_workspace, &Workspace::versionsChanged, this, &PairBar::refresh);
    connect(m_workspace, &Workspace::pairChanged, this, &PairBar::refresh);
    connect(m_workspace, &Workspace::comparisonCancelled, this, &PairBar::refresh);
    refresh();
}

QString PairBar::itemText(const Workspace &workspace, int index)
{
    const DocumentPtr document = workspace.at(index);
    if (!document)
        return {};
    if (index == workspace.base())
        //: a version in a picker, marked as the base the others are read against
        return tr("%1 (base)").arg(document->label());
    return document->label();
}

void PairBar::refresh()
{
    const std::array<int, 2> pair = m_workspace->pair();
    for (Side side : {Left, Right}) {
        QComboBox *combo = m_combos[size_t(side)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (int i = 0; i < m_workspace->count(); ++i) {
            combo->addItem(itemText(*m_workspace, i), m_workspace->at(i)->path);
            combo->setItemData(i, m_workspace->at(i)->citation(), Qt::ToolTipRole);
        }
        combo->setCurrentIndex(pair[side]);
        combo->setEnabled(m_workspace->count() > 1);
    }
}

} // namespace Recension::Ui
