#include "ui/dialogs/settingsdialog.h"

#include "ui/dialogs/watchlistpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Recension::Ui {

SettingsDialog::SettingsDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_initial(preferences)
{
    setWindowTitle(tr("Settings"));

    auto *compare = new QGroupBox(tr("Comparison"), this);
    m_ignoreCase = new QCheckBox(tr("Ignore &case"), compare);
    m_ignoreCase->setToolTip(tr("Treat words that differ only in capitals as equal."));
    m_ignorePunctuation = new QCheckBox(tr("Ignore &punctuation"), compare);
    m_ignorePunctuation->setToolTip(tr("Do not report commas, dashes and quote styles."));
    m_hideSynonyms = new QCheckBox(tr("Treat &synonym swaps as unimportant"), compare);
    m_hideSynonyms->setToolTip(
        tr("A word swapped for a synonym counts as equal and is not listed as a change."));
    m_ignoreCase->setChecked(preferences.options.ignoreCase);
    m_ignorePunctuation->setChecked(preferences.options.ignorePunctuation);
    m_hideSynonyms->setChecked(preferences.options.synonymsUnimportant);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->addWidget(m_ignoreCase);
    compareLayout->addWidget(m_ignorePunctuation);
    compareLayout->addWidget(m_hideSynonyms);

    auto *view = new QGroupBox(tr("Display"), this);
    m_scheme = new QComboBox(view);
    m_scheme->addItem(tr("Follow the system (light or dark)"), int(ColourScheme::System));
    m_scheme->addItem(tr("Colour-blind safe (blue and orange)"),
                      int(ColourScheme::ColourBlindSafe));
    m_scheme->setCurrentIndex(m_scheme->findData(int(preferences.scheme)));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    m_fontSize = new QSpinBox(view);
    m_fontSize->setRange(0, 48);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(int(preferences.fontPointSize));
    m_fontSize->setAccessibleName(tr("Text size"));
    auto *viewLayout = new QFormLayout(view);
    auto *schemeLabel = new QLabel(tr("Colour &scheme:"), view);
    schemeLabel->setBuddy(m_scheme);
    auto *sizeLabel = new QLabel(tr("&Text size:"), view);
    sizeLabel->setBuddy(m_fontSize);
    viewLayout->addRow(schemeLabel, m_scheme);
    viewLayout->addRow(sizeLabel, m_fontSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(compare);
    generalLayout->addWidget(view);
    generalLayout->addStretch(1);
    m_watchList = new WatchListPage(preferences.options.watch, this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(general, tr("&General"));
    m_pages->addTab(m_watchList, tr("&Watch List"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p = m_initial;
    p.options.ignoreCase = m_ignoreCase->isChecked();
    p.options.ignorePunctuation = m_ignorePunctuation->isChecked();
    p.options.synonymsUnimportant = m_hideSynonyms->isChecked();
    p.scheme = ColourScheme(m_scheme->currentData().toInt());
    p.fontPointSize = m_fontSize->value();
    p.options.watch = m_watchList->watchList();
    return p;
}

void SettingsDialog::accept()
{
    if (m_watchList->showError()) {
        showWatchList();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::showWatchList()
{
    m_pages->setCurrentWidget(m_watchList);
}

} // namespace Recension::Ui
