#include "document/documentloader.h"
#include "document/languagedetector.h"

#include <QTest>

using namespace Recension;

namespace {

QString languageFixture(const QString &name)
{
    return QStringLiteral(RECENSION_FIXTURES "/languages/") + name;
}

QString sample(const QString &name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + name;
}

} // namespace

class TestLanguageDetector : public QObject
{
    Q_OBJECT
private slots:
    void profilesExist()
    {
        QCOMPARE(detectableLanguages(),
            QStringList({ QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr") }));
    }

    void detects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        QTest::newRow("English sample") << sample(QStringLiteral("harbour-original.txt"))
                                        << QStringLiteral("en");
        QTest::newRow("English spun sample") << sample(QStringLiteral("harbour-spun.txt"))
                                             << QStringLiteral("en");
        QTest::newRow("German article") << languageFixture(QStringLiteral("de-original.txt"))
                                        << QStringLiteral("de");
        QTest::newRow("German spun copy") << languageFixture(QStringLiteral("de-spun.txt"))
                                          << QStringLiteral("de");
        QTest::newRow("French article") << languageFixture(QStringLiteral("fr-original.txt"))
                                        << QStringLiteral("fr");
        QTest::newRow("French spun copy") << languageFixture(QStringLiteral("fr-spun.txt"))
                                          << QStringLiteral("fr");
    }
    void detects()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        const LoadResult result = loadDocument(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(detectLanguage(result.document->paragraphs).language, language);
        QCOMPARE(result.document->language, language); // the default English gives way
        QCOMPARE(result.document->warnings, QStringList());
    }

    void undecided_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("too few words") << QStringLiteral("Der Hafen ist zu.");
        QTest::newRow("names and numbers only")
            << QStringLiteral("Kessvik 2024 Lindqvist 14 Ada 7 Nordhavn 3 Solberg 9 Vik 11 "
                              "Hamar 5 Bryne 8 Lom 2 Os 4 Evje 6 Hol 1 Ål 12 Vang 13 Voss 15");
    }
    void undecided()
    {
        QFETCH(QString, text);
        QVERIFY(detectLanguage({ Paragraph{ text, 1, 1 } }).language.isEmpty());
    }

    void settles_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("warned");
        QTest::newRow("default gives way") << QStringLiteral("en") << QStringLiteral("de") << false;
        QTest::newRow("region of the same language kept")
            << QStringLiteral("de-AT") << QStringLiteral("de-AT") << false;
        QTest::newRow("another language asked for is kept, with a warning")
            << QStringLiteral("fr") << QStringLiteral("fr") << true;
    }
    void settles()
    {
        QFETCH(QString, requested);
        QFETCH(QString, language);
        QFETCH(bool, warned);
        LoadOptions options;
        options.language = requested;
        const LoadResult result = loadDocument(languageFixture(QStringLiteral("de-original.txt")),
            options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document->language, language);
        QCOMPARE(result.document->warnings.size(), warned ? 1 : 0);
        if (warned)
            QVERIFY(result.document->warnings.first().contains(QStringLiteral("German")));
    }
};

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
