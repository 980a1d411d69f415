#pragma once

#include <QHash>
#include <QMutex>

#include <array>

namespace Recension {

/// @brief Answers that depend on their key alone, worked out on first demand from any
/// thread and kept for the comparison. What a key maps to never depends on which thread
/// asked first or when, so neither does the output. Sharded so that the threads diffing
/// passages rarely wait for each other.
template <typename Key, typename Value>
class PairMemo final
{
public:
    /// @brief The value of `key`, computing it with `compute()` (a pure function of the
    /// key) when no thread has yet.
    template <typename Compute>
    Value value(const Key &key, Compute compute) const
    {
        Shard &shard = m_shards[qHash(key) % kShards];
        {
            const QMutexLocker lock(&shard.lock);
            const auto it = shard.map.constFind(key);
            if (it != shard.map.cend())
                return it.value();
        }
        // Computed outside the lock: two threads may both compute one key, with one result.
        const Value computed = compute();
        const QMutexLocker lock(&shard.lock);
        shard.map.insert(key, computed);
        return computed;
    }

private:
    static constexpr size_t kShards = 16;
    struct Shard
    {
        QMutex lock;
        QHash<Key, Value> map;
    };
    mutable std::array<Shard, kShards> m_shards;
};

} // namespace Recension
