#include "ui/dialogs/provenancedialog.h"

#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace Recension::Ui {

ProvenanceDialog::ProvenanceDialog(const Document &document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Provenance of %1").arg(document.displayName()));
    auto make = [this](const QString &text, const QString &placeholder, const QString &tip) {
        auto *edit = new QLineEdit(text, this);
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tip);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &ProvenanceDialog::validate);
        return edit;
    };
    const Provenance &p = document.provenance;
    m_outlet = make(p.outlet, tr("The Harbour Gazette"), tr("The publication that ran this version"));
    m_url = make(p.url, tr("https://…"), tr("Where this version was published"));
    m_published = make(p.published, tr("YYYY-MM-DD"),
                       tr("When it was published (ISO 8601: a date, or a date and time)"));
    m_retrieved = make(p.retrieved, tr("YYYY-MM-DD"),
                       tr("When this copy was taken (ISO 8601: a date, or a date and time)"));
    auto *today = new QPushButton(tr("&Today"), this);
    today->setToolTip(tr("Set the date retrieved to today"));
    connect(today, &QPushButton::clicked, this, [this] {
        m_retrieved->setText(QDate::currentDate().toString(Qt::ISODate));
    });
    auto *retrievedRow = new QHBoxLayout;
    retrievedRow->addWidget(m_retrieved, 1);
    retrievedRow->addWidget(today);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    auto *file = new QLabel(document.path, this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    form->addRow(tr("File:"), file);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Published:"), m_published);
    auto *retrievedLabel = new QLabel(tr("&Retrieved:"), this);
    retrievedLabel->setBuddy(m_retrieved);
    form->addRow(retrievedLabel, retrievedRow);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(520, sizeHint().height());
    validate();
}

bool ProvenanceDialog::isDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || QDate::fromString(trimmed, Qt::ISODate).isValid()
        || QDateTime::fromString(trimmed, Qt::ISODate).isValid();
}

Provenance ProvenanceDialog::provenance() const
{
    return {m_outlet->text().simplified(), m_url->text().trimmed(), m_published->text().trimmed(),
            m_retrieved->text().trimmed()};
}

QLineEdit *ProvenanceDialog::field(int row) const
{
    const std::array<QLineEdit *, 4> fields{m_outlet, m_url, m_published, m_retrieved};
    return row >= 0 && row < 4 ? fields[size_t(row)] : nullptr;
}

void ProvenanceDialog::validate()
{
    QString problem;
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !QUrl(url, QUrl::StrictMode).isValid())
        problem = tr("The URL is not valid.");
    else if (!isDate(m_published->text()))
        problem = tr("The publication date is not an ISO 8601 date (YYYY-MM-DD, or with a "
                     "time: YYYY-MM-DDTHH:MM).");
    else if (!isDate(m_retrieved->text()))
        problem = tr("The date retrieved is not an ISO 8601 date (YYYY-MM-DD, or with a time: "
                     "YYYY-MM-DDTHH:MM).");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Recension::Ui
