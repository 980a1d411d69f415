#include "compare/watchlist.h"
#include "ui/window/preferences.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/watchlistpage.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAndReturnsThePreferences_data();
    void showsAndReturnsThePreferences();
    void preferencesPersist();
    void typedWatchList_data();
    void typedWatchList();
    void watchFile_data();
    void watchFile();
    void editedWatchFileHashesTheTerms();
};

namespace {

/// Writes a watch file into the folder; returns its path.
QString writeWatchFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("watch.txt"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

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
    p.options.watch = watchListFromTerms({"Harbour Safety Board", "Lindqvist"}).list;
    p.save(settings);
    QCOMPARE(Preferences::load(settings), p);
    settings.clear();
}

void TestSettingsDialog::typedWatchList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("one term a line, blank lines and spaces dropped")
        << "  Harbour Safety Board \n\nLindqvist\r\n"
        << QStringList{"Harbour Safety Board", "Lindqvist"};
    QTest::newRow("nothing typed: no watch list") << " \n \n" << QStringList{};
    QTest::newRow("a line of punctuation is no term: no list, and the page says why")
        << "Lindqvist\n---" << QStringList{};
}

void TestSettingsDialog::typedWatchList()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, terms);
    SettingsDialog dialog{Preferences()};
    dialog.showWatchList();
    QVERIFY(dialog.watchListPage()->isVisibleTo(&dialog));
    dialog.watchListPage()->findChild<QPlainTextEdit *>()->setPlainText(typed);
    const WatchList watch = dialog.preferences().options.watch;
    QCOMPARE(watch.terms, terms);
    // Typed by hand: the hash of the terms written one a line, as a watch file holds them.
    QCOMPARE(watch.sha256,
             terms.isEmpty() ? QByteArray() : sha256((terms.join('\n') + '\n').toUtf8()));
    // Terms that are no watch list keep the dialog open on the page that says why.
    const bool invalid = typed.contains(QStringLiteral("---"));
    QCOMPARE(dialog.watchListPage()->error().isEmpty(), !invalid);
    dialog.accept();
    QCOMPARE(dialog.result(), invalid ? int(QDialog::Rejected) : int(QDialog::Accepted));
}

void TestSettingsDialog::watchFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("message");
    QTest::newRow("a list of terms")
        << QByteArray("Harbour Safety Board\nLindqvist\n") << true << "Loaded";
    QTest::newRow("an empty file") << QByteArray("\n\n") << false << "is empty";
    QTest::newRow("a binary file") << QByteArray("PK\x03\x04\0\0\x14", 7) << false
                                   << "is a binary file";
}

void TestSettingsDialog::watchFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, loads);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeWatchFile(dir, bytes);
    WatchListPage page{WatchList()};
    QCOMPARE(page.loadFile(path), loads);
    QVERIFY2(page.message().contains(message), qPrintable(page.message()));
    QVERIFY2(page.message().contains(QStringLiteral("watch.txt")), qPrintable(page.message()));
    const WatchList watch = page.watchList();
    if (loads) {
        QCOMPARE(watch.terms, (QStringList{"Harbour Safety Board", "Lindqvist"}));
        QCOMPARE(watch.sha256, sha256(bytes)); // loaded: the file's own hash
    } else {
        QVERIFY(watch.isEmpty());
    }
    QVERIFY(!page.loadFile(dir.filePath(QStringLiteral("missing.txt"))));
    QVERIFY(page.message().contains(QStringLiteral("missing.txt")));
}

void TestSettingsDialog::editedWatchFileHashesTheTerms()
{
    QTemporaryDir dir;
    const QString path = writeWatchFile(dir, "Lindqvist\n");
    WatchListPage page{WatchList()};
    QVERIFY(page.loadFile(path));
    page.findChild<QPlainTextEdit *>()->appendPlainText(QStringLiteral("casualties"));
    const WatchList watch = page.watchList();
    QCOMPARE(watch.terms, (QStringList{"Lindqvist", "casualties"}));
    QCOMPARE(watch.sha256, sha256("Lindqvist\ncasualties\n"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
