#pragma once

#include "document/documentloader.h"

#include <QCoreApplication>

class QMimeData;

namespace Recension::Ui {

/// @brief Reads what the clipboard holds as a new version (File › Paste as New Version).
class ClipboardDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::ClipboardDocument)
public:
    /// @brief A document from the clipboard's HTML when it has some that holds text, else
    /// from its plain text; `name` names it. Fails with a message that says what the
    /// clipboard lacks when it holds neither.
    static LoadResult read(const QMimeData *data, const QString &name, const LoadOptions &options);
    /// @brief Why the clipboard has nothing to read (it holds neither HTML nor plain text
    /// with a visible character), or an empty string when it has something.
    static QString lack(const QMimeData *data);
};

} // namespace Recension::Ui
