#pragma once

#include "document/document.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Recension::Ui {

/// @brief Which paragraphs of each document the window sets aside as page clutter: every
/// paragraph the engine takes for clutter, except those the reader brought back. A choice
/// belongs to the document's content (its SHA-256), so it sticks when the document is
/// compared again, with another version or after being opened again; persistent windows
/// keep the choices in the settings.
class ClutterChoices final
{
public:
    /// @brief Choices kept in QSettings (true) or for this window only (false).
    explicit ClutterChoices(bool persistent = false);

    /// @brief The document as compared: its clutter set aside, the kept paragraphs left in.
    DocumentPtr apply(const DocumentPtr &document) const;
    /// @brief Keeps a paragraph (index as loaded) of a document in every later comparison.
    void keep(const Document &document, int sourceParagraph);
    /// @brief The paragraphs (indices as loaded) the reader kept in a document.
    QSet<int> kept(const Document &document) const;

private:
    bool m_persistent = false;
    QHash<QString, QSet<int>> m_kept; ///< by document SHA-256
};

} // namespace Recension::Ui
