#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QStringView>
#include <QVector>
#include <QtGlobal>

namespace Recension {

/// @brief Interns comparison keys as small integers; thread-safe (both documents are analysed in parallel).
/// Ids start at 1 and are dense; 0 is never a key. The same string always gets the same id.
class KeyTable final
{
public:
    KeyTable();
    KeyTable(const KeyTable &) = delete;
    KeyTable &operator=(const KeyTable &) = delete;

    /// @brief The id of a key, adding it when new.
    quint32 intern(QStringView key);
    /// @brief The id of a key already interned, or 0.
    quint32 find(QStringView key) const;
    /// @brief The interned string of an id (empty for 0 or an unknown id).
    QString text(quint32 id) const;
    /// @brief Number of keys interned.
    int size() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, quint32> m_ids;
    QVector<QString> m_texts; ///< indexed by id; [0] is an unused placeholder
};

} // namespace Recension
