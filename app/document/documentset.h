#pragma once

#include "document/document.h"

#include <QObject>
#include <QVector>

namespace Recension {

/// @brief The articles a user has open, in the order the user gave them.
/// Documents stay immutable: retitling replaces one with a changed copy.
class DocumentSet final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSet(QObject *parent = nullptr);

    /// @brief Number of documents.
    int count() const { return int(m_documents.size()); }
    /// @brief True when no document is open.
    bool isEmpty() const { return m_documents.isEmpty(); }
    /// @brief The document at `index` (0-based), or null when out of range.
    DocumentPtr at(int index) const;
    /// @brief All documents, in order.
    const QVector<DocumentPtr> &documents() const { return m_documents; }
    /// @brief Position of `document`, or -1.
    int indexOf(const DocumentPtr &document) const;

    /// @brief Appends a document; returns its index, or -1 for a null document.
    int add(DocumentPtr document);
    /// @brief Inserts a document at `index` (clamped to 0..count); returns where it went.
    int insert(int index, DocumentPtr document);
    /// @brief Removes the document at `index`; false when out of range.
    bool remove(int index);
    /// @brief Moves the document at `from` so that it ends at index `to` (as QList::move).
    bool move(int from, int to);
    /// @brief Replaces the document at `index` with `document` (a reload, an edit).
    bool replace(int index, DocumentPtr document);
    /// @brief Replaces the document at `index` with a copy titled `title`.
    bool retitle(int index, const QString &title);
    /// @brief Replaces the document at `index` with a copy whose language is `language`.
    bool setLanguage(int index, const QString &language);
    /// @brief Removes every document, last first.
    void clear();

signals:
    void documentAdded(int index);
    void documentRemoved(int index);
    void documentMoved(int from, int to);
    void documentChanged(int index);

private:
    bool isValidIndex(int index) const { return index >= 0 && index < m_documents.size(); }

    QVector<DocumentPtr> m_documents;
};

} // namespace Recension
