#include "ui/watchlistpage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace Recension::Ui {

namespace {

QStringList termsOf(const QString &text)
{
    QStringList terms;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString term = line.trimmed();
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

} // namespace

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

WatchList WatchListPage::fromText(const QString &text)
{
    WatchList watch;
    watch.terms = termsOf(text);
    if (!watch.terms.isEmpty())
        watch.sha256 = QCryptographicHash::hash(watch.terms.join(QLatin1Char('\n')).toUtf8(),
                                                QCryptographicHash::Sha256)
                           .toHex();
    return watch;
}

WatchList WatchListPage::watchList() const
{
    const WatchList typed = fromText(m_terms->toPlainText());
    if (!m_loaded.isEmpty() && typed.terms == m_loaded.terms)
        return m_loaded;
    return typed;
}

bool WatchListPage::loadFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (bytes.contains('\0') || decoder.hasError()) {
        m_message->setText(tr("%1 is not a text file (UTF-8, one term a line).").arg(name));
        return false;
    }
    const QStringList terms = termsOf(text);
    if (terms.isEmpty()) {
        m_message->setText(tr("%1 holds no term.").arg(name));
        return false;
    }
    m_loaded.terms = terms;
    m_loaded.sha256 =
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    m_terms->setPlainText(terms.join(QLatin1Char('\n')));
    m_message->setText(tr("Loaded %n term(s) from %1.", nullptr, int(terms.size())).arg(name));
    return true;
}

QString WatchListPage::message() const
{
    return m_message->text();
}

void WatchListPage::updateCount()
{
    const int count = int(termsOf(m_terms->toPlainText()).size());
    m_terms->setToolTip(count == 0 ? tr("No term is watched.")
                                   : tr("%n term(s) watched.", nullptr, count));
}

} // namespace Recension::Ui
