#include "document/wordcount.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Recension;

class TestWordCount : public QObject
{
    Q_OBJECT
private slots:
    void countWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty text") << QString() << 0;
        QTest::newRow("plain words") << QStringLiteral("The ferry sails twice") << 4;
        QTest::newRow("punctuation and spaces only") << QStringLiteral(" — … ! , ") << 0;
        QTest::newRow("abbreviation with dots is one word") << QStringLiteral("the U.S. said") << 3;
        QTest::newRow("curly apostrophe stays inside a word")
            << QStringLiteral("the ministry’s reply") << 3;
        QTest::newRow("straight apostrophe stays inside a word")
            << QStringLiteral("the ministry's reply") << 3;
        QTest::newRow("hyphen splits a compound") << QStringLiteral("e-mail") << 2;
        QTest::newRow("number with a thousands separator") << QStringLiteral("3,600 boxes") << 2;
        QTest::newRow("decimal number") << QStringLiteral("2.5 metres") << 2;
        QTest::newRow("emoji are not words")
            << QStringLiteral("Storm \U0001F30A warning \u26A0\uFE0F \U0001F44D\U0001F3FD") << 2;
        QTest::newRow("decomposed accent is part of the word")
            << QStringLiteral("cafe\u0301 au lait") << 3;
        QTest::newRow("Chinese by dictionary") << QStringLiteral("我们是学生") << 3;
        QTest::newRow("Japanese kana word") << QStringLiteral("カタカナ") << 1;
        QTest::newRow("Thai by dictionary") << QStringLiteral("ภาษาไทย") << 2;
    }
    void countWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(Recension::countWords(text), words);
    }

    void countWordsOfAView()
    {
        const QString text = QStringLiteral("one two three four");
        QCOMPARE(Recension::countWords(QStringView(text).mid(4, 9)), 2);
    }

    void countWordsOnManyThreads()
    {
        // Each thread clones its own iterator; the results must not depend on the thread.
        QStringList texts;
        for (int i = 0; i < 64; ++i)
            texts << QStringLiteral("word ").repeated(i);
        const QList<int> counts = QtConcurrent::blockingMapped(
            texts, [](const QString &text) { return Recension::countWords(text); });
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(counts[i], i);
    }
};

QTEST_GUILESS_MAIN(TestWordCount)
#include "tst_wordcount.moc"
