#pragma once

#include "document/document.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace Recension {

/// One line of a source text. `text` excludes the line ending; `number` is 1-based.
struct SourceLine
{
    QStringView text;
    int number = 0;
};

/// Paragraphs read from markup, plus the heading the markup offers as a title.
struct MarkupText
{
    QVector<Paragraph> paragraphs;
    QString heading; ///< first level-1 heading (HTML: else the <title>); may be empty
    QStringList warnings; ///< what the reader capped or dropped (translated)
    Provenance provenance; ///< what the markup says of where it was published (HTML only)
};

/// @brief True for white space, no-break spaces included (QChar::isSpace, U+00A0, U+2007, U+202F,
/// U+FEFF).
bool isBlankChar(QChar c);

/// @brief True when every character of `text` is blank (an empty text is blank).
bool isBlank(QStringView text);

/// @brief `text` without leading and trailing blank characters (a view into `text`).
QStringView trimBlank(QStringView text);

/// @brief Collapses each run of ASCII white space (space, tab, CR, LF, FF) into one space and
/// trims blank characters at both ends; no-break spaces inside the text are kept as they are.
QString collapseWhiteSpace(QStringView text);

/// @brief The lines of `text`; LF, CRLF and a lone CR each end a line. A final line ending
/// does not start another line. The views point into `text`.
QVector<SourceLine> splitLines(QStringView text);

/// @brief `text` with every CRLF and lone CR replaced by LF, so line numbers stay the same.
QString normaliseLineEndings(const QString &text);

/// @brief True when at least half of the non-blank lines are followed by a non-blank line and
/// at least 80 % of those are at most 100 characters (code points, trimmed) long.
bool isHardWrapped(const QVector<SourceLine> &lines);

/// @brief The paragraphs of a plain text by the spec's rule: runs of lines joined with single
/// spaces when hard-wrapped, else one paragraph per non-blank line. Each line is trimmed of
/// surrounding blank characters; the characters inside it are kept as they are.
QVector<Paragraph> plainTextParagraphs(QStringView text);

/// Longest paragraph compared as one: beyond it, the cost of a word diff grows with the
/// square of the paragraph (a million one-letter lines, a feed on one line).
constexpr int MaxParagraphWords = 600;
constexpr int MaxParagraphChars = 6000; ///< UTF-16 units, for text without spaces

/// @brief Cuts every paragraph longer than MaxParagraphWords white-space words or
/// MaxParagraphChars characters into pieces (at a sentence end when there is one near the
/// limit, else at a space, else anywhere but inside a surrogate pair). Returns the
/// warning that says so, naming `path`, or an empty string when nothing was cut.
QString capParagraphs(QVector<Paragraph> *paragraphs, const QString &path);

/// @brief True when a paragraph may serve as a title: at most 200 code points and not ending
/// in '.', '!' or '?'.
bool qualifiesAsTitle(QStringView paragraph);

} // namespace Recension
