#include "document/documentloader.h"
#include "document/wordcount.h"
#include "text/keys.h"
#include "text/lexicon.h"
#include "text/textanalyser.h"
#include "texttesting.h"

#include <QTest>

#include <thread>

using namespace Recension;
using namespace TextTesting;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RECENSION_FIXTURES "/text/") + name;
}

QString sample(const QString &name)
{
    return QStringLiteral(RECENSION_SAMPLES "/") + name;
}

/// The key ids of a paragraph's tokens other than spaces.
QVector<quint32> keysOf(const AnalysedParagraph &paragraph)
{
    QVector<quint32> keys;
    for (const Token &token : paragraph.tokens)
        if (token.kind != TokenKind::Space)
            keys << token.key;
    return keys;
}

} // namespace

class TestTextAnalyser : public QObject
{
    Q_OBJECT
private:
    /// Checks every invariant the comparison engine relies on; empty when all hold.
    static QString problems(const AnalysedDocument &analysed, const KeyTable &keys)
    {
        const Document &document = *analysed.document;
        if (analysed.paragraphs.size() != document.paragraphs.size())
            return QStringLiteral("paragraph count differs");
        const auto lexicon = Lexicon::forLanguage(analysed.language);
        int words = 0;
        for (int p = 0; p < document.paragraphs.size(); ++p) {
            const QString &text = document.paragraphs[p].text;
            const AnalysedParagraph &paragraph = analysed.paragraphs[p];
            const QString where = QStringLiteral("paragraph %1: ").arg(p);
            if (const QString problem = coverageProblem(text, paragraph.tokens); !problem.isEmpty())
                return where + problem;
            if (paragraph.wordCount != countWords(text))
                return where + QStringLiteral("%1 words, the document counts %2")
                                   .arg(paragraph.wordCount).arg(countWords(text));
            words += paragraph.wordCount;
            if (paragraph.sentenceStarts.isEmpty() || paragraph.sentenceStarts.first() != 0)
                return where + QStringLiteral("sentences do not start at token 0");
            for (int s = 1; s < paragraph.sentenceStarts.size(); ++s)
                if (paragraph.sentenceStarts[s] <= paragraph.sentenceStarts[s - 1]
                    || paragraph.sentenceStarts[s] >= paragraph.tokens.size())
                    return where + QStringLiteral("sentence %1 starts out of order").arg(s);
            for (const Token &token : paragraph.tokens) {
                const QString shown = text.mid(token.start, token.length);
                const QString key = keys.text(token.key);
                if (token.key == 0 || key != comparisonKey(shown))
                    return where + QStringLiteral("wrong key \"%1\" for \"%2\"").arg(key, shown);
                const QString expectedStem = token.kind == TokenKind::Word ? lexicon->stem(key) : key;
                if (token.stem == 0 || keys.text(token.stem) != expectedStem)
                    return where + QStringLiteral("wrong stem for \"%1\"").arg(shown);
                if (token.capitalised != (token.kind == TokenKind::Word && shown.at(0).isUpper()))
                    return where + QStringLiteral("wrong capitalisation of \"%1\"").arg(shown);
            }
        }
        if (words != document.wordCount)
            return QStringLiteral("%1 words in all, the document counts %2").arg(words).arg(document.wordCount);
        return {};
    }

private slots:
    void invariantsOnFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("mixed scripts fixture") << fixture(QStringLiteral("mixed-scripts.txt"));
        QTest::newRow("sample original") << sample(QStringLiteral("harbour-original.txt"));
        QTest::newRow("sample spun") << sample(QStringLiteral("harbour-spun.txt"));
        QTest::newRow("sample condensed") << sample(QStringLiteral("harbour-condensed.txt"));
        QTest::newRow("sample unrelated") << sample(QStringLiteral("unrelated.txt"));
    }
    void invariantsOnFiles()
    {
        QFETCH(QString, path);
        const LoadResult loaded = loadDocument(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        KeyTable keys;
        const AnalysedDocument analysed = TextAnalyser(keys).analyse(loaded.document, QString());
        QCOMPARE(analysed.language, loaded.document->language);
        QCOMPARE(problems(analysed, keys), QString());
    }

    void wordCountInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "sv", "fi", "ja", "zh", "th", "ar", "ru"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void wordCountInEveryLanguage()
    {
        // The document counts words with one iterator for every language; the tokens must
        // agree whatever language the text is analysed in.
        QFETCH(QString, language);
        const LoadResult loaded = loadDocument(fixture(QStringLiteral("mixed-scripts.txt")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        KeyTable keys;
        const AnalysedDocument analysed = TextAnalyser(keys).analyse(loaded.document, language);
        int words = 0;
        for (const AnalysedParagraph &paragraph : analysed.paragraphs)
            words += paragraph.wordCount;
        QCOMPARE(words, loaded.document->wordCount);
    }

    void fixtureQuotations()
    {
        const LoadResult loaded = loadDocument(fixture(QStringLiteral("mixed-scripts.txt")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        KeyTable keys;
        const AnalysedDocument analysed = TextAnalyser(keys).analyse(loaded.document, QStringLiteral("en"));
        QStringList quotes;
        for (const QuoteSpan &span : analysed.quotes)
            quotes << quoteText(*loaded.document, span);
        QCOMPARE(quotes, (QStringList{
            "Closely Monitoring",
            "We will not reopen the quay until the wind drops,",
            "Nobody wants a repeat of 2019.",
            QStringLiteral("The crews have worked through the night. | \u201CThey deserve a rest,"),
            "Wir warten ab",
            "Nous attendons"}));
    }

    void sameKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("curly and straight quotes")
            << QStringLiteral("\u201CIt\u2019s over,\u201D she said.") << QStringLiteral("\"It's over,\" she said.");
        QTest::newRow("case only") << QStringLiteral("The Minister Spoke") << QStringLiteral("the minister spoke");
        QTest::newRow("number separators") << QStringLiteral("3,600 people and 2.50 dollars")
                                           << QStringLiteral("3\u00A0600 people and 2.5 dollars");
        QTest::newRow("decomposed accent") << QStringLiteral("caf\u00E9 cr\u00E8me")
                                           << QStringLiteral("cafe\u0301 cre\u0300me");
        QTest::newRow("dash styles") << QStringLiteral("now \u2014 or never") << QStringLiteral("now - or never");
    }
    void sameKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        KeyTable keys;
        const TextAnalyser analyser(keys);
        QCOMPARE(keysOf(analyser.analyseParagraph(a, QStringLiteral("en"))),
                 keysOf(analyser.analyseParagraph(b, QStringLiteral("en"))));
    }

    void stemsJoinInflections_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural") << "ministers" << "Minister";
        QTest::newRow("past tense") << "published" << "publishes";
        QTest::newRow("gerund") << "monitoring" << "monitored";
    }
    void stemsJoinInflections()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        KeyTable keys;
        const TextAnalyser analyser(keys);
        const AnalysedParagraph one = analyser.analyseParagraph(a, QStringLiteral("en"));
        const AnalysedParagraph two = analyser.analyseParagraph(b, QStringLiteral("en"));
        QCOMPARE(one.tokens.size(), 1);
        QCOMPARE(two.tokens.size(), 1);
        QVERIFY(one.tokens[0].key != two.tokens[0].key);
        QCOMPARE(one.tokens[0].stem, two.tokens[0].stem);
    }

    void twoDocumentsAtOnce()
    {
        const LoadResult left = loadDocument(sample(QStringLiteral("harbour-original.txt")));
        const LoadResult right = loadDocument(sample(QStringLiteral("harbour-spun.txt")));
        QVERIFY(left.ok() && right.ok());
        KeyTable keys;
        const TextAnalyser analyser(keys);
        AnalysedDocument analysed[2];
        std::thread one([&] { analysed[0] = analyser.analyse(left.document, QStringLiteral("en")); });
        std::thread two([&] { analysed[1] = analyser.analyse(right.document, QStringLiteral("en")); });
        one.join();
        two.join();
        QCOMPARE(problems(analysed[0], keys), QString());
        QCOMPARE(problems(analysed[1], keys), QString());

        // Alone, with a table of its own, a document gets the same keys by text.
        KeyTable alone;
        const AnalysedDocument single = TextAnalyser(alone).analyse(right.document, QStringLiteral("en"));
        for (int p = 0; p < single.paragraphs.size(); ++p)
            for (int t = 0; t < single.paragraphs[p].tokens.size(); ++t)
                QCOMPARE(alone.text(single.paragraphs[p].tokens[t].key),
                         keys.text(analysed[1].paragraphs[p].tokens[t].key));
    }

    void emptyParagraphsAndDocuments()
    {
        KeyTable keys;
        const TextAnalyser analyser(keys);
        const DocumentPtr document = makeDocument({QString(), QStringLiteral("Words."), QString()});
        const AnalysedDocument analysed = analyser.analyse(document, QString());
        QCOMPARE(analysed.paragraphs.size(), 3);
        QVERIFY(analysed.paragraphs[0].tokens.isEmpty());
        QCOMPARE(analysed.paragraphs[0].sentenceStarts, QVector<int>{0});
        QCOMPARE(analysed.paragraphs[0].wordCount, 0);
        QCOMPARE(analysed.paragraphs[1].wordCount, 1);
        QCOMPARE(analysed.language, QStringLiteral("en"));

        const AnalysedDocument none = analyser.analyse(makeDocument({}), QStringLiteral("de"));
        QVERIFY(none.paragraphs.isEmpty());
        QVERIFY(none.quotes.isEmpty());
        QCOMPARE(none.language, QStringLiteral("de"));
        QVERIFY(analyser.analyse(nullptr, QString()).paragraphs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextAnalyser)
#include "tst_textanalyser.moc"
