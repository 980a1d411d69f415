#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>

namespace Recension {

/// @brief FNV-1a over UTF-16 code units. Qt's own string hash is SipHash on builds without
/// AES instructions (Debian's), and it took a third of the text analysis and a fifth of a
/// book's comparison; the words hashed here are short and not chosen by an attacker.
inline size_t fastStringHash(QStringView text, size_t seed = 0) noexcept
{
    quint64 hash = 14695981039346656037ULL ^ seed;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return size_t(hash ^ (hash >> 32));
}

/// @brief fastStringHash()'s FNV-1a fed piece by piece, without its seed and final mix:
/// the hash of words joined by spaces, worked out from the words without joining them.
class PieceHasher final
{
public:
    void add(QStringView text)
    {
        for (QChar c : text)
            add(c);
    }
    void add(QChar c)
    {
        m_hash ^= c.unicode();
        m_hash *= 1099511628211ULL;
    }
    quint64 value() const { return m_hash; }
    static quint64 of(QStringView text)
    {
        PieceHasher hasher;
        hasher.add(text);
        return hasher.value();
    }

private:
    quint64 m_hash = 14695981039346656037ULL;
};

/// A string as a QHash/QSet key under fastStringHash().
struct StringKey
{
    QString text;

    bool operator==(const StringKey &other) const { return text == other.text; }
};

inline size_t qHash(const StringKey &key, size_t seed = 0) noexcept
{
    return fastStringHash(key.text, seed);
}

} // namespace Recension
