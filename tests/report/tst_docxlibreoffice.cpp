// The .docx export as a word processor reads it: LibreOffice, where installed, opens the
// package headless and saves it as flat OpenDocument, whose tracked changes and comments are
// then checked against the comparison. Skipped where LibreOffice is not installed.
#include "report/docxwriter.h"

#include "reportfixture.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Recension;

namespace {

const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

/// What a flat OpenDocument file says about its tracked changes and its text.
struct Opened
{
    int insertions = 0;
    int deletions = 0;
    int annotations = 0;
    QSet<QString> creators;
    QStringList accepted; ///< the paragraphs with every change accepted
    QStringList rejected; ///< the paragraphs with every change rejected
    QString error;
};

/// The body's paragraphs with every change accepted (text inside a deletion's marks left
/// out) or rejected (text inside an insertion's marks left out): ODF keeps deleted text in
/// the body between change-start and change-end.
QStringList bodyParagraphs(const QByteArray &xmlBytes, const QHash<QString, bool> &isDeletion, bool accept,
                           int *annotations)
{
    QStringList paragraphs;
    QXmlStreamReader xml(xmlBytes);
    int skipped = 0; // depth inside tracked-changes or an annotation
    int dropped = 0; // changes open at this point whose text is left out
    bool inBody = false;
    QString paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.simplified().isEmpty())
            paragraphs << paragraph.simplified();
        paragraph.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (xml.namespaceUri() == OfficeNs && name == u"text")
                inBody = true;
            if (!inBody)
                continue;
            if (skipped > 0 || name == u"tracked-changes" || name == u"annotation") {
                ++skipped;
                if (name == u"annotation" && annotations)
                    ++*annotations;
                continue;
            }
            const QString id = xml.attributes().value(TextNs, QStringLiteral("change-id")).toString();
            const bool leftOut = isDeletion.contains(id) && isDeletion.value(id) == accept;
            if (name == u"change-start" && leftOut)
                ++dropped;
            else if (name == u"change-end" && leftOut)
                --dropped;
            else if ((name == u"p" || name == u"h") && xml.namespaceUri() == TextNs)
                endParagraph();
            else if ((name == u"s" || name == u"tab" || name == u"line-break") && dropped == 0)
                paragraph += QLatin1Char(' ');
        } else if (xml.isEndElement()) {
            if (skipped > 0)
                --skipped;
            else if (inBody && (xml.name() == u"p" || xml.name() == u"h"))
                endParagraph();
        } else if (xml.isCharacters() && inBody && skipped == 0 && dropped == 0) {
            paragraph += xml.text();
        }
    }
    return paragraphs;
}

Opened readFlatOdt(const QByteArray &xmlBytes)
{
    Opened result;
    QHash<QString, bool> isDeletion; // changed-region id -> deletion
    {
        QXmlStreamReader xml(xmlBytes);
        QString region;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"changed-region") {
                region = xml.attributes().value(TextNs, QStringLiteral("id")).toString();
            } else if (xml.name() == u"insertion" || xml.name() == u"deletion") {
                const bool deletion = xml.name() == u"deletion";
                isDeletion.insert(region, deletion);
                ++(deletion ? result.deletions : result.insertions);
            } else if (xml.name() == u"creator" && !region.isEmpty()) {
                result.creators << xml.readElementText();
            }
        }
        if (xml.hasError())
            result.error = xml.errorString();
    }
    result.accepted = bodyParagraphs(xmlBytes, isDeletion, true, &result.annotations);
    result.rejected = bodyParagraphs(xmlBytes, isDeletion, false, nullptr);
    return result;
}


} // namespace

class TestDocxLibreOffice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (m_office.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QVERIFY(m_dir.isValid());
        m_comparison = Test::reportComparison();
        QString error;
        const QByteArray package = docxPackage(*m_comparison, ReportOptions{}, &error);
        QVERIFY2(!package.isEmpty(), qPrintable(error));
        const QString docx = m_dir.filePath(QStringLiteral("report.docx"));
        QFile file(docx);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(package);
        file.close();

        // A profile of its own, so a user's running LibreOffice is neither used nor disturbed.
        QProcess office;
        office.start(m_office,
                     {QStringLiteral("-env:UserInstallation=")
                          + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString(),
                      QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("fodt"),
                      QStringLiteral("--outdir"), m_dir.path(), docx});
        QVERIFY(office.waitForFinished(180000));
        QFile converted(m_dir.filePath(QStringLiteral("report.fodt")));
        QVERIFY2(converted.open(QIODevice::ReadOnly), office.readAllStandardError().constData());
        m_opened = readFlatOdt(converted.readAll());
        QVERIFY2(m_opened.error.isEmpty(), qPrintable(m_opened.error));
    }

    void revisionsAreTrackedAsRecensions()
    {
        // Word marks an inserted paragraph's mark as a revision of its own, which LibreOffice
        // joins to the paragraph's text: the counts differ, the text must not.
        QVERIFY(m_opened.insertions > 0);
        QVERIFY(m_opened.deletions > 0);
        QCOMPARE(m_opened.creators, QSet<QString>{QStringLiteral("Recension")});
    }

    void oneCommentPerFinding() { QCOMPARE(m_opened.annotations, int(m_comparison->findings.size())); }

    void changesGiveEachVersion_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("every change accepted gives the right version") << true;
        QTest::newRow("every change rejected gives the left version") << false;
    }
    void changesGiveEachVersion()
    {
        QFETCH(bool, accept);
        QStringList expected;
        for (const Paragraph &paragraph : m_comparison->documents[accept ? Right : Left]->paragraphs)
            expected << paragraph.text.simplified();
        QStringList opened = accept ? m_opened.accepted : m_opened.rejected;
        opened.sort();
        expected.sort();
        QCOMPARE(opened, expected);
    }

private:
    QString m_office;
    QTemporaryDir m_dir;
    ComparisonPtr m_comparison;
    Opened m_opened;
};

QTEST_GUILESS_MAIN(TestDocxLibreOffice)
#include "tst_docxlibreoffice.moc"
