#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Recension {

/// How documents are loaded.
struct LoadOptions
{
    QString language = QStringLiteral("en"); ///< BCP 47 tag given to every loaded document
    /// Larger inputs are refused: two files of this size compare in about 10 s on a
    /// 2-core machine (the bench's `--limit`), and the message says so.
    qint64 maxBytes = qint64(12) * 1024 * 1024;
};

/// A loaded document, or the translated reason it could not be loaded.
struct LoadResult
{
    DocumentPtr document; ///< null on failure
    QString error; ///< names the file and the reason; empty on success

    bool ok() const { return document != nullptr; }
};

/// @brief Reads, decodes and splits a file (plain text, Markdown or HTML) into a Document.
/// The file is only ever opened read-only; failures never throw.
LoadResult loadDocument(const QString &path, const LoadOptions &options = {});

/// @brief Like loadDocument for bytes already in memory; `path` names them in messages,
/// picks the format by its extension and gives the fallback title.
LoadResult documentFromBytes(
    const QByteArray &bytes, const QString &path, const LoadOptions &options = {});

/// @brief A document from text pasted by the user, under the paragraph rules of a file;
/// `name` stands for the path. Encoding "UTF-8"; sha256 is over the text's UTF-8 bytes.
/// The format is detected as for a file unless given (HTML copied from a browser is a
/// fragment that does not open like a page).
LoadResult documentFromText(const QString &text, const QString &name,
    const LoadOptions &options = {}, std::optional<DocumentFormat> format = std::nullopt);

/// @brief The format of a text: its extension (.html/.htm/.xhtml, .md/.markdown) first, else
/// HTML when it opens with <!DOCTYPE html or <html, else plain text.
DocumentFormat detectFormat(const QString &path, QStringView text);

} // namespace Recension
