#include "report/reportexport.h"

#include "report/docxwriter.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportstrings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Recension {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool isComparedFile(const Comparison &comparison, const QString &path)
{
    const QFileInfo target(path);
    for (const DocumentPtr &document : comparison.documents) {
        if (!document)
            continue;
        const QFileInfo input(document->path);
        if (target.exists() && input.exists()) {
            if (target.canonicalFilePath() == input.canonicalFilePath())
                return true;
        } else if (target.absoluteFilePath() == input.absoluteFilePath()) {
            return true;
        }
    }
    return false;
}

bool exportReport(const Comparison &comparison, ReportFormat format, const ReportOptions &options,
                  const QString &path, const ReportProgress &progress, QString *error)
{
    if (isComparedFile(comparison, path)) {
        setError(error, ReportText::tr("%1 is one of the compared files; a report never replaces a version.")
                            .arg(QFileInfo(path).fileName()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, ReportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    bool written = true;
    QString reason;
    switch (format) {
    case ReportFormat::Pdf:
        written = writePdfReport(comparison, options, &file, progress, &reason);
        break;
    case ReportFormat::Html: {
        const QByteArray bytes = htmlReport(comparison, options, progress);
        written = file.write(bytes) == bytes.size();
        break;
    }
    case ReportFormat::Docx: {
        const QByteArray bytes = docxPackage(comparison, options, &reason);
        written = !bytes.isEmpty() && file.write(bytes) == bytes.size();
        break;
    }
    case ReportFormat::Json: {
        JsonOptions json;
        json.generated = options.generated;
        const QByteArray bytes = comparisonToJsonBytes(comparison, json);
        written = file.write(bytes) == bytes.size();
        break;
    }
    }
    if (!written || !file.commit()) {
        file.cancelWriting();
        setError(error, ReportText::tr("Cannot write %1: %2")
                            .arg(path, reason.isEmpty() ? file.errorString() : reason));
        return false;
    }
    return true;
}

} // namespace Recension
