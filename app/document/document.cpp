#include "document/document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace Recension {

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
    }
    return {};
}

} // namespace Recension
