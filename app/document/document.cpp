#include "document/document.h"

#include <QCoreApplication>
#include <QFileInfo>

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
