#include "ui/panels/documentlistpanel.h"

#include "ui/dialogs/provenancedialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Recension::Ui {

DocumentListPanel::DocumentListPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Open versions"));
    m_list->setToolTip(tr("The open versions. Right-click (or the menu key) to compare one "
                          "as the left or right side, make it the base or edit where it "
                          "was published."));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setAlternatingRowColors(true);
    // A long file name loses its middle, never its end: "(base, left)" stays readable in a
    // narrow dock; the whole name is in the tooltip.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto addAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (currentIndex() >= 0)
                slot(currentIndex());
        });
        m_list->addAction(action);
        return action;
    };
    addAction(tr("Compare as &Left"), QKeySequence(Qt::ALT | Qt::Key_Left),
              [this](int index) { m_workspace->chooseVersion(Left, index); });
    addAction(tr("Compare as &Right"), QKeySequence(Qt::ALT | Qt::Key_Right),
              [this](int index) { m_workspace->chooseVersion(Right, index); });
    addAction(tr("Set as &Base"), QKeySequence(Qt::ALT | Qt::Key_B),
              [this](int index) { m_workspace->setBase(index); });
    addAction(tr("Edit &Provenance…"), QKeySequence(Qt::ALT | Qt::Key_Return),
              [this](int index) { editProvenance(index); });
    addAction(tr("&Remove"), QKeySequence::Delete,
              [this](int index) { emit removeRequested(index); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_workspace->chooseVersion(Right, m_list->row(item));
    });

    m_baseButton = new QPushButton(tr("Set as &Base"), this);
    m_baseButton->setToolTip(tr("Read the other versions against the selected one (the source)"));
    connect(m_baseButton, &QPushButton::clicked, this,
            [this] { m_workspace->setBase(currentIndex()); });
    m_provenanceButton = new QPushButton(tr("Edit &Provenance…"), this);
    m_provenanceButton->setToolTip(
        tr("Edit the outlet, URL and dates of the selected version, as a citation names them"));
    connect(m_provenanceButton, &QPushButton::clicked, this,
            [this] { editProvenance(currentIndex()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentListPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_baseButton);
    buttons->addWidget(m_provenanceButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_familyButton = new QPushButton(tr("&Family View…"), this);
    m_familyButton->setToolTip(tr("Every open version at once: who copied whom, verdicts, quotations"));
    connect(m_familyButton, &QPushButton::clicked, this, &DocumentListPanel::familyViewRequested);
    layout->addLayout(buttons);
    layout->addWidget(m_familyButton);

    connect(m_workspace, &Workspace::versionsChanged, this, &DocumentListPanel::refresh);
    connect(m_workspace, &Workspace::pairChanged, this, &DocumentListPanel::refresh);
    refresh();
}

int DocumentListPanel::currentIndex() const
{
    return m_list->currentRow();
}

QString DocumentListPanel::rowText(const Workspace &workspace, int index)
{
    const DocumentPtr doc = workspace.at(index);
    if (!doc)
        return {};
    QStringList roles;
    if (index == workspace.base())
        roles << tr("base");
    const std::array<int, 2> pair = workspace.pair();
    if (index == pair[Left])
        roles << tr("left");
    if (index == pair[Right])
        roles << tr("right");
    if (roles.isEmpty())
        return doc->label();
    //: a version in the list, then what it is: "(base, left)"
    return tr("%1  (%2)").arg(doc->label(), roles.join(tr(", ")));
}

void DocumentListPanel::editProvenance(int index)
{
    const DocumentPtr doc = m_workspace->at(index);
    if (!doc)
        return;
    ProvenanceDialog dialog(*doc, this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace->setProvenance(m_workspace->indexOf(doc), dialog.provenance());
}

void DocumentListPanel::refresh()
{
    const int current = m_list->currentRow();
    const std::array<int, 2> pair = m_workspace->pair();
    m_list->clear();
    for (int i = 0; i < m_workspace->count(); ++i) {
        const DocumentPtr doc = m_workspace->at(i);
        auto *item = new QListWidgetItem(rowText(*m_workspace, i), m_list);
        QStringList tip{rowText(*m_workspace, i), doc->path};
        if (const QString citation = doc->citation(); !citation.isEmpty())
            tip << citation;
        tip << tr("%1 paragraphs, %2 words, %3")
                   .arg(doc->paragraphs.size())
                   .arg(doc->wordCount)
                   .arg(doc->encoding);
        item->setToolTip(tip.join(QLatin1Char('\n')));
        if (i == pair[Left] || i == pair[Right]) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    updateButtons();
}

void DocumentListPanel::updateButtons()
{
    const int current = currentIndex();
    m_baseButton->setEnabled(current >= 0 && current != m_workspace->base());
    m_provenanceButton->setEnabled(current >= 0);
}

} // namespace Recension::Ui
