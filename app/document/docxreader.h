#pragma once

#include "document/extractedtext.h"

namespace Recension {

class ZipArchive;

/// @brief The text of a Word (.docx) package: body paragraphs in order (tables and text
/// boxes included), then footnotes and endnotes in the order they are cited. Tracked
/// insertions are kept and deletions dropped, with a warning that says so; field codes,
/// comments and the fallback copies of drawings are left out. A paragraph's ordinal stands
/// for its line. External links are counted in a warning, never followed.
ExtractedText readDocx(ZipArchive &archive, const QString &path);

/// @brief True when the package's [Content_Types].xml declares a WordprocessingML document.
bool isDocxPackage(ZipArchive &archive);

} // namespace Recension
