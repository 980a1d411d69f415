#include "document/document.h"

#include <QFileInfo>

namespace Recension {

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
    }
    return {};
}

} // namespace Recension
