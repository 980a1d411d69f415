#include "text/lexicon.h"

#include <QDir>
#include <QTest>

#include <thread>

using namespace Recension;

class TestLexicon : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<Lexicon> m_english;

private slots:
    void initTestCase()
    {
        m_english = Lexicon::forLanguage(QStringLiteral("en"));
        QVERIFY(m_english);
        if (!m_english->hasDictionary() || !m_english->hasThesaurus())
            QSKIP("hunspell-en-us and mythes-en-us are not installed");
        m_english->preload();
    }

    void sharedPerLanguage()
    {
        QCOMPARE(Lexicon::forLanguage(QStringLiteral("en")).get(), m_english.get());
        QCOMPARE(Lexicon::forLanguage(QStringLiteral("en-US")).get(), m_english.get());
        QCOMPARE(Lexicon::forLanguage(QStringLiteral("en_US")).get(), m_english.get());
        QCOMPARE(m_english->dictionaryName(), QStringLiteral("en_US"));
        // Any English gets a dictionary, the closest region available.
        QVERIFY(Lexicon::forLanguage(QStringLiteral("en-AU"))->hasDictionary());
    }

    void synonyms_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("linked");
        // Spinner swaps that the thesaurus links (through dictionary forms where needed).
        QTest::newRow("published and printed") << "published" << "printed" << true;
        QTest::newRow("worried and concerned") << "worried" << "concerned" << true;
        QTest::newRow("closely and carefully") << "closely" << "carefully" << true;
        QTest::newRow("said and stated (irregular lemma)") << "said" << "stated" << true;
        QTest::newRow("help and aid") << "help" << "aid" << true;
        QTest::newRow("buy and purchase") << "buy" << "purchase" << true;
        QTest::newRow("attack and assault") << "attack" << "assault" << true;
        QTest::newRow("told and said") << "told" << "said" << true;
        QTest::newRow("either order") << "stated" << "said" << true;
        // Unrelated controls, antonyms and one word's forms.
        QTest::newRow("house and banana") << "house" << "banana" << false;
        QTest::newRow("minister and river") << "minister" << "river" << false;
        QTest::newRow("increase and decrease are antonyms") << "increase" << "decrease" << false;
        QTest::newRow("rise and fall") << "rise" << "fall" << false;
        QTest::newRow("big and small") << "big" << "small" << false;
        QTest::newRow("a word is not its own synonym") << "said" << "said" << false;
        QTest::newRow("two forms of one word") << "said" << "says" << false;
        QTest::newRow("broader term only: publisher and house") << "publisher" << "house" << false;
        QTest::newRow("vague verbs: held and made") << "held" << "made" << false;
        QTest::newRow("unknown words") << "qwzx" << "zzyq" << false;
    }
    void synonyms()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, linked);
        QCOMPARE(m_english->areSynonyms(a, b), linked);
        QCOMPARE(m_english->areSynonyms(a, b), linked); // cached answer
    }

    void related_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("related");
        QTest::newRow("synonyms are related") << "published" << "printed" << true;
        QTest::newRow("broader term: ships and vessels") << "ships" << "vessels" << true;
        QTest::newRow("broader term: inspect and examine") << "inspect" << "examine" << true;
        QTest::newRow("broader term: trade and commerce") << "trade" << "commerce" << true;
        QTest::newRow("antonyms are not") << "increase" << "decrease" << false;
        QTest::newRow("unrelated words are not") << "minister" << "river" << false;
    }
    void related()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, related);
        QCOMPARE(m_english->areRelated(a, b), related);
        QVERIFY(!m_english->areSynonyms(a, b) || related);
    }

    void spinnerSwapsLinked()
    {
        // The typical swaps of article spinners; how many link is a measure, not a target.
        const QList<std::pair<const char *, const char *>> swaps = {
            {"published", "printed"}, {"worried", "concerned"}, {"trade", "commerce"},
            {"closely", "carefully"}, {"monitoring", "following"}, {"security", "safety"},
            {"said", "stated"}, {"statement", "declaration"}, {"unrest", "turmoil"},
            {"help", "aid"}};
        QStringList linked;
        for (const auto &[a, b] : swaps)
            if (m_english->areSynonyms(QString::fromLatin1(a), QString::fromLatin1(b)))
                linked << QStringLiteral("%1/%2").arg(QLatin1String(a), QLatin1String(b));
        qInfo("%d of %d spinner swaps link: %s", int(linked.size()), int(swaps.size()),
              qPrintable(linked.join(QStringLiteral(", "))));
        QVERIFY(linked.size() >= 5);
    }

    void dictionaryForm_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("form");
        QTest::newRow("past participle") << "published" << "publish";
        QTest::newRow("plural Hunspell gets wrong") << "reports" << "report";
        QTest::newRow("past tense Hunspell gets wrong") << "described" << "describe";
        QTest::newRow("agent noun stays whole") << "customers" << "customer";
        QTest::newRow("silent e") << "closed" << "close";
        QTest::newRow("doubled consonant") << "stopped" << "stop";
        QTest::newRow("gerund with doubling") << "running" << "run";
        QTest::newRow("adverb") << "closely" << "close";
        QTest::newRow("possessive") << "ministry's" << "ministry";
        QTest::newRow("plural-looking singular") << "news" << "news";
        QTest::newRow("irregular past") << "said" << "say";
        QTest::newRow("irregular plural") << "children" << "child";
        QTest::newRow("plural") << "ministers" << "minister";
        QTest::newRow("third person") << "states" << "state";
        QTest::newRow("y to i") << "worried" << "worry";
        QTest::newRow("no prefix stripping") << "increase" << "increase";
        QTest::newRow("un- is not stripped") << "unrest" << "unrest";
        QTest::newRow("unknown word stays") << "qwzx" << "qwzx";
    }
    void dictionaryForm()
    {
        QFETCH(QString, word);
        QFETCH(QString, form);
        QCOMPARE(m_english->dictionaryForm(word), form);
        QVERIFY(m_english->dictionaryForms(word).isEmpty() || m_english->dictionaryForms(word).first() == form);
    }

    void knownWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known");
        QTest::newRow("common word") << "house" << true;
        QTest::newRow("inflected word") << "ministers" << true;
        QTest::newRow("misspelling") << "hosue" << false;
        QTest::newRow("nonsense") << "qwzx" << false;
    }
    void knownWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, known);
        QCOMPARE(m_english->isKnownWord(word), known);
    }

    void stems_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("noun") << "security" << "secur";
        QTest::newRow("derived noun") << "organization" << "organ";
        QTest::newRow("gerund") << "running" << "run";
        QTest::newRow("possessive") << "ministry's" << "ministri";
        QTest::newRow("already a stem") << "plan" << "plan";
    }
    void stems()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(m_english->stem(word), stem);
    }

    void languageWithoutDictionaries()
    {
        const auto none = Lexicon::forLanguage(QStringLiteral("xx"));
        QVERIFY(none);
        QVERIFY(!none->hasDictionary());
        QVERIFY(!none->hasThesaurus());
        QVERIFY(!none->hasStemmer());
        none->preload();
        QCOMPARE(none->dictionaryForm(QStringLiteral("words")), QStringLiteral("words"));
        QVERIFY(none->dictionaryForms(QStringLiteral("words")).isEmpty());
        QVERIFY(!none->areSynonyms(QStringLiteral("big"), QStringLiteral("large")));
        QVERIFY(!none->isKnownWord(QStringLiteral("words")));
        QCOMPARE(none->stem(QStringLiteral("words")), QStringLiteral("words"));
    }

    void snowballWithoutHunspell()
    {
        const auto dutch = Lexicon::forLanguage(QStringLiteral("nl"));
        QVERIFY(dutch->hasStemmer());
        QCOMPARE(dutch->stem(QStringLiteral("boeken")), QStringLiteral("boek"));
        if (!dutch->hasDictionary())
            QCOMPARE(dutch->dictionaryForm(QStringLiteral("boeken")), QStringLiteral("boeken"));
    }

    void concurrentUse()
    {
        // Words no other test asked about, so that both threads race to fill the caches.
        const QStringList words = {"announced", "declared", "warned", "cautioned", "purchased",
                                   "bought", "began", "started", "quickly", "rapidly", "ships",
                                   "vessels", "angry", "furious", "women", "feet"};
        auto run = [&](QStringList *out) {
            for (int round = 0; round < 20; ++round)
                for (int i = 0; i + 1 < words.size(); ++i)
                    *out << m_english->dictionaryForm(words[i]) + u'/' + m_english->stem(words[i])
                            + u'/' + QString::number(m_english->areSynonyms(words[i], words[i + 1]))
                            + u'/' + QString::number(m_english->isKnownWord(words[i]));
        };
        QStringList results[3];
        std::thread one([&] { run(&results[0]); });
        std::thread two([&] { run(&results[1]); });
        one.join();
        two.join();
        run(&results[2]);
        QCOMPARE(results[0], results[2]);
        QCOMPARE(results[1], results[2]);
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
