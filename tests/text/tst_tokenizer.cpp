#include "text/tokenizer.h"
#include "texttesting.h"

#include <QTest>

using namespace Recension;
using namespace TextTesting;

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("icuWords");

        const QString en = QStringLiteral("en");
        QTest::newRow("plain sentence") << QStringLiteral("The minister spoke.") << en
            << QStringList{"The:W", " :S", "minister:W", " :S", "spoke:W", ".:P"} << 3;
        QTest::newRow("thousands separator keeps a number whole")
            << QStringLiteral("3,600 people") << en
            << QStringList{"3,600:N", " :S", "people:W"} << 2;
        QTest::newRow("grouped number with decimals") << QStringLiteral("1,234.5 tonnes") << en
            << QStringList{"1,234.5:N", " :S", "tonnes:W"} << 2;
        QTest::newRow("currency sign stays apart") << QStringLiteral("$3.5 bn") << en
            << QStringList{"$:P", "3.5:N", " :S", "bn:W"} << 2;
        QTest::newRow("no-break space groups digits")
            << QStringLiteral("3\u00A0600 troops") << en
            << QStringList{QStringLiteral("3\u00A0600:N"), " :S", "troops:W"} << 3;
        QTest::newRow("thin space groups digits")
            << QStringLiteral("12\u2009500\u2009000") << en
            << QStringList{QStringLiteral("12\u2009500\u2009000:N")} << 3;
        QTest::newRow("narrow no-break space is already one number")
            << QStringLiteral("3\u202F600") << en << QStringList{QStringLiteral("3\u202F600:N")} << 1;
        QTest::newRow("no-break space before a longer number stays apart")
            << QStringLiteral("2\u00A02024") << en
            << QStringList{"2:N", QStringLiteral("\u00A0:S"), "2024:N"} << 2;
        QTest::newRow("U.S. keeps its inner period") << QStringLiteral("U.S. officials") << en
            << QStringList{"U.S:W", ".:P", " :S", "officials:W"} << 2;
        QTest::newRow("apostrophe inside a word")
            << QStringLiteral("the ministry\u2019s plan") << en
            << QStringList{"the:W", " :S", QStringLiteral("ministry\u2019s:W"), " :S", "plan:W"} << 3;
        QTest::newRow("hyphen splits a compound") << QStringLiteral("e-mail") << en
            << QStringList{"e:W", "-:P", "mail:W"} << 2;
        QTest::newRow("Thai words found by ICU's dictionary")
            << QStringLiteral("\u0E1C\u0E21\u0E0A\u0E2D\u0E1A\u0E01\u0E34\u0E19\u0E02\u0E49\u0E32\u0E27")
            << QStringLiteral("th")
            << QStringList{QStringLiteral("\u0E1C\u0E21:W"), QStringLiteral("\u0E0A\u0E2D\u0E1A:W"),
                           QStringLiteral("\u0E01\u0E34\u0E19:W"),
                           QStringLiteral("\u0E02\u0E49\u0E32\u0E27:W")}
            << 4;
        QTest::newRow("Chinese without spaces")
            << QStringLiteral("\u6211\u559C\u6B22\u5403\u7C73\u996D\u3002") << QStringLiteral("zh")
            << QStringList{QStringLiteral("\u6211:W"), QStringLiteral("\u559C\u6B22:W"),
                           QStringLiteral("\u5403:W"), QStringLiteral("\u7C73\u996D:W"),
                           QStringLiteral("\u3002:P")}
            << 4;
        QTest::newRow("Japanese kana and kanji")
            << QStringLiteral("\u79C1\u306F\u30B3\u30FC\u30D2\u30FC\u304C\u597D\u304D")
            << QStringLiteral("ja")
            << QStringList{QStringLiteral("\u79C1:W"), QStringLiteral("\u306F:W"),
                           QStringLiteral("\u30B3\u30FC\u30D2\u30FC:W"), QStringLiteral("\u304C:W"),
                           QStringLiteral("\u597D\u304D:W")}
            << 5;
        QTest::newRow("emoji is not a word")
            << QStringLiteral("ok \U0001F44D\U0001F3FD") << en
            << QStringList{"ok:W", " :S", QStringLiteral("\U0001F44D\U0001F3FD:P")} << 1;
        QTest::newRow("combining accent stays in its word")
            << QStringLiteral("cafe\u0301 noir") << en
            << QStringList{QStringLiteral("cafe\u0301:W"), " :S", "noir:W"} << 2;
        QTest::newRow("runs of spaces and a tab") << QStringLiteral("a  b\tc") << en
            << QStringList{"a:W", "  :S", "b:W", "\t:S", "c:W"} << 3;
        QTest::newRow("empty paragraph") << QString() << en << QStringList{} << 0;
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(int, icuWords);
        int words = -1;
        const QVector<Token> tokens = tokenize(text, language, &words);
        QCOMPARE(describe(text, tokens), expected);
        QCOMPARE(coverageProblem(text, tokens), QString());
        QCOMPARE(words, icuWords);
    }

    void capitalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<bool>>("expected"); // one per word token
        QTest::newRow("sentence start and a name")
            << QStringLiteral("The minister met Ana") << QList<bool>{true, false, false, true};
        QTest::newRow("accented capital") << QStringLiteral("\u00C9lan \u00E9lan")
                                          << QList<bool>{true, false};
        QTest::newRow("title-case digraph") << QStringLiteral("\u01C5uro") << QList<bool>{true};
        QTest::newRow("ideographs have no case") << QStringLiteral("\u7C73\u996D")
                                                 << QList<bool>{false};
    }
    void capitalised()
    {
        QFETCH(QString, text);
        QFETCH(QList<bool>, expected);
        QList<bool> flags;
        for (const Token &token : tokenize(text, QStringLiteral("en")))
            if (token.isWord())
                flags << token.capitalised;
        QCOMPARE(flags, expected);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
