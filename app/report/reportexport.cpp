#include "report/reportexport.h"

#include "document/outputguard.h"
#include "report/docxwriter.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"

#include <QBuffer>
#include <QIODevice>

namespace Recension {

namespace {

OutputGuard guardFor(const Comparison &comparison)
{
    QStringList inputs;
    for (const DocumentPtr &document : comparison.documents) {
        if (document)
            inputs.append(document->path);
    }
    return OutputGuard(inputs);
}

bool writeAll(QIODevice &device, const QByteArray &bytes)
{
    return device.write(bytes) == bytes.size();
}

/// Qt 6.4's QPdfWriter stamps the Info dictionary's /CreationDate with the time it writes
/// and has no setter for it. Without a timestamp the report must be the same bytes for the
/// same comparison, so the date's digits become 2000-01-01 00:00:00; the field has a fixed
/// width, so the cross-reference offsets stay true. (6.4 writes no XMP and no /ID unless
/// asked for PDF/A, which Recension does not.)
QByteArray withoutCreationTime(QByteArray pdf)
{
    static const QByteArray marker = "/CreationDate (D:";
    static const QByteArray fixed = "20000101000000";
    const qsizetype at = pdf.indexOf(marker);
    if (at >= 0 && at + marker.size() + fixed.size() <= pdf.size())
        pdf.replace(at + marker.size(), fixed.size(), fixed);
    return pdf;
}

bool writePdf(const Comparison &comparison, const ReportOptions &options, QIODevice &device,
              const ReportProgress &progress, QString *reason)
{
    if (options.generated.isValid())
        return writePdfReport(comparison, options, &device, progress, reason);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!writePdfReport(comparison, options, &buffer, progress, reason))
        return false;
    buffer.close();
    return writeAll(device, withoutCreationTime(std::move(pdf)));
}

} // namespace

bool isComparedFile(const Comparison &comparison, const QString &path)
{
    return guardFor(comparison).isInput(path);
}

QString exportProblem(const Comparison &comparison, const QString &path)
{
    return guardFor(comparison).check(path);
}

bool exportReport(const Comparison &comparison, ReportFormat format, const ReportOptions &options,
                  const QString &path, const ReportProgress &progress, QString *error)
{
    const OutputGuard::Writer writer = [&](QIODevice &device, QString *reason) {
        switch (format) {
        case ReportFormat::Pdf:
            return writePdf(comparison, options, device, progress, reason);
        case ReportFormat::Html:
            return writeAll(device, htmlReport(comparison, options, progress));
        case ReportFormat::Docx: {
            const QByteArray bytes = docxPackage(comparison, options, reason);
            return !bytes.isEmpty() && writeAll(device, bytes);
        }
        case ReportFormat::Json: {
            JsonOptions json;
            json.generated = options.generated;
            return writeAll(device, comparisonToJsonBytes(comparison, json));
        }
        }
        return false;
    };
    return guardFor(comparison).write(path, writer, error);
}

} // namespace Recension
