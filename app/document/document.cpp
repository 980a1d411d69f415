#include "document/document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace Recension {

/// Gives the format names their translation context.
class DocumentText final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::DocumentText)
};

namespace {

constexpr DocumentFormat allFormats[] = { DocumentFormat::PlainText, DocumentFormat::Markdown,
    DocumentFormat::Html, DocumentFormat::Docx, DocumentFormat::Odt, DocumentFormat::Pdf };

} // namespace

QString Document::displayName() const
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? title : name;
}

QString Document::label() const
{
    if (provenance.outlet.isEmpty())
        return displayName();
    //: a version's label: the outlet that published it, then its file name
    return QCoreApplication::translate("Recension::Document", "%1 — %2")
        .arg(provenance.outlet, displayName());
}

QString Document::citation() const
{
    QStringList parts;
    if (!provenance.outlet.isEmpty())
        parts << provenance.outlet;
    if (!provenance.url.isEmpty())
        parts << provenance.url;
    if (!provenance.published.isEmpty())
        parts << QCoreApplication::translate("Recension::Document", "published %1").arg(provenance.published);
    if (!provenance.retrieved.isEmpty())
        parts << QCoreApplication::translate("Recension::Document", "retrieved %1").arg(provenance.retrieved);
    //: the separator between the parts of a citation
    return parts.join(QCoreApplication::translate("Recension::Document", ", "));
}

QString toString(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return QStringLiteral("text");
    case DocumentFormat::Markdown:
        return QStringLiteral("markdown");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    case DocumentFormat::Docx:
        return QStringLiteral("docx");
    case DocumentFormat::Odt:
        return QStringLiteral("odt");
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

DocumentFormat documentFormatFromName(const QString &name)
{
    for (const DocumentFormat format : allFormats) {
        if (toString(format) == name)
            return format;
    }
    return DocumentFormat::PlainText;
}

QString describe(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return DocumentText::tr("plain text");
    case DocumentFormat::Markdown:
        return DocumentText::tr("Markdown");
    case DocumentFormat::Html:
        return DocumentText::tr("web page (HTML)");
    case DocumentFormat::Docx:
        return DocumentText::tr("Word document (.docx)");
    case DocumentFormat::Odt:
        return DocumentText::tr("OpenDocument text (.odt)");
    case DocumentFormat::Pdf:
        return DocumentText::tr("PDF");
    }
    return {};
}

} // namespace Recension
