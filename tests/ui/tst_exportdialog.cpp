// File › Export Report… without a human: the dialog driven through its own methods.
#include "comparisonbuilder.h"
#include "ui/dialogs/exportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;

namespace {

ComparisonPtr sampleComparison(const QString &leftPath, const QString &rightPath)
{
    return Test::ComparisonBuilder()
        .left({QStringLiteral("Harbour closed"), QStringLiteral("The harbour closed on Monday.")}, leftPath)
        .right({QStringLiteral("Harbour shut"), QStringLiteral("The harbour shut on Monday.")}, rightPath)
        .link(LinkKind::Modified, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .change(Category::Synonym, Severity::Low, 0, QStringLiteral("closed"), 0, QStringLiteral("shut"))
        .change(Category::Synonym, Severity::Low, 1, QStringLiteral("closed"), 1, QStringLiteral("shut"))
        .similarity(0.8)
        .build();
}

bool exportTo(ExportDialog &dialog, const QString &path)
{
    dialog.setPath(path);
    QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    if (spy.isEmpty() && !spy.wait(30000))
        return false;
    return spy.first().at(0).toBool();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RecensionTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    }

    void writesEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << 0 << QByteArray("%PDF-");
        QTest::newRow("html") << 1 << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << 2 << QByteArray("{");
    }
    void writesEachFormat()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        ExportDialog dialog(sampleComparison(dir.filePath(QStringLiteral("a.txt")),
                                             dir.filePath(QStringLiteral("b.txt"))));
        dialog.findChild<QComboBox *>()->setCurrentIndex(format);
        const QString path = dir.filePath(QStringLiteral("report.out"));
        QVERIFY(exportTo(dialog, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.trimmed().startsWith(start), bytes.left(40).constData());
        if (format == 2)
            QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
    }

    void suffixFollowsTheFormat()
    {
        QTemporaryDir dir;
        ExportDialog dialog(sampleComparison(dir.filePath(QStringLiteral("a.txt")),
                                             dir.filePath(QStringLiteral("b.txt"))));
        dialog.setPath(dir.filePath(QStringLiteral("my-report.pdf")));
        dialog.findChild<QComboBox *>()->setCurrentIndex(1);
        QVERIFY(dialog.path().endsWith(QStringLiteral("my-report.html")));
        dialog.findChild<QComboBox *>()->setCurrentIndex(2);
        QVERIFY(dialog.path().endsWith(QStringLiteral("my-report.json")));
    }

    void defaultFolderIsNeverTheInputs_data()
    {
        QTest::addColumn<QString>("remembered"); // "" none, "gone" a folder since removed
        QTest::addColumn<QString>("expected");   // "documents" or "remembered"
        QTest::newRow("first export: the documents folder") << QString() << "documents";
        QTest::newRow("the folder of the last export") << "kept" << "remembered";
        QTest::newRow("a remembered folder since removed") << "gone" << "documents";
    }
    void defaultFolderIsNeverTheInputs()
    {
        QFETCH(QString, remembered);
        QFETCH(QString, expected);
        QTemporaryDir inputs;
        QTemporaryDir last;
        QString folder = last.path();
        if (remembered == QLatin1String("gone"))
            folder = last.filePath(QStringLiteral("removed"));
        if (remembered.isEmpty())
            QSettings().remove(QStringLiteral("export/folder"));
        else
            QSettings().setValue(QStringLiteral("export/folder"), folder);
        const QString left = inputs.filePath(QStringLiteral("a.txt"));
        QFile file(left);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Harbour closed\n");
        file.close();
        ExportDialog dialog(sampleComparison(left, inputs.filePath(QStringLiteral("b.txt"))));
        const QString chosen = QFileInfo(dialog.path()).absolutePath();
        QVERIFY2(chosen != QFileInfo(inputs.path()).absoluteFilePath(), qPrintable(chosen));
        QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(documents).isDir())
            documents = QDir::homePath();
        QCOMPARE(chosen, QFileInfo(expected == QLatin1String("documents") ? documents : folder)
                             .absoluteFilePath());
        QCOMPARE(QFileInfo(dialog.path()).fileName(), QStringLiteral("a-vs-b.pdf"));
        QSettings().remove(QStringLiteral("export/folder"));
    }

    void lastExportFolderIsRemembered()
    {
        QSettings().remove(QStringLiteral("export/folder"));
        QTemporaryDir dir;
        {
            ExportDialog dialog(sampleComparison(QStringLiteral("a.txt"), QStringLiteral("b.txt")));
            dialog.findChild<QComboBox *>()->setCurrentIndex(2);
            QVERIFY(exportTo(dialog, dir.filePath(QStringLiteral("first.json"))));
        }
        ExportDialog next(sampleComparison(QStringLiteral("a.txt"), QStringLiteral("b.txt")));
        QCOMPARE(QFileInfo(next.path()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QSettings().remove(QStringLiteral("export/folder"));
    }

    void labelsReadRightWithDistinctMnemonics()
    {
        ExportDialog dialog(sampleComparison(QStringLiteral("a.txt"), QStringLiteral("b.txt")));
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts << button->text();
        QVERIFY(!texts.contains(QStringLiteral("F&ile:")));
        QString keys;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == QLatin1Char('&'))
                continue;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("“%1” repeats Alt+%2").arg(text, key)));
            keys += key;
        }
        // The file field's label moves the focus to the field.
        QLabel *saveAs = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("&Save as:"))
                saveAs = label;
        }
        QVERIFY(saveAs);
        QCOMPARE(saveAs->buddy(), static_cast<QWidget *>(dialog.findChild<QLineEdit *>()));
    }

    void neverWritesOverAComparedVersion()
    {
        QTemporaryDir dir;
        const QString left = dir.filePath(QStringLiteral("a.txt"));
        QFile file(left);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Harbour closed\n\nThe harbour closed on Monday.\n");
        file.close();
        ExportDialog dialog(sampleComparison(left, dir.filePath(QStringLiteral("b.txt"))));
        dialog.setPath(left);
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QTest::qWait(50);
        QVERIFY(spy.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Harbour closed\n\nThe harbour closed on Monday.\n"));
        bool told = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            told = told || label->text().contains(QStringLiteral("a.txt"));
        QVERIFY(told);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
