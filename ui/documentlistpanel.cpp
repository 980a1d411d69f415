#include "ui/documentlistpanel.h"

#include "document/documentset.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Recension::Ui {

DocumentListPanel::DocumentListPanel(DocumentSet *documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Open versions"));
    m_list->setToolTip(tr("The open versions. Right-click (or the menu key) to compare one "
                          "as the left or right side."));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setAlternatingRowColors(true);

    auto addAction = [this](const QString &text, const QKeySequence &key, auto signal) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, signal] {
            if (currentIndex() >= 0)
                emit(this->*signal)(currentIndex());
        });
        m_list->addAction(action);
        return action;
    };
    addAction(tr("Compare as &Left"), QKeySequence(Qt::ALT | Qt::Key_Left),
              &DocumentListPanel::compareAsLeftRequested);
    addAction(tr("Compare as &Right"), QKeySequence(Qt::ALT | Qt::Key_Right),
              &DocumentListPanel::compareAsRightRequested);
    addAction(tr("&Remove"), QKeySequence::Delete, &DocumentListPanel::removeRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit compareAsRightRequested(m_list->row(item));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *family = new QPushButton(tr("&Family View…"), this);
    family->setToolTip(tr("Every open version at once: who copied whom, verdicts, quotations"));
    connect(family, &QPushButton::clicked, this, &DocumentListPanel::familyViewRequested);
    layout->addWidget(family);

    connect(m_documents, &DocumentSet::documentAdded, this, &DocumentListPanel::refresh);
    connect(m_documents, &DocumentSet::documentRemoved, this, &DocumentListPanel::refresh);
    connect(m_documents, &DocumentSet::documentMoved, this, &DocumentListPanel::refresh);
    connect(m_documents, &DocumentSet::documentChanged, this, &DocumentListPanel::refresh);
    refresh();
}

void DocumentListPanel::setPair(std::array<int, 2> pair)
{
    m_pair = pair;
    refresh();
}

int DocumentListPanel::currentIndex() const
{
    return m_list->currentRow();
}

void DocumentListPanel::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_documents->count(); ++i) {
        const DocumentPtr doc = m_documents->at(i);
        QString label = doc->displayName();
        if (i == m_pair[0] && i == m_pair[1])
            label = tr("%1  (left and right)").arg(label);
        else if (i == m_pair[0])
            label = tr("%1  (left)").arg(label);
        else if (i == m_pair[1])
            label = tr("%1  (right)").arg(label);
        auto *item = new QListWidgetItem(label, m_list);
        item->setToolTip(tr("%1\n%2 paragraphs, %3 words, %4")
                             .arg(doc->path)
                             .arg(doc->paragraphs.size())
                             .arg(doc->wordCount)
                             .arg(doc->encoding));
        if (i == m_pair[0] || i == m_pair[1]) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
}

} // namespace Recension::Ui
