// Reading a watch list: the terms a newsroom watches, from a file or typed in, and the
// clear message a file that is no list gets.
#include "compare/watchlist.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;

class TestWatchList : public QObject
{
    Q_OBJECT
private slots:
    void fromFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("reason");

        QTest::newRow("one term a line, blank lines dropped")
            << QByteArray("Harbour Safety Board\n\n  Marta Olsen  \n3,600\n")
            << QStringList{"Harbour Safety Board", "Marta Olsen", "3,600"} << QString();
        QTest::newRow("Windows line ends and a byte-order mark")
            << QByteArray("\xEF\xBB\xBFPer Lund\r\nPort Authority\r\n")
            << QStringList{"Per Lund", "Port Authority"} << QString();
        QTest::newRow("accented names in UTF-8")
            << QByteArray("Kowalczyk\nJos\xC3\xA9 Mar\xC3\xAD" "a\n")
            << QStringList{"Kowalczyk", QString::fromUtf8("Jos\xC3\xA9 Mar\xC3\xAD" "a")} << QString();
        QTest::newRow("an empty file") << QByteArray() << QStringList{} << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\n  \n\t\n") << QStringList{}
                                          << QStringLiteral("empty");
        QTest::newRow("a binary file") << QByteArray("PK\x03\x04\x00\x00zip", 9) << QStringList{}
                                       << QStringLiteral("binary");
        QTest::newRow("Latin-1 bytes are not UTF-8") << QByteArray("Jos\xE9 Mar\xED" "a\n") << QStringList{}
                                                     << QStringLiteral("UTF-8");
        QTest::newRow("a line of punctuation only") << QByteArray("Per Lund\n---\n") << QStringList{}
                                                    << QStringLiteral("no letter or digit");
    }
    void fromFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, terms);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watch-list.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const WatchListResult result = loadWatchList(path);
        if (reason.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.list.terms, terms);
            QCOMPARE(result.list.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("watch-list.txt")), qPrintable(result.error));
            QVERIFY2(result.error.contains(reason), qPrintable(result.error));
            QVERIFY(result.list.isEmpty());
        }
    }

    void missingFileNamesIt()
    {
        QTemporaryDir dir;
        const WatchListResult result = loadWatchList(dir.filePath(QStringLiteral("no-such-list.txt")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("no-such-list.txt")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("no such file")), qPrintable(result.error));
    }

    void typedTermsHashLikeTheirFile_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("trimmed, blanks dropped")
            << QStringList{"  Harbour Safety Board ", "", "Marta   Olsen"}
            << QStringList{"Harbour Safety Board", "Marta Olsen"};
        QTest::newRow("one term") << QStringList{"Per Lund"} << QStringList{"Per Lund"};
    }
    void typedTermsHashLikeTheirFile()
    {
        QFETCH(QStringList, typed);
        QFETCH(QStringList, terms);
        const WatchListResult result = watchListFromTerms(typed);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.list.terms, terms);
        // The same terms saved one a line hash the same: the JSON names one list either way.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((terms.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        file.close();
        QCOMPARE(loadWatchList(path).list, result.list);
    }

    void noTermsIsAnError()
    {
        const WatchListResult result = watchListFromTerms({QStringLiteral("  "), QString()});
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchList)
#include "tst_watchlist.moc"
