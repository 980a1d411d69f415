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
