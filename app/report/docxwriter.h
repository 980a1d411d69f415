#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Recension {

/// One part of an Office Open XML package: its name inside the zip and its bytes.
struct DocxPart
{
    QString name;
    QByteArray data;
};

/// @brief The parts of a Word document (.docx) holding the right version with tracked
/// changes against the left: every change a w:ins and/or w:del run by author "Recension",
/// dated with the comparison (a fixed date when `options.generated` is invalid), and a
/// Word comment on each finding giving its kind and severity. Passages stand in the
/// order of the one row layout. The same comparison gives the same bytes on every run.
QVector<DocxPart> docxParts(const Comparison &comparison, const ReportOptions &options);

/// @brief Zips docxParts() into a .docx package. Returns an empty array and sets `error`
/// (translated) when the package cannot be made.
QByteArray docxPackage(const Comparison &comparison, const ReportOptions &options,
                       QString *error = nullptr);

} // namespace Recension
