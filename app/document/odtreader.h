#pragma once

#include "document/extractedtext.h"

namespace Recension {

class ZipArchive;

/// @brief The text of an OpenDocument text (.odt) package: headings, paragraphs, lists,
/// tables and frames in order, then the notes in the order they are cited. Tracked
/// insertions are kept and deletions dropped, with a warning that says so; annotations are
/// left out. A paragraph's ordinal stands for its line. External links are counted in a
/// warning, never followed.
ExtractedText readOdt(ZipArchive &archive, const QString &path);

/// @brief True when the package's mimetype entry names an OpenDocument text.
bool isOdtPackage(ZipArchive &archive);

} // namespace Recension
