#pragma once

#include <QString>

namespace Recension::Test {

/// @brief The text of a PDF file as pdftotext (poppler-utils) reads it, pages separated
/// by form feeds; a null string when pdftotext is not installed or fails.
QString pdfToText(const QString &path);

} // namespace Recension::Test
