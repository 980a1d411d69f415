#pragma once

#include "text/stringkey.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace Recension {

/// @brief Remembers a pure function of an ordered pair of keys (words or phrases), for
/// the threads classifying passages at once. The phrase pass asks the same pairs of
/// common words again and again across a book ("the"/"and"); each answer is worked out
/// once per comparison. Only for answers that depend on the two keys alone, so a cached
/// answer is the one the function would give. Past `capacity` pairs nothing more is
/// kept (the frequent pairs come early), which bounds the memory on a book.
template <typename V>
class PairCache final
{
public:
    explicit PairCache(int capacity = 1 << 17) : m_capacity(capacity) { }

    /// @brief The answer for (a, b): the remembered one, else `compute()`, remembered.
    template <typename Compute>
    V get(const QString &a, const QString &b, Compute compute) const
    {
        // The first key's length, then both keys: no two pairs share a cache key.
        if (a.size() > 0xFFFF)
            return compute();
        const StringKey key{QChar(char16_t(a.size())) + a + b};
        {
            const QReadLocker lock(&m_lock);
            const auto it = m_map.constFind(key);
            if (it != m_map.cend())
                return it.value();
        }
        const V value = compute();
        const QWriteLocker lock(&m_lock);
        if (m_map.size() < m_capacity)
            m_map.insert(key, value);
        return value;
    }

private:
    int m_capacity;
    mutable QReadWriteLock m_lock;
    mutable QHash<StringKey, V> m_map;
};

} // namespace Recension
