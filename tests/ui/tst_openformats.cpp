// The window opens Word, OpenDocument and PDF files, by File › Open's code path and by
// drag and drop, parsed in the child process as the application does.

#include "../document/packagebuilder.h"
#include "../document/pdfbuilder.h"
#include "document/documentset.h"
#include "document/parserprocess.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using namespace PackageBuilder;

namespace {

const QString title = QStringLiteral("Ferry timetable changes for the winter");

QVector<PdfBuilder::Line> pdfLines()
{
    QVector<PdfBuilder::Line> lines;
    lines.append({ 0, 50, 90, title, 18 });
    lines << PdfBuilder::column(0, 50, 140,
        { QStringLiteral("The island ferry will sail three"),
            QStringLiteral("times a day from November.") });
    return lines;
}

} // namespace

class TestOpenFormats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
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
            write(QStringLiteral("ferry.docx"),
                docx(wordParagraph(title, QStringLiteral("Titel"))
                    + wordParagraph(QStringLiteral("The island ferry will sail twice a day from "
                                                   "November.")))),
            write(QStringLiteral("ferry.odt"),
                odt(odfParagraph(title, 1)
                    + odfParagraph(QStringLiteral("The island ferry will sail twice a day "
                                                  "from December.")))),
            write(QStringLiteral("ferry.pdf"), PdfBuilder::pdf(pdfLines(), 1)),
        };
        MainWindow window(MainWindow::Session::Transient);
        window.resize(1000, 700);
        window.show();
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
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
        QCOMPARE(window.documents()->count(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(window.documents()->at(i)->title, title);
            QCOMPARE(window.documents()->at(i)->paragraphs.size(), 2);
        }
        QVERIFY(finished.wait(60000));
    }

    void badFileIsAMessage()
    {
        MainWindow window(MainWindow::Session::Transient);
        const QString bomb = write(QStringLiteral("bomb.docx"),
            docx("<w:p><w:r><w:t>" + QByteArray(70 << 20, 'a') + "</w:t></w:r></w:p>"));
        const QStringList errors = window.openFiles({ bomb });
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("inflate past")), qPrintable(errors.first()));
        QCOMPARE(window.documents()->count(), 0);
    }
};

QTEST_MAIN(TestOpenFormats)
#include "tst_openformats.moc"
