#include "document/odtreader.h"

#include "document/ziparchive.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>

namespace Recension {

/// Gives the OpenDocument reader's messages their translation context.
class OdtReader final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::OdtReader)
};

namespace {

/// One paragraph being read; a note's body or a text box nests inside another.
struct OpenParagraph
{
    QString text;
    bool heading = false;
    bool inNote = false;
};

bool isNamed(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name;
}

bool isExternal(QStringView href)
{
    return href.contains(u"://") || href.startsWith(u"../") || href.startsWith(u"mailto:");
}

/// Reads content.xml into `result`, notes after the text.
struct ContentReader
{
    ExtractedText *result = nullptr;
    QVector<QString> notes;
    QVector<OpenParagraph> open;
    int insertions = 0;
    int deletions = 0;
    int externalLinks = 0;
    int noteDepth = 0;
    int skipDepth = 0; // > 0 inside tracked-change records, citations and annotations

    void start(const QXmlStreamReader &xml)
    {
        const QStringView href = xml.attributes().value(QLatin1String("http://www.w3.org/1999/xlink"),
            QLatin1String("href"));
        if (isExternal(href))
            ++externalLinks;
        if (skipDepth > 0) {
            ++skipDepth;
            if (isNamed(xml, QLatin1String("deletion")))
                ++deletions;
            else if (isNamed(xml, QLatin1String("insertion")))
                ++insertions;
            return;
        }
        if (isNamed(xml, QLatin1String("tracked-changes"))
            || isNamed(xml, QLatin1String("note-citation"))
            || isNamed(xml, QLatin1String("annotation")) || isNamed(xml, QLatin1String("desc"))
            || isNamed(xml, QLatin1String("title")) || isNamed(xml, QLatin1String("forms"))) {
            skipDepth = 1;
        } else if (isNamed(xml, QLatin1String("note-body"))) {
            ++noteDepth;
        } else if (isNamed(xml, QLatin1String("p")) || isNamed(xml, QLatin1String("h"))) {
            const QStringView style = xml.attributes().value(
                QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
                QLatin1String("style-name"));
            const QStringView level = xml.attributes().value(
                QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
                QLatin1String("outline-level"));
            const bool heading = isNamed(xml, QLatin1String("h"))
                ? (level.isEmpty() || level == u"1")
                : style == u"Title";
            open.append({ {}, heading, noteDepth > 0 });
        } else if (!open.isEmpty()
            && (isNamed(xml, QLatin1String("s")) || isNamed(xml, QLatin1String("tab"))
                || isNamed(xml, QLatin1String("line-break")))) {
            open.last().text += u' ';
        }
    }

    void end(const QXmlStreamReader &xml)
    {
        if (skipDepth > 0) {
            --skipDepth;
        } else if (isNamed(xml, QLatin1String("note-body"))) {
            --noteDepth;
        } else if ((isNamed(xml, QLatin1String("p")) || isNamed(xml, QLatin1String("h")))
            && !open.isEmpty()) {
            const OpenParagraph paragraph = open.takeLast();
            if (paragraph.inNote) {
                notes.append(paragraph.text);
                return;
            }
            result->addParagraph(paragraph.text);
            if (paragraph.heading && result->heading.isEmpty() && !result->paragraphs.isEmpty())
                result->heading = result->paragraphs.last().text;
        }
    }

    bool read(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                start(xml);
                break;
            case QXmlStreamReader::EndElement:
                end(xml);
                break;
            case QXmlStreamReader::Characters:
                if (skipDepth == 0 && !open.isEmpty())
                    open.last().text += xml.text();
                break;
            default:
                break;
            }
        }
        for (const QString &note : std::as_const(notes))
            result->addParagraph(note);
        return !xml.hasError();
    }
};

} // namespace

bool isOdtPackage(ZipArchive &archive)
{
    const QString mimetype = QStringLiteral("mimetype");
    if (!archive.contains(mimetype) || !archive.contains(QStringLiteral("content.xml")))
        return false;
    const auto bytes = archive.read(mimetype);
    return bytes && bytes->trimmed().startsWith("application/vnd.oasis.opendocument.text");
}

ExtractedText readOdt(ZipArchive &archive, const QString &path)
{
    ExtractedText result;
    result.formatName = QStringLiteral("odt");
    const auto content = archive.read(QStringLiteral("content.xml"));
    if (!content) {
        result.error = OdtReader::tr("“%1” cannot be read: %2").arg(path, archive.errorString());
        return result;
    }
    ContentReader reader;
    reader.result = &result;
    if (!reader.read(*content)) {
        result.paragraphs.clear();
        result.error = OdtReader::tr("“%1” cannot be read: its document text is damaged XML.")
                           .arg(path);
        return result;
    }
    if (reader.insertions > 0 || reader.deletions > 0) {
        result.warnings << OdtReader::tr("“%1” holds tracked changes: %2 insertions kept, "
                                         "%3 deletions left out.")
                               .arg(path, QLocale().toString(reader.insertions),
                                   QLocale().toString(reader.deletions));
    }
    if (reader.externalLinks > 0) {
        result.warnings << OdtReader::tr("“%1” refers to %2 outside resources (links or linked "
                                         "pictures); none was opened.")
                               .arg(path, QLocale().toString(reader.externalLinks));
    }
    return result;
}

} // namespace Recension
