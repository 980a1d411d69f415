// The window opens Word, OpenDocument and PDF files, by File › Open's code path and by
// drag and drop, parsed in the child process as the application does.

#include "../document/formatfixtures.h"
#include "document/documentset.h"
#include "document/parserprocess.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Recension;
using namespace Recension::Ui;
using namespace FormatFixtures;

class TestOpenFormats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return FormatFixtures::write(m_dir.path(), name, bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setParserProcess({ true, QStringLiteral(RECENSION_BINARY), 60000 });
    }

    void opens_data()
    {
        QTest::addColumn<bool>("dropped");
        QTest::newRow("File › Open") << false;
        QTest::newRow("drag and drop") << true;
    }
    void opens()
    {
        QFETCH(bool, dropped);
        const QStringList paths{
            write(QStringLiteral("ferry.docx"), englishDocx()),
            write(QStringLiteral("ferry.odt"), englishOdt()),
            write(QStringLiteral("ferry.pdf"), englishPdf()),
        };
        MainWindow window(MainWindow::Session::Transient);
        window.resize(1000, 700);
        window.show();
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        int ticks = 0;
        QTimer clock;
        connect(&clock, &QTimer::timeout, this, [&ticks] { ++ticks; });
        clock.start(1);
        if (dropped) {
            QList<QUrl> urls;
            for (const QString &path : paths)
                urls << QUrl::fromLocalFile(path);
            QMimeData mime;
            mime.setUrls(urls);
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
        } else {
            QCOMPARE(window.openFiles(paths), QStringList());
        }
        // The files were parsed off the GUI thread: its timers went on firing meanwhile.
        QVERIFY(ticks > 0);
        QCOMPARE(window.documents()->count(), 3);
        const DocumentFormat formats[] = { DocumentFormat::Docx, DocumentFormat::Odt,
                                           DocumentFormat::Pdf };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(window.documents()->at(i)->title, englishTitle);
            QCOMPARE(window.documents()->at(i)->paragraphs.size(), 2);
            QVERIFY(window.documents()->at(i)->format == formats[i]);
        }
        QCOMPARE(window.documents()->at(2)->paragraphs.at(1).page, 1);
        QVERIFY(finished.wait(60000));
    }

    void openDialogListsEachFormat_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const char *pattern : { "*.txt", "*.md", "*.html", "*.docx", "*.odt", "*.pdf" })
            QTest::newRow(pattern) << QString::fromLatin1(pattern);
    }
    void openDialogListsEachFormat()
    {
        QFETCH(QString, pattern);
        const QString articles = MainWindow::openNameFilters().first();
        QVERIFY2(articles.contains(pattern), qPrintable(articles));
    }

    void badFileIsAMessage()
    {
        MainWindow window(MainWindow::Session::Transient);
        const QString bomb = write(QStringLiteral("bomb.docx"), zipBomb(70));
        const QStringList errors = window.openFiles({ bomb });
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("inflate past")), qPrintable(errors.first()));
        QCOMPARE(window.documents()->count(), 0);
    }
};

QTEST_MAIN(TestOpenFormats)
#include "tst_openformats.moc"
