#pragma once

// Builds small Word and OpenDocument packages from the tests' own texts with the project's
// zip writer, so no third-party file is needed.

#include "document/ziparchive.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PackageBuilder {

inline QByteArray wordNamespaces()
{
    return " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
           " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
}

/// @brief A w:p holding `text` in one run, with paragraph style `style` when given.
inline QByteArray wordParagraph(const QString &text, const QString &style = {})
{
    QByteArray xml = "<w:p>";
    if (!style.isEmpty())
        xml += "<w:pPr><w:pStyle w:val=\"" + style.toUtf8() + "\"/></w:pPr>";
    return xml + "<w:r><w:t xml:space=\"preserve\">" + text.toHtmlEscaped().toUtf8()
        + "</w:t></w:r></w:p>";
}

/// Parts of a .docx beyond the body; empty parts are left out of the package.
struct WordParts
{
    QByteArray footnotes; ///< the w:footnote elements
    QByteArray relationships; ///< the Relationship elements of document.xml.rels
};

/// @brief A .docx whose body holds `body` (w:p elements), with styles naming "Title" and
/// "Heading1" as a translated Word names them, and the optional parts.
inline QByteArray docx(const QByteArray &body, const WordParts &parts = {})
{
    QVector<Recension::ZipEntry> entries;
    entries.append({ QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats."
        "org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType="
        "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>" });
    entries.append({ QStringLiteral("word/document.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + wordNamespaces() + "><w:body>"
            + body + "</w:body></w:document>" });
    entries.append({ QStringLiteral("word/styles.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles" + wordNamespaces()
            + "><w:style w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
              "<w:style w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
              "<w:style w:styleId=\"Zitat\"><w:name w:val=\"Quote\"/></w:style></w:styles>" });
    if (!parts.footnotes.isEmpty()) {
        entries.append({ QStringLiteral("word/footnotes.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes" + wordNamespaces()
                + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>"
                  "</w:p></w:footnote>"
                + parts.footnotes + "</w:footnotes>" });
    }
    if (!parts.relationships.isEmpty()) {
        entries.append({ QStringLiteral("word/_rels/document.xml.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
            "openxmlformats.org/package/2006/relationships\">"
                + parts.relationships + "</Relationships>" });
    }
    return Recension::ZipArchive::write(entries).value_or(QByteArray());
}

inline QByteArray odfNamespaces()
{
    return " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
           " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
           " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
           " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
}

/// @brief A text:p (or text:h at `level` > 0) holding `text`.
inline QByteArray odfParagraph(const QString &text, int level = 0)
{
    const QByteArray escaped = text.toHtmlEscaped().toUtf8();
    if (level > 0) {
        return "<text:h text:outline-level=\"" + QByteArray::number(level) + "\">" + escaped
            + "</text:h>";
    }
    return "<text:p>" + escaped + "</text:p>";
}

/// @brief An .odt whose office:text holds `body`, its mimetype stored first as the format asks.
inline QByteArray odt(const QByteArray &body)
{
    return Recension::ZipArchive::write(
        { { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false },
            { QStringLiteral("content.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + odfNamespaces() + "><office:body><office:text>" + body
                    + "</office:text></office:body></office:document-content>" } })
        .value_or(QByteArray());
}

} // namespace PackageBuilder
