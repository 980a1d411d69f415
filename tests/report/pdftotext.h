#pragma once

#include <QByteArray>
#include <QString>

namespace Recension::Test {

/// @brief The text of a PDF file as pdftotext (poppler-utils) reads it, pages separated
/// by form feeds; a null string when pdftotext is not installed or fails.
QString pdfToText(const QString &path);

/// @brief The text of a PDF given as bytes, as pdfToText() reads it (through a temporary
/// file); null when pdftotext is not installed or fails.
QString pdfBytesToText(const QByteArray &bytes);

} // namespace Recension::Test
