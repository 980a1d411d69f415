#pragma once

#include "document/documentloader.h"
#include "document/extractedtext.h"

#include <QByteArray>
#include <QString>

namespace Recension {

/// The packaged formats recognised from a file's first bytes, whatever its name says.
enum class PackagedFormat {
    None,        ///< text: the text loaders read it
    Zip,         ///< a zip package: Word, OpenDocument, or something else refused
    Pdf,         ///< a PDF file
    OleCompound, ///< a password-protected Office file or a legacy .doc: refused
    Misnamed,    ///< named .docx, .odt or .pdf but not one inside: refused
};

/// @brief The packaged format of `bytes` by their signature (zip, %PDF-, OLE); a name
/// ending in .docx, .odt or .pdf over other bytes is Misnamed.
PackagedFormat packagedFormat(const QByteArray &bytes, const QString &path);

/// @brief Reads Word, OpenDocument or PDF bytes in this process (the child's work);
/// `path` names the file in messages.
ExtractedText extractPackagedText(const QByteArray &bytes, const QString &path);

/// @brief A Document from packaged bytes, read in a child process when one is set up
/// (setParserProcess), else in this process; a refusal or a parser failure is a message.
LoadResult loadPackagedDocument(
    const QByteArray &bytes, const QString &path, const LoadOptions &options);

} // namespace Recension
