#include "comparetesthelpers.h"
#include "text/analysedtext.h"
#include "text/languagesupport.h"
#include "text/tokenizer.h"

#include <QTest>

Q_DECLARE_METATYPE(Recension::Category)

using namespace Recension;
using namespace Recension::TestSupport;

namespace {

DocumentPtr fixture(const QString &name)
{
    const LoadResult result
        = loadDocument(QStringLiteral(RECENSION_FIXTURES "/languages/") + name);
    if (!result.ok())
        qFatal("fixture did not load: %s", qPrintable(result.error));
    return result.document;
}

/// A document of `paragraphs` read as `language`, whatever a detector would guess from so
/// little text.
DocumentPtr documentIn(const QString &language, const QStringList &paragraphs)
{
    auto document = std::make_shared<Document>(*webDocument(paragraphs));
    document->language = language;
    return document;
}

ComparisonPtr compareFixtures(const QString &left, const QString &right)
{
    return compareDocuments(fixture(left), fixture(right), CompareOptions());
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private slots:
    void spunCopyGivesSynonyms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("synonyms");
        // An article that agrees with the noun swapped ("den Preis" → "die Kosten",
        // "la tempête" → "l’ouragan") is a function word of the language: it folds into
        // the synonym instead of standing as a change of its own.
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringList{ QStringLiteral("Sturm → Sturmwind"),
                                       QStringLiteral("Sturm → Sturmwind"),
                                       QStringLiteral("beschädigt → ramponiert"),
                                       QStringLiteral("Reparatur → Instandsetzung"),
                                       QStringLiteral("Gemeinde → Kommune"),
                                       QStringLiteral("den Preis → die Kosten") };
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringList{ QStringLiteral("La tempête → L’ouragan"),
                                       QStringLiteral("la tempête → l’ouragan"),
                                       QStringLiteral("le quai → l’embarcadère"),
                                       QStringLiteral("commune → ville"),
                                       QStringLiteral("rembourser → restituer"),
                                       QStringLiteral("prix → coût"),
                                       QStringLiteral("quai → embarcadère") };
    }
    void spunCopyGivesSynonyms()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, synonyms);
        if (!dictionaryWarnings(language).isEmpty())
            QSKIP("the language's Hunspell or MyThes package is not installed");
        const ComparisonPtr comparison = compareFixtures(language + QStringLiteral("-original.txt"),
            language + QStringLiteral("-spun.txt"));
        QVERIFY(comparison);
        QCOMPARE(comparison->documents[Left]->language, language);
        QCOMPARE(changesOf(*comparison, Category::Synonym), synonyms);
        // The unchanged quotation and the speaker's name stay untouched.
        QCOMPARE(changesOf(*comparison, Category::Name), QStringList());
        QCOMPARE(changesOf(*comparison, Category::Speaker), QStringList());
    }

    void noSynonymAcrossLanguages()
    {
        const ComparisonPtr comparison
            = compareFixtures(QStringLiteral("de-original.txt"), QStringLiteral("fr-original.txt"));
        QVERIFY(comparison);
        QCOMPARE(changesOf(*comparison, Category::Synonym), QStringList());
        QVERIFY(!crossLanguageNotice(QStringLiteral("de"), QStringLiteral("fr")).isEmpty());
        QVERIFY(crossLanguageNotice(QStringLiteral("de-AT"), QStringLiteral("de")).isEmpty());
    }

    void eachLanguageTypesWithItsOwnLists_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<Category>("category");
        const QString de = QStringLiteral("de");
        const QString fr = QStringLiteral("fr");
        QTest::newRow("German negation dropped")
            << de << QStringLiteral("Der Gemeinderat will die alte Fähre nicht verkaufen.")
            << QStringLiteral("Der Gemeinderat will die alte Fähre verkaufen.") << Category::Polarity;
        QTest::newRow("German qualifier of another strength")
            << de << QStringLiteral("Die Reparatur wird etwa zwei Wochen dauern.")
            << QStringLiteral("Die Reparatur wird mindestens zwei Wochen dauern.") << Category::Hedge;
        QTest::newRow("German number word for another")
            << de << QStringLiteral("Die Reparatur wird zwei Wochen dauern.")
            << QStringLiteral("Die Reparatur wird drei Wochen dauern.") << Category::Number;
        QTest::newRow("German number word as digits")
            << de << QStringLiteral("Die Reparatur wird zwei Wochen dauern.")
            << QStringLiteral("Die Reparatur wird 2 Wochen dauern.") << Category::Format;
        QTest::newRow("German modal of another strength")
            << de << QStringLiteral("Der Anleger muss im Winter repariert werden.")
            << QStringLiteral("Der Anleger könnte im Winter repariert werden.") << Category::Hedge;
        QTest::newRow("French negation dropped")
            << fr << QStringLiteral("Le conseil ne vendra pas le vieux bac.")
            << QStringLiteral("Le conseil vendra le vieux bac.") << Category::Polarity;
        QTest::newRow("French qualifier of another strength")
            << fr << QStringLiteral("Les travaux dureront environ deux semaines.")
            << QStringLiteral("Les travaux dureront au moins deux semaines.") << Category::Hedge;
        QTest::newRow("French number word for another")
            << fr << QStringLiteral("Les travaux dureront deux semaines.")
            << QStringLiteral("Les travaux dureront trois semaines.") << Category::Number;
        QTest::newRow("French number word as digits")
            << fr << QStringLiteral("Les travaux dureront deux semaines.")
            << QStringLiteral("Les travaux dureront 2 semaines.") << Category::Format;
        QTest::newRow("French number written out in hyphenated words as digits")
            << fr << QStringLiteral("Les travaux dureront quatre-vingt-dix jours.")
            << QStringLiteral("Les travaux dureront 90 jours.") << Category::Format;
        QTest::newRow("French modal of another strength")
            << fr << QStringLiteral("Le quai doit être réparé cet hiver.")
            << QStringLiteral("Le quai pourrait être réparé cet hiver.") << Category::Hedge;
    }
    void eachLanguageTypesWithItsOwnLists()
    {
        QFETCH(QString, language);
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(Category, category);
        const QString title = QStringLiteral("Kessvik");
        const ComparisonPtr comparison = compareDocuments(documentIn(language, {title, left}),
            documentIn(language, {title, right}), CompareOptions());
        QVERIFY(comparison);
        bool found = false;
        for (const Change &change : comparison->changes)
            found = found || change.category == category;
        QVERIFY2(found, qPrintable(describe(*comparison)));
    }

    void missingDictionaryIsSaid_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("warnings");
        QTest::newRow("a language without packages") << QStringLiteral("zxx") << 2;
    }
    void missingDictionaryIsSaid()
    {
        QFETCH(QString, language);
        QFETCH(int, warnings);
        const QStringList said = dictionaryWarnings(language);
        QCOMPARE(said.size(), warnings);
        QVERIFY(said.first().contains(QStringLiteral("hunspell-zxx")));
        QVERIFY(said.last().contains(QStringLiteral("no synonym")));
    }

    void elisionsSplit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("French article") << QStringLiteral("l’ouragan") << QStringLiteral("fr")
                                        << QStringList{ QStringLiteral("l’"),
                                               QStringLiteral("ouragan") };
        QTest::newRow("French conjunction") << QStringLiteral("jusqu'au") << QStringLiteral("fr")
                                            << QStringList{ QStringLiteral("jusqu'"),
                                                   QStringLiteral("au") };
        QTest::newRow("French word with an apostrophe inside")
            << QStringLiteral("aujourd’hui") << QStringLiteral("fr")
            << QStringList{ QStringLiteral("aujourd’hui") };
        QTest::newRow("English possessive") << QStringLiteral("l’ouragan") << QStringLiteral("en")
                                            << QStringList{ QStringLiteral("l’ouragan") };
    }
    void elisionsSplit()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QStringList got;
        for (const Token &token : tokenize(text, language))
            got << text.mid(token.start, token.length);
        QCOMPARE(got, words);
    }

    void quotationMarksOfEachLanguage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("German „…“") << QStringLiteral("de-original.txt")
                                   << QStringLiteral("Wir fahren erst wieder, wenn der Anleger "
                                                     "sicher ist");
        QTest::newRow("French « … »") << QStringLiteral("fr-original.txt")
                                     << QStringLiteral("Nous ne repartirons que lorsque le quai "
                                                       "sera sûr");
    }
    void quotationMarksOfEachLanguage()
    {
        QFETCH(QString, path);
        QFETCH(QString, quoted);
        const ComparisonPtr comparison = compareFixtures(path, path);
        QVERIFY(comparison);
        QCOMPARE(comparison->quotes.size(), 1);
        QVERIFY(comparison->quotes.first().status == QuoteStatus::Verbatim);
        QCOMPARE(comparison->spanText(Left, comparison->quotes.first().sides[Left]).trimmed(),
            quoted);
        // Found through the language's own speech verbs ("sagte", "a déclaré").
        QVERIFY2(comparison->quotes.first().speaker.endsWith(QStringLiteral("Lindqvist")),
            qPrintable(comparison->quotes.first().speaker));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
