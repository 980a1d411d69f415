// --language takes a language tag, never a path: a path opens no dictionary anywhere.
#include "text/dictionaryfinder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Recension;

class TestDictionaryFinder : public QObject
{
    Q_OBJECT
private slots:
    void tagProblem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a bare language") << "en" << true;
        QTest::newRow("a language and a region") << "en-GB" << true;
        QTest::newRow("an underscore as POSIX writes it") << "pt_BR" << true;
        QTest::newRow("a script and a region") << "zh-Hant-TW" << true;
        QTest::newRow("a three-letter language and a numeric region") << "spa-419" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("one letter") << "e" << false;
        QTest::newRow("a relative path") << "../../tmp/en_US" << false;
        QTest::newRow("an absolute path") << "/usr/share/hunspell/en_US" << false;
        QTest::newRow("a dot") << "en.dic" << false;
        QTest::newRow("a trailing hyphen") << "en-" << false;
        QTest::newRow("a space") << "en GB" << false;
        QTest::newRow("longer than any tag") << "en-" + QString(40, u'x') << false;
    }
    void tagProblem()
    {
        QFETCH(QString, language);
        QFETCH(bool, accepted);
        const QString problem = DictionaryFinder::tagProblem(language);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted && !language.isEmpty())
            QVERIFY2(problem.contains(language.left(20)), qPrintable(problem));
    }

    void pathOpensNoDictionary()
    {
        // A dictionary outside the dictionary folders, named as a path would reach it.
        QTemporaryDir outside;
        QVERIFY(outside.isValid());
        for (const char *suffix : {".aff", ".dic"}) {
            QFile file(outside.filePath(QStringLiteral("en_US")) + QLatin1String(suffix));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("1\nharbour\n");
        }
        const QString relative = QDir(QStringLiteral("/usr/share/hunspell"))
                                     .relativeFilePath(outside.filePath(QStringLiteral("en_US")));
        for (const QString &language : {relative, outside.filePath(QStringLiteral("en_US"))}) {
            const DictionaryFiles files = DictionaryFinder::find(language);
            QVERIFY2(files.wordFile.isEmpty(), qPrintable(files.wordFile));
            QVERIFY(files.affixFile.isEmpty());
            QVERIFY(files.thesaurusData.isEmpty());
            QVERIFY(files.stemmer.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDictionaryFinder)
#include "tst_dictionaryfinder.moc"
