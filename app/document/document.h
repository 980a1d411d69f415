#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Recension {

/// One paragraph of a document as displayed. Offsets into `text` are UTF-16 code units
/// everywhere in the engine; the JSON writer converts them to code points.
struct Paragraph
{
    QString text;     ///< decoded text as displayed, never normalised
    int line = 0;     ///< 1-based source line on which the paragraph starts
    int lastLine = 0; ///< 1-based source line on which it ends

    bool operator==(const Paragraph &o) const
    {
        return text == o.text && line == o.line && lastLine == o.lastLine;
    }
    bool operator!=(const Paragraph &o) const { return !(*this == o); }
};

/// Which reader produced a document.
enum class DocumentFormat { PlainText, Markdown, Html };

/// @brief A loaded article: decoded paragraphs plus the facts about its source file.
struct Document
{
    QString path;      ///< as given by the user (command line or dialog)
    QString title;     ///< paragraph 0 when it qualifies as a title, else the file name
    QString encoding;  ///< IANA name of the encoding used to decode the bytes
    QString language = QStringLiteral("en"); ///< BCP 47 tag; picks dictionaries
    QString sha256;    ///< lower-case hex of the raw file bytes
    DocumentFormat format = DocumentFormat::PlainText;
    QVector<Paragraph> paragraphs;
    int wordCount = 0; ///< ICU word segments of letter or number status
    QStringList warnings; ///< recoverable problems met while loading (translated)

    /// @brief The file name without its folder, for captions.
    QString displayName() const;
};

using DocumentPtr = std::shared_ptr<const Document>;

/// @brief Lower-case name of a format as `recension info` prints it ("text", "markdown", "html").
QString toString(DocumentFormat format);

} // namespace Recension
