#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <atomic>
#include <memory>

namespace Recension {

/// @brief Interns comparison keys as small integers; thread-safe (both documents are analysed in parallel).
/// Ids start at 1 and are dense; 0 is never a key. The same string always gets the same id.
/// text() takes no lock: the classifier asks for key texts from every thread at once.
class KeyTable final
{
public:
    KeyTable();
    ~KeyTable();
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
    /// An interned string as a hash key; it views a string of a chunk, which never moves.
    /// Its hash is worked out once: growing the table rehashes without reading the texts.
    struct View
    {
        explicit View(QStringView view);
        QStringView text;
        size_t hash = 0;
        bool operator==(const View &other) const { return hash == other.hash && text == other.text; }
    };
    friend size_t qHash(const View &view, size_t seed) noexcept;

    static constexpr int kChunkBits = 12;
    static constexpr quint32 kChunkSize = 1u << kChunkBits;
    static constexpr int kMaxChunks = 1 << 12; ///< room for 16.7 million keys

    mutable QReadWriteLock m_lock; ///< guards m_ids and the adding of keys
    QHash<View, quint32> m_ids;
    /// Texts by id in chunks that are allocated once and never move, so that a published
    /// text can be read without the lock.
    std::unique_ptr<std::atomic<QString *>[]> m_chunks;
    std::atomic<quint32> m_count{1}; ///< ids below this are published; 0 is the placeholder
};

} // namespace Recension
