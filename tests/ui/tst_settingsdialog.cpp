#include "ui/preferences.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Recension::Ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAndReturnsThePreferences_data();
    void showsAndReturnsThePreferences();
    void preferencesPersist();
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's own settings
    QCoreApplication::setOrganizationName(QStringLiteral("Recension"));
    QCoreApplication::setApplicationName(QStringLiteral("recension-test-settings"));
}

void TestSettingsDialog::showsAndReturnsThePreferences_data()
{
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("hideSynonyms");
    QTest::addColumn<int>("scheme");
    QTest::newRow("defaults") << false << false << int(ColourScheme::System);
    QTest::newRow("case ignored, colour-blind colours")
        << true << false << int(ColourScheme::ColourBlindSafe);
    QTest::newRow("synonym swaps unimportant") << false << true << int(ColourScheme::System);
}

void TestSettingsDialog::showsAndReturnsThePreferences()
{
    QFETCH(bool, ignoreCase);
    QFETCH(bool, hideSynonyms);
    QFETCH(int, scheme);
    Preferences initial;
    initial.options.ignoreCase = ignoreCase;
    initial.options.synonymsUnimportant = hideSynonyms;
    initial.scheme = ColourScheme(scheme);
    SettingsDialog dialog(initial);
    QCOMPARE(dialog.preferences(), initial);

    // Flip every box and the scheme: the dialog reports exactly that.
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        box->setChecked(!box->isChecked());
    auto *combo = dialog.findChild<QComboBox *>();
    combo->setCurrentIndex(1 - combo->currentIndex());
    dialog.findChild<QSpinBox *>()->setValue(14);
    const Preferences changed = dialog.preferences();
    QCOMPARE(changed.options.ignoreCase, !ignoreCase);
    QCOMPARE(changed.options.ignorePunctuation, true);
    QCOMPARE(changed.options.synonymsUnimportant, !hideSynonyms);
    QCOMPARE(int(changed.scheme), 1 - scheme);
    QCOMPARE(changed.fontPointSize, 14.0);
}

void TestSettingsDialog::preferencesPersist()
{
    QSettings settings;
    settings.clear();
    QCOMPARE(Preferences::load(settings), Preferences());
    Preferences p;
    p.options.ignorePunctuation = true;
    p.scheme = ColourScheme::ColourBlindSafe;
    p.fontPointSize = 12;
    p.save(settings);
    QCOMPARE(Preferences::load(settings), p);
    settings.clear();
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
