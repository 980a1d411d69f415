#include "ui/window/userguide.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Recension::Ui {

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Recension User Guide"));
    setObjectName(QStringLiteral("userGuide"));
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("User guide"));
    // The guide's links point into the source tree; only web addresses can leave it.
    m_browser->setOpenLinks(false);
    m_browser->setMarkdown(markdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 720);
}

QString UserGuide::markdown()
{
    QFile file(QStringLiteral(":/guide/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

QAction *UserGuide::addTo(QMenu *help, QWidget *window)
{
    QAction *action = help->addAction(tr("&User Guide"));
    action->setShortcut(QKeySequence::HelpContents);
    window->addAction(action); // F1 works with the menu bar hidden
    QObject::connect(action, &QAction::triggered, window, [window] {
        // One guide per window: a second F1 raises it instead of stacking copies.
        auto *guide = window->findChild<UserGuide *>(QString(), Qt::FindDirectChildrenOnly);
        if (!guide) {
            guide = new UserGuide(window);
            guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    return action;
}

} // namespace Recension::Ui
