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
    /// 1-based page on which a paginated source (PDF) starts the paragraph, 0 for a source
    /// without pages; `line` and `lastLine` then count the lines of their own page.
    int page = 0;
    int lastPage = 0; ///< 1-based page on which it ends, 0 without pages

    bool operator==(const Paragraph &o) const
    {
        return text == o.text && line == o.line && lastLine == o.lastLine && page == o.page
            && lastPage == o.lastPage;
    }
    bool operator!=(const Paragraph &o) const { return !(*this == o); }
};

/// What a paragraph that is no part of the article is.
enum class ClutterKind {
    Share,       ///< "Share this article", "Spread the love"
    Comment,     ///< "Leave a reply", "12 comments"
    ReadMore,    ///< "Read more", "Continue reading"
    Cookie,      ///< cookie and consent notices
    Promotion,   ///< newsletter, subscription and "stay tuned" prompts
    Navigation,  ///< "Back to top", menu lines repeated in the page
    Related,     ///< "Related articles" and the headlines listed under it
    Counter,     ///< a stray number (views, shares, comments)
    PhotoCredit, ///< a photo credit on its own line
    Tags,        ///< a list of keywords
    Byline,      ///< an author's name alone, above the page's closing clutter
};

/// A paragraph set aside as page clutter: no part of Document::paragraphs (nor of the
/// comparison and its figures), kept so that views and reports can show it where it stood.
struct AsideParagraph
{
    Paragraph paragraph;
    int source = -1; ///< its index among the paragraphs as loaded
    int before = 0;  ///< index in Document::paragraphs of the paragraph after it (size(): last)
    ClutterKind kind = ClutterKind::Counter;

    bool operator==(const AsideParagraph &o) const
    {
        return paragraph == o.paragraph && source == o.source && before == o.before
            && kind == o.kind;
    }
};

/// Where a version was published, as a fact-checker cites it. Read from an HTML page's
/// own metadata where it has them, else empty; the user may edit every field.
struct Provenance
{
    QString outlet;    ///< the publication's name ("The Harbour Gazette")
    QString url;       ///< where the article was published
    QString published; ///< ISO 8601 date or date-time as the page states it
    QString retrieved; ///< ISO 8601 date or date-time at which the copy was taken

    bool isEmpty() const
    {
        return outlet.isEmpty() && url.isEmpty() && published.isEmpty() && retrieved.isEmpty();
    }
    bool operator==(const Provenance &o) const
    {
        return outlet == o.outlet && url == o.url && published == o.published
            && retrieved == o.retrieved;
    }
    bool operator!=(const Provenance &o) const { return !(*this == o); }
};

/// Which reader produced a document.
enum class DocumentFormat { PlainText, Markdown, Html, Docx, Odt, Pdf };

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
    QVector<AsideParagraph> setAside; ///< page clutter left out, in source order
    Provenance provenance;

    /// @brief The file name without its folder, for captions.
    QString displayName() const;
    /// @brief The name a label gives the version: "Outlet — file" when the outlet is
    /// known, else the file name.
    QString label() const;
    /// @brief The provenance as one line to cite: "The Harbour Gazette, https://…,
    /// published 2026-11-20, retrieved 2026-11-21"; empty when nothing is known.
    QString citation() const;
};

using DocumentPtr = std::shared_ptr<const Document>;

/// @brief Lower-case name of a format as `recension info` prints it ("text", "markdown",
/// "html", "docx", "odt", "pdf").
QString toString(DocumentFormat format);
/// @brief The format of a name toString() gives; PlainText for any other name.
DocumentFormat documentFormatFromName(const QString &name);
/// @brief The format in words for people ("Word document", "PDF"; translated).
QString describe(DocumentFormat format);

} // namespace Recension
