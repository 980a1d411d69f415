#include "report/docxwriter.h"

#include "reportfixture.h"

#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#if __has_include("document/ziparchive.h")
#include "document/ziparchive.h"
#define RECENSION_HAS_ZIP 1
#endif

using namespace Recension;

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QByteArray part(const QVector<DocxPart> &parts, const QString &name)
{
    for (const DocxPart &p : parts) {
        if (p.name == name)
            return p.data;
    }
    return {};
}

/// What word/document.xml says: the text of its insertions, deletions and plain runs,
/// the revisions' authors and dates, and the comments anchored.
struct Revisions
{
    QStringList inserted;
    QStringList deleted;
    QString accepted; ///< the text with every revision accepted: the right version
    QSet<QString> authors;
    QSet<QString> dates;
    int commentReferences = 0;
    QString error;
};

Revisions read(const QByteArray &document)
{
    Revisions result;
    QXmlStreamReader xml(document);
    QString kind;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == W) {
            const QStringView name = xml.name();
            if (name == u"ins" || name == u"del") {
                kind = name.toString();
                result.authors << xml.attributes().value(W, QStringLiteral("author")).toString();
                result.dates << xml.attributes().value(W, QStringLiteral("date")).toString();
                if (xml.attributes().value(W, QStringLiteral("id")).isEmpty())
                    result.error = QStringLiteral("a revision without an id");
            } else if (name == u"t" || name == u"delText") {
                const QString text = xml.readElementText();
                if (kind == u"ins")
                    result.inserted << text;
                else if (kind == u"del")
                    result.deleted << text;
                if (name == u"t")
                    result.accepted += text;
            } else if (name == u"commentReference") {
                ++result.commentReferences;
            } else if (name == u"p") {
                result.accepted += QLatin1Char('\n');
            }
        } else if (xml.isEndElement() && (xml.name() == u"ins" || xml.name() == u"del")) {
            kind.clear();
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

} // namespace

class TestDocxWriter : public QObject
{
    Q_OBJECT
private slots:
    void partsParse_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                 "word/_rels/document.xml.rels", "word/comments.xml"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void partsParse()
    {
        QFETCH(QString, name);
        const QByteArray data = part(docxParts(*Test::reportComparison(), ReportOptions{}), name);
        QVERIFY(!data.isEmpty());
        QXmlStreamReader xml(data);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void everyChangeIsARevision_data()
    {
        QTest::addColumn<int>("change");
        const ComparisonPtr comparison = Test::reportComparison();
        for (const Change &change : comparison->changes)
            QTest::addRow("change %d, %s", change.id, qPrintable(toString(change.category))) << change.id - 1;
    }
    void everyChangeIsARevision()
    {
        QFETCH(int, change);
        const ComparisonPtr comparison = Test::reportComparison();
        const Revisions revisions = read(part(docxParts(*comparison, ReportOptions{}), QStringLiteral("word/document.xml")));
        QVERIFY2(revisions.error.isEmpty(), qPrintable(revisions.error));
        const Change &c = comparison->changes[change];
        // Inside a deleted or inserted passage the words are part of a whole-paragraph revision.
        const auto within = [](const QStringList &runs, const QString &text) {
            return std::any_of(runs.cbegin(), runs.cend(), [&](const QString &run) { return run.contains(text); });
        };
        if (!c.sides[Left].isNull())
            QVERIFY2(within(revisions.deleted, comparison->spanText(Left, c.sides[Left])), "left words not deleted");
        if (!c.sides[Right].isNull())
            QVERIFY2(within(revisions.inserted, comparison->spanText(Right, c.sides[Right])), "right words not inserted");
    }

    void acceptedRevisionsGiveTheRightVersion()
    {
        const ComparisonPtr comparison = Test::reportComparison();
        const Revisions revisions = read(part(docxParts(*comparison, ReportOptions{}), QStringLiteral("word/document.xml")));
        QStringList paragraphs = revisions.accepted.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList expected;
        for (const Paragraph &paragraph : comparison->documents[Right]->paragraphs)
            expected << paragraph.text;
        paragraphs.sort();
        expected.sort();
        QCOMPARE(paragraphs, expected);
    }

    void revisionsAreRecensionsAndDated_data()
    {
        QTest::addColumn<QDateTime>("generated");
        QTest::addColumn<QString>("date");
        QTest::newRow("the comparison's date") << QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC)
                                               << "2026-03-04T05:06:07Z";
        QTest::newRow("a fixed date without a timestamp") << QDateTime() << "2000-01-01T00:00:00Z";
    }
    void revisionsAreRecensionsAndDated()
    {
        QFETCH(QDateTime, generated);
        QFETCH(QString, date);
        ReportOptions options;
        options.generated = generated;
        const Revisions revisions = read(part(docxParts(*Test::reportComparison(), options),
                                              QStringLiteral("word/document.xml")));
        QCOMPARE(revisions.authors, QSet<QString>{QStringLiteral("Recension")});
        QCOMPARE(revisions.dates, QSet<QString>{date});
    }

    void oneCommentPerFinding()
    {
        const ComparisonPtr comparison = Test::reportComparison();
        const QVector<DocxPart> parts = docxParts(*comparison, ReportOptions{});
        const QString comments = QString::fromUtf8(part(parts, QStringLiteral("word/comments.xml")));
        QCOMPARE(int(comments.count(QLatin1String("<w:comment "))), int(comparison->findings.size()));
        QVERIFY(comments.contains(QStringLiteral("Finding 3: number, high severity. fifty → sixty")));
        QVERIFY(comments.contains(QStringLiteral("Finding 5: hedge, medium severity. March → April")));
        const Revisions revisions = read(part(parts, QStringLiteral("word/document.xml")));
        QCOMPARE(revisions.commentReferences, int(comparison->findings.size()));
    }

    void sameBytesEveryRun()
    {
        const QVector<DocxPart> first = docxParts(*Test::reportComparison(), ReportOptions{});
        const QVector<DocxPart> second = docxParts(*Test::reportComparison(), ReportOptions{});
        QCOMPARE(first.size(), second.size());
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(first[i].data, second[i].data);
#ifdef RECENSION_HAS_ZIP
        QString error;
        const QByteArray package = docxPackage(*Test::reportComparison(), ReportOptions{}, &error);
        QVERIFY2(!package.isEmpty(), qPrintable(error));
        QCOMPARE(docxPackage(*Test::reportComparison(), ReportOptions{}), package);
        ZipArchive archive(package);
        QVERIFY(archive.isOpen());
        QCOMPARE(archive.read(QStringLiteral("word/document.xml")).value_or(QByteArray()),
                 part(first, QStringLiteral("word/document.xml")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDocxWriter)
#include "tst_docxwriter.moc"
