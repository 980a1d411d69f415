#include "text/keytable.h"

#include "text/stringkey.h"

namespace Recension {

KeyTable::View::View(QStringView view) : text(view), hash(fastStringHash(view)) { }

size_t qHash(const KeyTable::View &view, size_t seed) noexcept
{
    return view.hash ^ seed;
}

KeyTable::KeyTable()
    : m_chunks(new std::atomic<QString *>[kMaxChunks])
{
    for (int k = 0; k < kMaxChunks; ++k)
        m_chunks[k].store(nullptr, std::memory_order_relaxed);
    m_chunks[0].store(new QString[kChunkSize], std::memory_order_release);
}

KeyTable::~KeyTable()
{
    for (int k = 0; k < kMaxChunks; ++k)
        delete[] m_chunks[k].load(std::memory_order_relaxed);
}

quint32 KeyTable::intern(QStringView key)
{
    const View view(key);
    {
        const QReadLocker lock(&m_lock);
        const auto it = m_ids.constFind(view);
        if (it != m_ids.cend())
            return it.value();
    }
    const QWriteLocker lock(&m_lock);
    const auto it = m_ids.constFind(view);
    if (it != m_ids.cend())
        return it.value();
    const quint32 id = m_count.load(std::memory_order_relaxed);
    Q_ASSERT(id < quint32(kMaxChunks) * kChunkSize);
    const int chunk = int(id >> kChunkBits);
    QString *texts = m_chunks[chunk].load(std::memory_order_relaxed);
    if (!texts) {
        texts = new QString[kChunkSize];
        m_chunks[chunk].store(texts, std::memory_order_release);
    }
    QString &slot = texts[id & (kChunkSize - 1)];
    slot = key.toString();
    View stored = view; // the same text and hash, viewing the stored copy
    stored.text = slot;
    m_ids.insert(stored, id);
    // Publishes the text to readers that take no lock.
    m_count.store(id + 1, std::memory_order_release);
    return id;
}

quint32 KeyTable::find(QStringView key) const
{
    const QReadLocker lock(&m_lock);
    return m_ids.value(View(key), 0);
}

QString KeyTable::text(quint32 id) const
{
    if (id == 0 || id >= m_count.load(std::memory_order_acquire))
        return QString();
    return m_chunks[int(id >> kChunkBits)].load(std::memory_order_acquire)[id & (kChunkSize - 1)];
}

int KeyTable::size() const
{
    return int(m_count.load(std::memory_order_acquire)) - 1;
}

} // namespace Recension
