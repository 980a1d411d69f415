#include "document/ziparchive.h"

#include <QTest>
#include <QtEndian>

using namespace Recension;

Q_DECLARE_METATYPE(Recension::ZipLimits)
Q_DECLARE_METATYPE(QVector<Recension::ZipEntry>)

namespace {

QVector<ZipEntry> twoArticles()
{
    return {
        { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false },
        { QStringLiteral("content.xml"), "<text>The ferry leaves at nine.</text>", true },
        { QStringLiteral("notes/second.txt"), "The council met on Tuesday.", true },
    };
}

QByteArray package(const QVector<ZipEntry> &entries)
{
    return ZipArchive::write(entries).value_or(QByteArray());
}

/// Every local file header's MS-DOS time and date, in the order they appear.
QVector<QPair<quint16, quint16>> localTimestamps(const QByteArray &bytes)
{
    QVector<QPair<quint16, quint16>> stamps;
    for (int at = bytes.indexOf("PK\x03\x04"); at >= 0 && at + 30 <= bytes.size();
         at = bytes.indexOf("PK\x03\x04", at + 30)) {
        const auto *header = reinterpret_cast<const uchar *>(bytes.constData() + at);
        stamps.append({ qFromLittleEndian<quint16>(header + 10),
            qFromLittleEndian<quint16>(header + 12) });
    }
    return stamps;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT
private slots:
    void readsEntriesByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("stored entry") << QStringLiteral("mimetype")
                                      << QByteArray("application/vnd.oasis.opendocument.text");
        QTest::newRow("deflated entry") << QStringLiteral("content.xml")
                                        << QByteArray("<text>The ferry leaves at nine.</text>");
        QTest::newRow("entry in a folder") << QStringLiteral("notes/second.txt")
                                           << QByteArray("The council met on Tuesday.");
    }
    void readsEntriesByName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        ZipArchive archive(package(twoArticles()));
        QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
        QVERIFY(archive.contains(name));
        QCOMPARE(archive.read(name).value_or(QByteArray("(failed)")), content);
    }

    void listsEntriesInWrittenOrder()
    {
        ZipArchive archive(package(twoArticles()));
        QCOMPARE(archive.entryNames(),
            QStringList({ QStringLiteral("mimetype"), QStringLiteral("content.xml"),
                QStringLiteral("notes/second.txt") }));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ZipLimits>("limits");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("limitReached");

        const QByteArray good = package(twoArticles());
        QByteArray bomb = package({ { QStringLiteral("content.xml"), QByteArray(4 << 20, ' ') } });
        ZipLimits smallEntries;
        smallEntries.maxEntryBytes = 1 << 20;
        ZipLimits fewEntries;
        fewEntries.maxEntries = 2;
        ZipLimits smallTotal;
        smallTotal.maxTotalBytes = 10;

        QTest::newRow("plain text is no zip")
            << QByteArray("The ferry leaves at nine.") << ZipLimits() << false
            << QStringLiteral("not a zip") << false;
        QTest::newRow("cut in half") << good.left(good.size() / 2) << ZipLimits() << false
                                     << QStringLiteral("damaged") << false;
        QTest::newRow("more entries than allowed")
            << good << fewEntries << false << QStringLiteral("3 entries") << true;
        QTest::newRow("entry inflating past the limit")
            << bomb << smallEntries << true << QStringLiteral("inflate past") << true;
        QTest::newRow("total inflating past the limit")
            << good << smallTotal << true << QStringLiteral("inflate past") << true;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ZipLimits, limits);
        QFETCH(bool, opens);
        QFETCH(QString, reason);
        QFETCH(bool, limitReached);
        QVERIFY(!bytes.isEmpty());
        ZipArchive archive(bytes, limits);
        QCOMPARE(archive.isOpen(), opens);
        if (opens)
            QVERIFY(!archive.read(QStringLiteral("content.xml")).has_value());
        QVERIFY2(archive.errorString().contains(reason), qPrintable(archive.errorString()));
        QCOMPARE(archive.limitReached(), limitReached);
    }

    void missingEntryIsNamed()
    {
        ZipArchive archive(package(twoArticles()));
        QVERIFY(!archive.read(QStringLiteral("word/document.xml")).has_value());
        QVERIFY(archive.errorString().contains(QStringLiteral("word/document.xml")));
    }

    void writesTheSameBytesEveryRun_data()
    {
        QTest::addColumn<QVector<ZipEntry>>("entries");
        QTest::newRow("OpenDocument-like package") << twoArticles();
        QTest::newRow("one large entry")
            << QVector<ZipEntry>{ { QStringLiteral("big.txt"), QByteArray(200000, 'x') } };
        QTest::newRow("empty entry")
            << QVector<ZipEntry>{ { QStringLiteral("empty.txt"), QByteArray() },
                   { QStringLiteral("after.txt"), QByteArray("after") } };
    }
    void writesTheSameBytesEveryRun()
    {
        QFETCH(QVector<ZipEntry>, entries);
        const QByteArray first = package(entries);
        QVERIFY(ZipArchive::looksLikeZip(first));
        QCOMPARE(package(entries), first);
        const auto stamps = localTimestamps(first);
        QCOMPARE(stamps.size(), entries.size());
        for (const auto &stamp : stamps) {
            QCOMPARE(stamp.first, quint16(0));                 // 00:00:00
            QCOMPARE(stamp.second, quint16((1 << 5) | 1));    // 1980-01-01
        }
    }

    void storedFirstEntryIsReadableInPlace()
    {
        // OpenDocument readers look for the uncompressed mimetype right after the header.
        const QByteArray bytes = package(twoArticles());
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
