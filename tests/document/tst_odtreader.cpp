#include "document/odtreader.h"
#include "document/ziparchive.h"
#include "packagebuilder.h"

#include <QTest>

using namespace Recension;
using namespace PackageBuilder;

namespace {

const QString title = QStringLiteral("Le bac de l’île change d’horaire cet hiver");
const QString first = QStringLiteral("Le bac partira deux fois par jour à partir de novembre.");
const QString second = QStringLiteral("La capitainerie affirme que ce changement économise du "
                                      "carburant.");

} // namespace

class TestOdtReader : public QObject
{
    Q_OBJECT
private slots:
    void readsOpenDocumentText_data()
    {
        QTest::addColumn<QByteArray>("package");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("warning");

        QTest::newRow("heading and paragraphs in order")
            << odt(odfParagraph(title, 1) + odfParagraph(first) + odfParagraph(second))
            << QStringList{ title, first, second } << title << QString();
        QTest::newRow("a second-level heading is no title")
            << odt(odfParagraph(first) + odfParagraph(second, 2))
            << QStringList{ first, second } << QString() << QString();
        QTest::newRow("spans, spaces, tabs and line breaks")
            << odt("<text:p>Le <text:span>bac</text:span><text:s text:c=\"3\"/>part"
                   "<text:tab/>à<text:line-break/>neuf heures.</text:p>")
            << QStringList{ QStringLiteral("Le bac part à neuf heures.") } << QString()
            << QString();
        QTest::newRow("lists and tables")
            << odt("<text:list><text:list-item>" + odfParagraph(QStringLiteral("Départ"))
                   + "</text:list-item></text:list><table:table><table:table-row>"
                     "<table:table-cell>"
                   + odfParagraph(QStringLiteral("09:00"))
                   + "</table:table-cell></table:table-row></table:table>")
            << QStringList{ QStringLiteral("Départ"), QStringLiteral("09:00") } << QString()
            << QString();
        QTest::newRow("notes come after the text")
            << odt("<text:p>Les tarifs augmentent de 4 %.<text:note text:note-class=\"footnote\">"
                   "<text:note-citation>1</text:note-citation><text:note-body>"
                   + odfParagraph(QStringLiteral("Source : la capitainerie."))
                   + "</text:note-body></text:note></text:p>" + odfParagraph(second))
            << QStringList{ QStringLiteral("Les tarifs augmentent de 4 %."), second,
                   QStringLiteral("Source : la capitainerie.") }
            << QString() << QString();
        QTest::newRow("tracked insertion kept, deletion dropped")
            << odt("<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
                   "<office:change-info/><text:p>trois fois</text:p></text:deletion>"
                   "</text:changed-region><text:changed-region text:id=\"c2\"><text:insertion>"
                   "<office:change-info/></text:insertion></text:changed-region>"
                   "</text:tracked-changes><text:p>Le bac part <text:change text:change-id="
                   "\"c1\"/><text:change-start text:change-id=\"c2\"/>deux fois<text:change-end "
                   "text:change-id=\"c2\"/> par jour.</text:p>")
            << QStringList{ QStringLiteral("Le bac part deux fois par jour.") } << QString()
            << QStringLiteral("1 insertions kept, 1 deletions left out");
        QTest::newRow("annotations left out")
            << odt("<text:p>Le bac<office:annotation><dc:creator>Léa</dc:creator>"
                   "<text:p>à vérifier</text:p></office:annotation> part.</text:p>")
            << QStringList{ QStringLiteral("Le bac part.") } << QString() << QString();
        QTest::newRow("external link counted, text kept")
            << odt("<text:p>Voir <text:a xlink:type=\"simple\" xlink:href=\"https://example."
                   "invalid/horaires\">les horaires</text:a>.</text:p>")
            << QStringList{ QStringLiteral("Voir les horaires.") } << QString()
            << QStringLiteral("1 outside resources");
    }
    void readsOpenDocumentText()
    {
        QFETCH(QByteArray, package);
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, heading);
        QFETCH(QString, warning);
        ZipArchive archive(package);
        QVERIFY(isOdtPackage(archive));
        const ExtractedText result = readOdt(archive, QStringLiteral("bac.odt"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QStringList texts;
        for (const Paragraph &paragraph : result.paragraphs) {
            texts << paragraph.text;
            QCOMPARE(paragraph.line, int(texts.size()));
        }
        QCOMPARE(texts, paragraphs);
        QCOMPARE(result.heading, heading);
        QCOMPARE(result.formatName, QStringLiteral("odt"));
        if (warning.isEmpty()) {
            QCOMPARE(result.warnings, QStringList());
        } else {
            QCOMPARE(result.warnings.size(), 1);
            QVERIFY2(result.warnings.first().contains(warning), qPrintable(result.warnings.first()));
        }
    }

    void damagedXmlIsAnError()
    {
        ZipArchive archive(odt("<text:p>ouvert"));
        const ExtractedText result = readOdt(archive, QStringLiteral("bac.odt"));
        QVERIFY(result.failed());
        QVERIFY(result.paragraphs.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("bac.odt")));
    }
};

QTEST_GUILESS_MAIN(TestOdtReader)
#include "tst_odtreader.moc"
