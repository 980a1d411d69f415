#include "document/document.h"

#include <QFileInfo>

namespace Recension {

QString Document::displayName() const
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? title : name;
}

} // namespace Recension
