#include "text/sentences.h"
#include "text/tokenizer.h"
#include "texttesting.h"

#include <QTest>

using namespace Recension;

class TestSentences : public QObject
{
    Q_OBJECT
private:
    static QStringList split(const QString &text, const QString &language)
    {
        const QVector<Token> tokens = tokenize(text, language);
        const QVector<int> starts = sentenceStarts(text, tokens, language);
        QStringList sentences;
        for (int s = 0; s < starts.size(); ++s) {
            if (starts[s] >= tokens.size())
                break;
            const int from = tokens[starts[s]].start;
            const int to = s + 1 < starts.size() ? tokens[starts[s + 1]].start : int(text.size());
            sentences << text.mid(from, to - from);
        }
        return sentences;
    }

private slots:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        const QString en = QStringLiteral("en");

        QTest::newRow("two plain sentences") << QStringLiteral("It rained. We stayed in.") << en
            << QStringList{"It rained. ", "We stayed in."};
        QTest::newRow("Mr. inside a sentence")
            << QStringLiteral("Mr. Smith went to Leeds. He spoke there.") << en
            << QStringList{"Mr. Smith went to Leeds. ", "He spoke there."};
        QTest::newRow("U.S. before a title")
            << QStringLiteral("The U.S. President spoke. Then he left.") << en
            << QStringList{"The U.S. President spoke. ", "Then he left."};
        QTest::newRow("U.S. before a lower-case word")
            << QStringLiteral("Several U.S. officials agreed.") << en
            << QStringList{"Several U.S. officials agreed."};
        QTest::newRow("U.S. ending a sentence")
            << QStringLiteral("He lives in the U.S. The weather is mild.") << en
            << QStringList{"He lives in the U.S. ", "The weather is mild."};
        QTest::newRow("Dr. and Gen.") << QStringLiteral("Dr. Jones met Gen. Milley today.") << en
            << QStringList{"Dr. Jones met Gen. Milley today."};
        QTest::newRow("Sen. Rep. Gov. Lt. Col. Sgt.")
            << QStringLiteral("Sen. Warren, Rep. Cheney, Gov. Hochul, Lt. Col. Ames and Sgt. Reyes met.") << en
            << QStringList{"Sen. Warren, Rep. Cheney, Gov. Hochul, Lt. Col. Ames and Sgt. Reyes met."};
        QTest::newRow("Prof. St. Jr.")
            << QStringLiteral("Prof. Lee visited St. Louis with Martin Luther King Jr. Street maps.") << en
            << QStringList{"Prof. Lee visited St. Louis with Martin Luther King Jr. Street maps."};
        QTest::newRow("month before a day")
            << QStringLiteral("Talks began on Jan. 5 in Oslo. Nothing came of them.") << en
            << QStringList{"Talks began on Jan. 5 in Oslo. ", "Nothing came of them."};
        QTest::newRow("No. before a number") << QStringLiteral("He lives at No. 10 in the square.") << en
            << QStringList{"He lives at No. 10 in the square."};
        QTest::newRow("initials") << QStringLiteral("J. R. R. Tolkien wrote it. Readers loved it.") << en
            << QStringList{"J. R. R. Tolkien wrote it. ", "Readers loved it."};
        QTest::newRow("e.g. and vs.")
            << QStringLiteral("Some clubs, e.g. Arsenal vs. Chelsea, played. Others rested.") << en
            << QStringList{"Some clubs, e.g. Arsenal vs. Chelsea, played. ", "Others rested."};
        QTest::newRow("Inc. ending a sentence")
            << QStringLiteral("He works at Acme Inc. The firm is small.") << en
            << QStringList{"He works at Acme Inc. ", "The firm is small."};
        QTest::newRow("question and exclamation") << QStringLiteral("Really? Yes! Fine.") << en
            << QStringList{"Really? ", "Yes! ", "Fine."};
        QTest::newRow("quoted sentence")
            << QStringLiteral("\u201CWe will act.\u201D He said so.") << en
            << QStringList{QStringLiteral("\u201CWe will act.\u201D "), "He said so."};
        QTest::newRow("no final stop") << QStringLiteral("A headline without a stop") << en
            << QStringList{"A headline without a stop"};
        QTest::newRow("Chinese full stops")
            << QStringLiteral("\u6211\u559C\u6B22\u7C73\u996D\u3002\u4ED6\u4E5F\u662F\u3002")
            << QStringLiteral("zh")
            << QStringList{QStringLiteral("\u6211\u559C\u6B22\u7C73\u996D\u3002"),
                           QStringLiteral("\u4ED6\u4E5F\u662F\u3002")};
        QTest::newRow("German abbreviation") << QStringLiteral("Er kam z. B. gestern. Sie nicht.")
            << QStringLiteral("de") << QStringList{"Er kam z. B. gestern. ", "Sie nicht."};
    }
    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QCOMPARE(split(text, language), expected);
    }

    void startsInvariant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty paragraph") << QString();
        QTest::newRow("only spaces") << QStringLiteral("   ");
        QTest::newRow("one word") << QStringLiteral("Hello");
        QTest::newRow("many sentences") << QStringLiteral("A. B. C? D! E.");
    }
    void startsInvariant()
    {
        QFETCH(QString, text);
        const QVector<Token> tokens = tokenize(text, QStringLiteral("en"));
        const QVector<int> starts = sentenceStarts(text, tokens, QStringLiteral("en"));
        QVERIFY(!starts.isEmpty());
        QCOMPARE(starts.first(), 0);
        for (int s = 1; s < starts.size(); ++s) {
            QVERIFY(starts[s] > starts[s - 1]);
            QVERIFY(starts[s] < tokens.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
