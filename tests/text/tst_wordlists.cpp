// The one word-list loader: every language the engine knows has each list it reads, the
// audits' lists come through it, and the Lexicon hands out its own language's lists.

#include "compare/finderwords.h"
#include "text/lexicon.h"
#include "text/wordlists.h"

#include <QTest>

using namespace Recension;

Q_DECLARE_METATYPE(Recension::WordListKind)

class TestWordLists : public QObject
{
    Q_OBJECT
private slots:
    void everyLanguageHasEachList_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<WordListKind>("kind");
        const char *names[] = { "negations", "modals", "qualifiers", "stance verbs",
            "institutions", "honorifics", "demonyms", "antonyms", "contractions", "light words",
            "volatile modifiers", "synonyms", "function words", "function synonyms",
            "number words", "speech verbs", "listener verbs", "pronouns", "determiners",
            "adverbials", "connectives", "document nouns", "not names", "bodies", "months",
            "weekdays", "person titles" };
        static_assert(sizeof(names) / sizeof(names[0]) == WordListKindCount);
        for (const char *language : { "en", "de", "fr" }) {
            for (int kind = 0; kind < WordListKindCount; ++kind) {
                // German and French write no contractions a rewriter spells out.
                if (WordListKind(kind) == WordListKind::Contractions && qstrcmp(language, "en"))
                    continue;
                QTest::addRow("%s %s", language, names[kind])
                    << QString::fromLatin1(language) << WordListKind(kind);
            }
        }
    }
    void everyLanguageHasEachList()
    {
        QFETCH(QString, language);
        QFETCH(WordListKind, kind);
        QVERIFY(!wordList(kind, language).isEmpty());
        // The Lexicon hands out the very same list.
        QCOMPARE(&Lexicon::forLanguage(language)->wordList(kind), &wordList(kind, language));
    }

    void aLanguageWithoutListsHasEmptyOnes()
    {
        for (int kind = 0; kind < WordListKindCount; ++kind)
            QVERIFY(Lexicon::forLanguage(QStringLiteral("zxx"))->wordList(WordListKind(kind)).isEmpty());
    }

    void numberWordsHaveTheirValues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<double>("value");
        QTest::newRow("English twelve") << QStringLiteral("en") << QStringLiteral("twelve") << 12.0;
        QTest::newRow("English million") << QStringLiteral("en") << QStringLiteral("million") << 1e6;
        QTest::newRow("German zwanzig") << QStringLiteral("de") << QStringLiteral("zwanzig") << 20.0;
        QTest::newRow("German fünf") << QStringLiteral("de-AT") << QStringLiteral("fünf") << 5.0;
        QTest::newRow("French trois") << QStringLiteral("fr") << QStringLiteral("trois") << 3.0;
        QTest::newRow("French milliard") << QStringLiteral("fr") << QStringLiteral("milliard") << 1e9;
        QTest::newRow("French half") << QStringLiteral("fr") << QStringLiteral("moitié") << 0.5;
    }
    void numberWordsHaveTheirValues()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(double, value);
        QCOMPARE(numberWords(language).value(word, -1), value);
    }

    void articlesAreNoNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::newRow("German ein") << QStringLiteral("de") << QStringLiteral("ein");
        QTest::newRow("German eine") << QStringLiteral("de") << QStringLiteral("eine");
        QTest::newRow("French un") << QStringLiteral("fr") << QStringLiteral("un");
        QTest::newRow("French une") << QStringLiteral("fr") << QStringLiteral("une");
    }
    void articlesAreNoNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QVERIFY(!numberWords(language).contains(word));
    }

    void auditsReadTheSameLists_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("speechVerb");
        QTest::addColumn<QString>("month");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("said") << QStringLiteral("march");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("sagte") << QStringLiteral("märz");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("déclaré") << QStringLiteral("mars");
    }
    void auditsReadTheSameLists()
    {
        QFETCH(QString, language);
        QFETCH(QString, speechVerb);
        QFETCH(QString, month);
        const FinderWords &words = finderWords(language);
        QVERIFY(words.speechVerbs.contains(speechVerb));
        QVERIFY(words.months.contains(month));
        QCOMPARE(words.speechVerbs, wordList(WordListKind::SpeechVerbs, language).keys());
    }

    void elidedWordsAreListedAsTheyAreRead()
    {
        // The French tokenizer keeps the apostrophe on an elided word ("n’" in "n’a").
        QVERIFY(wordList(WordListKind::Negations, QStringLiteral("fr")).contains(QStringLiteral("n'")));
        QVERIFY(wordList(WordListKind::FunctionWords, QStringLiteral("fr")).contains(QStringLiteral("l'")));
    }
};

QTEST_GUILESS_MAIN(TestWordLists)
#include "tst_wordlists.moc"
