#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();

private:
    QTemporaryDir m_dir;
    QString m_left;
    QString m_right;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_left = m_dir.filePath(QStringLiteral("left.txt"));
    m_right = m_dir.filePath(QStringLiteral("right.txt"));
    for (const auto &[path, text] :
         {std::pair{m_left, QByteArray("Market day\n\nThe market opens at nine on Saturday.\n")},
          std::pair{m_right, QByteArray("Market day\n\nThe market opens at ten on Saturday.\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
}

void TestScreenshot::exitStatus_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("status");
    QTest::newRow("a readable pair renders") << "pair.png" << "right.txt" << 0;
    QTest::newRow("an unreadable version fails") << "unread.png" << "missing.txt" << 2;
    QTest::newRow("an unwritable image fails") << "no-such-folder/shot.png" << "right.txt" << 3;
}

void TestScreenshot::exitStatus()
{
    QFETCH(QString, output);
    QFETCH(QString, right);
    QFETCH(int, status);
    const QString image = m_dir.filePath(output);
    QProcess process;
    process.start(QStringLiteral(RECENSION_BINARY),
                  {QStringLiteral("--screenshot"), image, m_left, m_dir.filePath(right)});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), status);
    if (status == 0) {
        const QImage shot(image);
        QCOMPARE(shot.size(), QSize(1400, 900));
    } else {
        QVERIFY(!process.readAllStandardError().isEmpty());
        QVERIFY(!QFile::exists(image));
    }
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
