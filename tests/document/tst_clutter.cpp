#include "document/clutter.h"
#include "document/wordcount.h"

#include <QTest>

using namespace Recension;

namespace {

Document page(const QString &language, const QStringList &texts)
{
    Document document;
    document.path = QStringLiteral("page.html");
    document.language = language;
    int line = 0;
    for (const QString &text : texts)
        document.paragraphs.append({ text, ++line, line });
    return document;
}

/// "3 share" for each mark, so a failure prints what was found.
QStringList described(const QVector<ClutterMark> &marks)
{
    QStringList out;
    for (const ClutterMark &mark : marks)
        out << QStringLiteral("%1 %2").arg(mark.paragraph).arg(toString(mark.kind));
    return out;
}

} // namespace

class TestClutter : public QObject
{
    Q_OBJECT
private slots:
    void findsClutter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("clutter");

        QTest::newRow("English web copy")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("Ferry timetable changes for the winter"),
                   QStringLiteral("12"), QStringLiteral("Share this article"),
                   QStringLiteral("The island ferry will sail twice a day from November, the "
                                  "harbour office said on Monday."),
                   QStringLiteral("Photo: Ada Lindqvist / Kessvik Weekly"),
                   QStringLiteral("Harbour, ferry, timetable, winter"),
                   QStringLiteral("Fares will not change, and the first crossing leaves at seven."),
                   QStringLiteral("We use cookies to improve your experience. Accept all cookies "
                                  "or manage your choices."),
                   QStringLiteral("Read more: Storm closes the ferry route"),
                   QStringLiteral("Ada Lindqvist"), QStringLiteral("Related stories"),
                   QStringLiteral("Council approves new cycle lanes"),
                   QStringLiteral("Leave a comment"), QStringLiteral("Back to top") }
            << QStringList{ QStringLiteral("1 counter"), QStringLiteral("2 share"),
                   QStringLiteral("4 photo-credit"), QStringLiteral("5 tags"),
                   QStringLiteral("7 cookie"), QStringLiteral("8 read-more"),
                   QStringLiteral("9 byline"), QStringLiteral("10 related"),
                   QStringLiteral("11 related"), QStringLiteral("12 comment"),
                   QStringLiteral("13 navigation") };
        QTest::newRow("German web copy")
            << QStringLiteral("de")
            << QStringList{ QStringLiteral("Fähre fährt im Winter seltener"),
                   QStringLiteral("Artikel teilen"),
                   QStringLiteral("Die Inselfähre fährt ab November nur noch zweimal am Tag, "
                                  "teilte das Hafenamt am Montag mit."),
                   QStringLiteral("Foto: Ada Lindqvist / dpa"),
                   QStringLiteral("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten."),
                   QStringLiteral("Mehr zum Thema: Sturm legt Fährverkehr lahm"),
                   QStringLiteral("Die Preise bleiben gleich."),
                   QStringLiteral("Das könnte Sie auch interessieren"),
                   QStringLiteral("Stadtrat beschließt neue Radwege"),
                   QStringLiteral("Kommentar schreiben") }
            << QStringList{ QStringLiteral("1 share"), QStringLiteral("3 photo-credit"),
                   QStringLiteral("4 cookie"), QStringLiteral("5 read-more"),
                   QStringLiteral("7 related"), QStringLiteral("8 related"),
                   QStringLiteral("9 comment") };
        QTest::newRow("French web copy")
            << QStringLiteral("fr-FR")
            << QStringList{ QStringLiteral("Le bac de l’île change d’horaire cet hiver"),
                   QStringLiteral("Partager sur Facebook"),
                   QStringLiteral("Le bac partira deux fois par jour à partir de novembre, a "
                                  "annoncé la capitainerie lundi."),
                   QStringLiteral("Crédit photo : Ada Lindqvist"),
                   QStringLiteral("Nous utilisons des cookies pour mesurer l’audience."),
                   QStringLiteral("Lire aussi : La tempête ferme la liaison maritime"),
                   QStringLiteral("Les tarifs ne changent pas."),
                   QStringLiteral("Sur le même sujet"),
                   QStringLiteral("Le conseil municipal vote de nouvelles pistes cyclables"),
                   QStringLiteral("Laisser un commentaire"),
                   QStringLiteral("Retour en haut de la page") }
            << QStringList{ QStringLiteral("1 share"), QStringLiteral("3 photo-credit"),
                   QStringLiteral("4 cookie"), QStringLiteral("5 read-more"),
                   QStringLiteral("7 related"), QStringLiteral("8 related"),
                   QStringLiteral("9 comment"), QStringLiteral("10 navigation") };
        QTest::newRow("agency credit in any language")
            << QStringLiteral("de")
            << QStringList{ QStringLiteral("Sturm über Kessvik"),
                   QStringLiteral("Ada Lindqvist / AFP / Getty Images"),
                   QStringLiteral("Der Hafen bleibt bis Freitag geschlossen.") }
            << QStringList{ QStringLiteral("1 photo-credit") };
        QTest::newRow("an article is no clutter")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("Ferry timetable changes for the winter"),
                   QStringLiteral("Shareholders of the ferry company will vote on Tuesday."),
                   QStringLiteral("The comments of the harbour master were read out."),
                   QStringLiteral("Repairs begin"),
                   QStringLiteral("The pier reopens in March, the council said.") }
            << QStringList();
        QTest::newRow("a table's number is no counter")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("Sailings"), QStringLiteral("Monday"),
                   QStringLiteral("2"), QStringLiteral("Tuesday"), QStringLiteral("3") }
            << QStringList();
        QTest::newRow("English rules stay out of a German page")
            << QStringLiteral("de")
            << QStringList{ QStringLiteral("Fähre fährt seltener"), QStringLiteral("Home"),
                   QStringLiteral("Die Preise bleiben gleich.") }
            << QStringList();
        QTest::newRow("the title is never clutter")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("Leave a comment"), QStringLiteral("Text here.") }
            << QStringList();
        QTest::newRow("a long paragraph is never clutter")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("Title"),
                   QStringLiteral("Read more about how the council spent the ferry budget on "
                                  "new ramps, lights, benches, shelters and signs at every stop "
                                  "along the coast road last winter and spring") }
            << QStringList();
        QTest::newRow("menu line repeated in the page")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("Ferry news"), QStringLiteral("Kessvik Weekly"),
                   QStringLiteral("The ferry sails at nine."), QStringLiteral("Kessvik Weekly") }
            << QStringList{ QStringLiteral("1 navigation"), QStringLiteral("3 navigation") };
        // A word of thousands of letters is cut into identical pieces: few words, repeated,
        // yet the text itself, never a menu.
        const QString piece = QStringLiteral("harbourbridgecouncil").repeated(300);
        QTest::newRow("pieces of one enormous word are no menu")
            << QStringLiteral("en")
            << QStringList{ QStringLiteral("A long word"), piece, piece, piece }
            << QStringList();
    }
    void findsClutter()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, clutter);
        QCOMPARE(described(findClutter(page(language, paragraphs))), clutter);
    }

    void setAsideKeepsTheRest()
    {
        auto document = std::make_shared<Document>(page(QStringLiteral("en"),
            { QStringLiteral("Ferry news"), QStringLiteral("Share this article"),
                QStringLiteral("The ferry sails at nine.") }));
        const QVector<ClutterMark> marks = findClutter(*document);
        const DocumentPtr clean = setClutterAside(document, marks);
        QCOMPARE(clean->paragraphs.size(), 2);
        QCOMPARE(clean->paragraphs.at(1).text, QStringLiteral("The ferry sails at nine."));
        QCOMPARE(clean->paragraphs.at(1).line, 3); // source lines stay true
        QCOMPARE(clean->warnings.size(), 1);
        QVERIFY(clean->warnings.first().contains(QStringLiteral("set aside")));
        QCOMPARE(document->paragraphs.size(), 3); // the original is untouched
        QCOMPARE(setClutterAside(document, {}), DocumentPtr(document));
    }

    void setAsideParagraphsKeepTheirPlace_data()
    {
        QTest::addColumn<QSet<int>>("kept");
        QTest::addColumn<QStringList>("aside");
        QTest::addColumn<QVector<int>>("before");
        QTest::addColumn<QStringList>("compared");
        QTest::newRow("every guess taken")
            << QSet<int>() << QStringList{ QStringLiteral("Share this article"),
                                  QStringLiteral("Leave a comment") }
            << QVector<int>{ 1, 2 }
            << QStringList{ QStringLiteral("Ferry news"), QStringLiteral("The ferry sails at nine.") };
        QTest::newRow("a guess overruled by the reader")
            << QSet<int>{ 1 } << QStringList{ QStringLiteral("Leave a comment") }
            << QVector<int>{ 3 }
            << QStringList{ QStringLiteral("Ferry news"), QStringLiteral("Share this article"),
                   QStringLiteral("The ferry sails at nine.") };
    }
    void setAsideParagraphsKeepTheirPlace()
    {
        QFETCH(QSet<int>, kept);
        QFETCH(QStringList, aside);
        QFETCH(QVector<int>, before);
        QFETCH(QStringList, compared);
        auto document = std::make_shared<Document>(page(QStringLiteral("en"),
            { QStringLiteral("Ferry news"), QStringLiteral("Share this article"),
                QStringLiteral("The ferry sails at nine."), QStringLiteral("Leave a comment") }));
        const DocumentPtr clean = setClutterAside(document, withoutKept(findClutter(*document), kept));
        QStringList texts;
        int words = 0;
        for (const Paragraph &paragraph : clean->paragraphs) {
            texts << paragraph.text;
            words += countWords(paragraph.text);
        }
        QCOMPARE(texts, compared);
        QCOMPARE(clean->wordCount, words); // the figures count the paragraphs compared
        QStringList asideTexts;
        QVector<int> places;
        for (const AsideParagraph &paragraph : clean->setAside) {
            asideTexts << paragraph.paragraph.text;
            places << paragraph.before;
            QCOMPARE(document->paragraphs.at(paragraph.source).text, paragraph.paragraph.text);
        }
        QCOMPARE(asideTexts, aside);
        QCOMPARE(places, before);
    }
};

QTEST_GUILESS_MAIN(TestClutter)
#include "tst_clutter.moc"
