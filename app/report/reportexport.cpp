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
    return writeAll(device, pdfWithoutCreationTime(std::move(pdf)));
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
            return writeComparisonJson(comparison, json, &device);
        }
        }
        return false;
    };
    return guardFor(comparison).write(path, writer, error);
}

} // namespace Recension
