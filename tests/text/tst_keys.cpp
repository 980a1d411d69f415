#include "text/keys.h"
#include "text/keytable.h"

#include <QTest>

#include <thread>

using namespace Recension;

class TestKeys : public QObject
{
    Q_OBJECT
private slots:
    void sameKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");

        QTest::newRow("case folds") << QStringLiteral("Minister") << QStringLiteral("minister") << true;
        QTest::newRow("composed and decomposed accents")
            << QStringLiteral("caf\u00E9") << QStringLiteral("cafe\u0301") << true;
        QTest::newRow("curly and straight apostrophes")
            << QStringLiteral("ministry\u2019s") << QStringLiteral("ministry's") << true;
        QTest::newRow("curly and straight double quotes")
            << QStringLiteral("\u201C") << QStringLiteral("\"") << true;
        QTest::newRow("closing curly double quote") << QStringLiteral("\u201D") << QStringLiteral("\"") << true;
        QTest::newRow("low double quote") << QStringLiteral("\u201E") << QStringLiteral("\"") << true;
        QTest::newRow("guillemet") << QStringLiteral("\u00AB") << QStringLiteral("\"") << true;
        QTest::newRow("opening single quote") << QStringLiteral("\u2018") << QStringLiteral("'") << true;
        QTest::newRow("em dash") << QStringLiteral("\u2014") << QStringLiteral("-") << true;
        QTest::newRow("en dash") << QStringLiteral("\u2013") << QStringLiteral("-") << true;
        QTest::newRow("non-breaking hyphen") << QStringLiteral("\u2011") << QStringLiteral("-") << true;
        QTest::newRow("horizontal bar") << QStringLiteral("\u2015") << QStringLiteral("-") << true;
        QTest::newRow("minus sign") << QStringLiteral("\u2212") << QStringLiteral("-") << true;
        QTest::newRow("thousands separator dropped") << QStringLiteral("3,600") << QStringLiteral("3600") << true;
        QTest::newRow("no-break space group") << QStringLiteral("3\u00A0600") << QStringLiteral("3600") << true;
        QTest::newRow("thin space group") << QStringLiteral("3\u2009600") << QStringLiteral("3,600") << true;
        QTest::newRow("narrow no-break space group")
            << QStringLiteral("3\u202F600") << QStringLiteral("3600") << true;
        QTest::newRow("apostrophe group") << QStringLiteral("1'000") << QStringLiteral("1000") << true;
        QTest::newRow("millions") << QStringLiteral("1,234,567") << QStringLiteral("1234567") << true;
        QTest::newRow("trailing decimal zero") << QStringLiteral("2.50") << QStringLiteral("2.5") << true;
        QTest::newRow("decimal zero only") << QStringLiteral("3.0") << QStringLiteral("3") << true;
        QTest::newRow("decimal point is not a separator") << QStringLiteral("1.5") << QStringLiteral("15") << false;
        QTest::newRow("decimal comma") << QStringLiteral("1,5") << QStringLiteral("1.5") << true;
        QTest::newRow("grouped with decimals") << QStringLiteral("1,234.5") << QStringLiteral("1234.5") << true;
        QTest::newRow("continental grouping") << QStringLiteral("1.234,5") << QStringLiteral("1234.5") << true;
        QTest::newRow("not thousands groups") << QStringLiteral("1,2,3") << QStringLiteral("123") << false;
        QTest::newRow("different numbers") << QStringLiteral("3,600") << QStringLiteral("3,700") << false;
        QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12") << QStringLiteral("12") << true;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663") << QStringLiteral("123") << true;
        QTest::newRow("ligature") << QStringLiteral("\uFB01nal") << QStringLiteral("final") << true;
        QTest::newRow("sharp s folds") << QStringLiteral("Stra\u00DFe") << QStringLiteral("strasse") << true;
        QTest::newRow("soft hyphen ignored") << QStringLiteral("co\u00ADoperate") << QStringLiteral("cooperate") << true;
        QTest::newRow("emoji variation selector ignored")
            << QStringLiteral("\u2764\uFE0F") << QStringLiteral("\u2764") << true;
        QTest::newRow("white space of any kind") << QStringLiteral("\t ") << QStringLiteral("\u00A0") << true;
        QTest::newRow("different words") << QStringLiteral("house") << QStringLiteral("home") << false;
        QTest::newRow("accent matters") << QStringLiteral("r\u00E9sum\u00E9") << QStringLiteral("resume") << false;
    }
    void sameKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(comparisonKey(a) == comparisonKey(b), same);
    }

    void keyText_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("key");
        QTest::newRow("word") << QStringLiteral("Minister") << QStringLiteral("minister");
        QTest::newRow("number") << QStringLiteral("3,600") << QStringLiteral("3600");
        QTest::newRow("decimal") << QStringLiteral("1,234.50") << QStringLiteral("1234.5");
        QTest::newRow("space run") << QStringLiteral("  \t") << QStringLiteral(" ");
        QTest::newRow("curly quote") << QStringLiteral("\u201C") << QStringLiteral("\"");
        QTest::newRow("apostrophe") << QStringLiteral("it\u2019s") << QStringLiteral("it's");
        QTest::newRow("dash") << QStringLiteral("\u2014") << QStringLiteral("-");
        QTest::newRow("year") << QStringLiteral("2024") << QStringLiteral("2024");
        QTest::newRow("ordinal") << QStringLiteral("3rd") << QStringLiteral("3rd");
    }
    void keyText()
    {
        QFETCH(QString, token);
        QFETCH(QString, key);
        QCOMPARE(comparisonKey(token), key);
    }

    void keyTableIds()
    {
        KeyTable table;
        QCOMPARE(table.size(), 0);
        const quint32 a = table.intern(u"alpha");
        const quint32 b = table.intern(u"beta");
        QCOMPARE(a, 1u);
        QCOMPARE(b, 2u);
        QCOMPARE(table.intern(u"alpha"), a);
        QCOMPARE(table.find(u"beta"), b);
        QCOMPARE(table.find(u"gamma"), 0u);
        QCOMPARE(table.text(a), QStringLiteral("alpha"));
        QCOMPARE(table.text(0), QString());
        QCOMPARE(table.text(99), QString());
        QCOMPARE(table.size(), 2);
        QVERIFY(table.intern(u"") != 0);
    }

    void keyTableFromTwoThreads()
    {
        KeyTable table;
        QStringList words;
        for (int i = 0; i < 5000; ++i)
            words << QStringLiteral("w%1").arg(i);
        QVector<quint32> forward(words.size());
        QVector<quint32> backward(words.size());
        std::thread one([&] {
            for (int i = 0; i < words.size(); ++i)
                forward[i] = table.intern(words[i]);
        });
        std::thread two([&] {
            for (int i = int(words.size()) - 1; i >= 0; --i)
                backward[i] = table.intern(words[i]);
        });
        one.join();
        two.join();
        QCOMPARE(forward, backward);
        QCOMPARE(table.size(), int(words.size()));
        QVector<quint32> sorted = forward;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < sorted.size(); ++i)
            QCOMPARE(sorted[i], quint32(i + 1));
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(table.text(forward[i]), words[i]);
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
