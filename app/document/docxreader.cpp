#include "document/docxreader.h"

#include "document/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QXmlStreamReader>

namespace Recension {

/// Gives the Word reader's messages their translation context.
class DocxReader final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::DocxReader)
};

namespace {

const QString documentEntry = QStringLiteral("word/document.xml");

/// One paragraph as Word holds it, before the heading and note order are settled.
struct WordParagraph
{
    QString text;
    QString style;
    QString noteId; ///< empty in the body
};

/// Paragraph style ids that mark a title or a top-level heading.
using TitleStyles = QSet<QString>;

struct TrackedChanges
{
    int insertions = 0;
    int deletions = 0;
};

bool isWord(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name;
}

QString wordAttribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == name)
            return attribute.value().toString();
    }
    return {};
}

/// Reads the paragraphs of document.xml, footnotes.xml or endnotes.xml. In a notes part
/// `noteElement` names the element whose id each paragraph belongs to.
QVector<WordParagraph> readParagraphs(const QByteArray &bytes, QLatin1String noteElement,
    TrackedChanges *changes, QStringList *citedNotes, bool *wellFormed)
{
    QVector<WordParagraph> paragraphs;
    QVector<WordParagraph> open; // nested text-box paragraphs sit inside an outer one
    QXmlStreamReader xml(bytes);
    QString noteId;
    int skipDepth = 0; // > 0 inside deleted text, fallbacks and other text that is not read
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (skipDepth > 0) {
                ++skipDepth;
                continue;
            }
            if (isWord(xml, QLatin1String("del")) || isWord(xml, QLatin1String("moveFrom"))) {
                ++changes->deletions;
                skipDepth = 1;
            } else if (isWord(xml, QLatin1String("Fallback"))
                || isWord(xml, QLatin1String("instrText")) || isWord(xml, QLatin1String("delText"))
                || isWord(xml, QLatin1String("pPrChange")) || isWord(xml, QLatin1String("rPrChange"))
                || isWord(xml, QLatin1String("commentReference"))) {
                skipDepth = 1;
            } else if (isWord(xml, QLatin1String("ins")) || isWord(xml, QLatin1String("moveTo"))) {
                ++changes->insertions;
            } else if (!noteElement.isEmpty() && isWord(xml, noteElement)) {
                const QString type = wordAttribute(xml, QLatin1String("type"));
                noteId = type.isEmpty() || type == QLatin1String("normal")
                    ? wordAttribute(xml, QLatin1String("id"))
                    : QString();
                if (noteId.isEmpty())
                    skipDepth = 1; // separators and continuation notices
            } else if (isWord(xml, QLatin1String("p"))) {
                open.append({ {}, {}, noteId });
            } else if (open.isEmpty()) {
                continue;
            } else if (isWord(xml, QLatin1String("pStyle"))) {
                open.last().style = wordAttribute(xml, QLatin1String("val"));
            } else if (isWord(xml, QLatin1String("t"))) {
                open.last().text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (isWord(xml, QLatin1String("tab")) || isWord(xml, QLatin1String("br"))
                || isWord(xml, QLatin1String("cr"))) {
                open.last().text += u' ';
            } else if (isWord(xml, QLatin1String("noBreakHyphen"))) {
                open.last().text += u'\u2011';
            } else if (citedNotes && (isWord(xml, QLatin1String("footnoteReference"))
                           || isWord(xml, QLatin1String("endnoteReference")))) {
                citedNotes->append(xml.name().toString().left(3)
                    + wordAttribute(xml, QLatin1String("id")));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (skipDepth > 0) {
                --skipDepth;
            } else if (isWord(xml, QLatin1String("p")) && !open.isEmpty()) {
                paragraphs.append(open.takeLast());
            }
        }
    }
    *wellFormed = !xml.hasError();
    return paragraphs;
}

/// Style ids whose name is "Title" or "heading 1", or whose outline level is the first.
TitleStyles titleStyles(ZipArchive &archive)
{
    TitleStyles styles;
    if (!archive.contains(QStringLiteral("word/styles.xml")))
        return styles;
    const auto bytes = archive.read(QStringLiteral("word/styles.xml"));
    if (!bytes)
        return styles;
    QXmlStreamReader xml(*bytes);
    QString styleId;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isWord(xml, QLatin1String("style"))) {
            styleId = wordAttribute(xml, QLatin1String("styleId"));
        } else if (isWord(xml, QLatin1String("name")) && !styleId.isEmpty()) {
            const QString name = wordAttribute(xml, QLatin1String("val")).toLower();
            if (name == QLatin1String("title") || name == QLatin1String("heading 1"))
                styles.insert(styleId);
        } else if (isWord(xml, QLatin1String("outlineLvl")) && !styleId.isEmpty()
            && wordAttribute(xml, QLatin1String("val")) == QLatin1String("0")) {
            styles.insert(styleId);
        }
    }
    return styles;
}

/// Relationships that point outside the package (web links, linked images, templates).
int externalRelationships(ZipArchive &archive)
{
    const QString entry = QStringLiteral("word/_rels/document.xml.rels");
    const auto bytes = archive.contains(entry) ? archive.read(entry) : std::nullopt;
    if (!bytes)
        return 0;
    int count = 0;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && wordAttribute(xml, QLatin1String("TargetMode")) == QLatin1String("External"))
            ++count;
    }
    return count;
}

/// Paragraphs of the notes part `entry`, keyed by the prefix and id a citation records.
QHash<QString, QVector<WordParagraph>> readNotes(ZipArchive &archive, const QString &entry,
    QLatin1String element, const QString &prefix, TrackedChanges *changes)
{
    QHash<QString, QVector<WordParagraph>> notes;
    const auto bytes = archive.contains(entry) ? archive.read(entry) : std::nullopt;
    if (!bytes)
        return notes;
    bool wellFormed = true;
    for (WordParagraph &paragraph :
        readParagraphs(*bytes, element, changes, nullptr, &wellFormed))
        notes[prefix + paragraph.noteId].append(std::move(paragraph));
    return notes;
}

} // namespace

bool isDocxPackage(ZipArchive &archive)
{
    const QString types = QStringLiteral("[Content_Types].xml");
    if (!archive.contains(types) || !archive.contains(documentEntry))
        return false;
    const auto bytes = archive.read(types);
    return bytes && bytes->contains("wordprocessingml.document");
}

ExtractedText readDocx(ZipArchive &archive, const QString &path)
{
    ExtractedText result;
    result.formatName = QStringLiteral("docx");
    const auto body = archive.read(documentEntry);
    if (!body) {
        result.error = DocxReader::tr("“%1” cannot be read: %2").arg(path, archive.errorString());
        return result;
    }
    TrackedChanges changes;
    QStringList cited;
    bool wellFormed = true;
    const QVector<WordParagraph> paragraphs
        = readParagraphs(*body, QLatin1String(), &changes, &cited, &wellFormed);
    if (!wellFormed) {
        result.error = DocxReader::tr("“%1” cannot be read: its document text is damaged XML.")
                           .arg(path);
        return result;
    }
    const TitleStyles titles = titleStyles(archive);
    for (const WordParagraph &paragraph : paragraphs) {
        result.addParagraph(paragraph.text);
        if (result.heading.isEmpty() && titles.contains(paragraph.style)
            && !result.paragraphs.isEmpty())
            result.heading = result.paragraphs.last().text;
    }

    auto notes = readNotes(archive, QStringLiteral("word/footnotes.xml"),
        QLatin1String("footnote"), QStringLiteral("foo"), &changes);
    notes.insert(readNotes(archive, QStringLiteral("word/endnotes.xml"), QLatin1String("endnote"),
        QStringLiteral("end"), &changes));
    for (const QString &citation : std::as_const(cited)) {
        for (const WordParagraph &paragraph : notes.take(citation))
            result.addParagraph(paragraph.text);
    }

    if (archive.limitReached()) {
        result.error = DocxReader::tr("“%1” cannot be read: %2").arg(path, archive.errorString());
        return result;
    }
    if (changes.insertions > 0 || changes.deletions > 0) {
        result.warnings << DocxReader::tr("“%1” holds tracked changes: %2 insertions kept, "
                                          "%3 deletions left out.")
                               .arg(path, QLocale().toString(changes.insertions),
                                   QLocale().toString(changes.deletions));
    }
    if (const int links = externalRelationships(archive); links > 0) {
        result.warnings << DocxReader::tr("“%1” refers to %2 outside resources (links, linked "
                                          "pictures or templates); none was opened.")
                               .arg(path, QLocale().toString(links));
    }
    return result;
}

} // namespace Recension
