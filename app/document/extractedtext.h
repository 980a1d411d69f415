#pragma once

#include "document/document.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Recension {

/// @brief What a reader of a packaged format (Word, OpenDocument, PDF) gives back before
/// it becomes a Document; crosses the child-process boundary as a byte stream.
struct ExtractedText
{
    QVector<Paragraph> paragraphs;
    QString heading;      ///< the title the file itself marks, may be empty
    QString formatName;   ///< "docx", "odt" or "pdf", as `recension info` shows it
    QStringList warnings; ///< translated, each naming the file
    QString error;        ///< translated reason, naming the file, when nothing was read

    /// @brief Appends `text` with its white space collapsed, numbered `line` to `lastLine`
    /// (both default to its ordinal among the paragraphs), on pages `page` to `lastPage`
    /// (0: the source has no pages); blank text is skipped.
    void addParagraph(const QString &text, int line = 0, int lastLine = 0, int page = 0,
                      int lastPage = 0);
    /// @brief True when the reader failed (error set).
    bool failed() const { return !error.isEmpty(); }
};

/// @brief The bytes of `text` for the child-process pipe (QDataStream, versioned).
QByteArray serialise(const ExtractedText &text);
/// @brief The text back from serialise(); false when the bytes are not such a stream.
bool deserialise(const QByteArray &bytes, ExtractedText *text);

} // namespace Recension
