#include "ui/dialogs/watchlistpage.h"

#include "compare/watchlist.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Recension::Ui {

WatchListPage::WatchListPage(const WatchList &watch, QWidget *parent)
    : QWidget(parent)
    , m_loaded(watch)
{
    auto *intro = new QLabel(tr("Names and terms your newsroom watches, one a line. A change "
                                "that touches one is rated high and listed as a finding."),
                             this);
    intro->setWordWrap(true);
    m_terms = new QPlainTextEdit(this);
    m_terms->setAccessibleName(tr("Watched terms, one a line"));
    m_terms->setPlaceholderText(tr("Harbour Safety Board\nMayor Lindqvist\ncasualties"));
    m_terms->setPlainText(watch.terms.join(QLatin1Char('\n')));
    m_terms->setTabChangesFocus(true);
    auto *load = new QPushButton(tr("&Load from File…"), this);
    auto *clear = new QPushButton(tr("C&lear"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Watch list status"));

    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load Watch List"), QString(), tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(clear, &QPushButton::clicked, m_terms, &QPlainTextEdit::clear);
    connect(m_terms, &QPlainTextEdit::textChanged, this, &WatchListPage::updateCount);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_terms, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    updateCount();
}

QStringList WatchListPage::typedLines() const
{
    return m_terms->toPlainText().split(QLatin1Char('\n'));
}

WatchList WatchListPage::watchList() const
{
    const QStringList lines = typedLines();
    const WatchListResult typed = watchListFromTerms(lines);
    if (!typed.ok())
        return {};
    if (!m_loaded.isEmpty() && typed.list.terms == m_loaded.terms)
        return m_loaded;
    return typed.list;
}

QString WatchListPage::error() const
{
    const QStringList lines = typedLines();
    const bool blank = std::all_of(lines.begin(), lines.end(),
                                   [](const QString &line) { return line.trimmed().isEmpty(); });
    return blank ? QString() : watchListFromTerms(lines).error;
}

bool WatchListPage::showError()
{
    const QString why = error();
    if (!why.isEmpty())
        m_message->setText(why);
    return !why.isEmpty();
}

bool WatchListPage::loadFile(const QString &path)
{
    const WatchListResult result = loadWatchList(path);
    if (!result.ok()) {
        m_message->setText(result.error);
        return false;
    }
    m_loaded = result.list;
    m_terms->setPlainText(m_loaded.terms.join(QLatin1Char('\n')));
    m_message->setText(tr("Loaded %n term(s) from %1.", nullptr, int(m_loaded.terms.size()))
                           .arg(QFileInfo(path).fileName()));
    return true;
}

QString WatchListPage::message() const
{
    return m_message->text();
}

void WatchListPage::updateCount()
{
    const int count = int(watchListFromTerms(typedLines()).list.terms.size());
    m_terms->setToolTip(count == 0 ? tr("No term is watched.")
                                   : tr("%n term(s) watched.", nullptr, count));
}

} // namespace Recension::Ui
