#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstring>
#include <string_view>
#include <vector>

class QIODevice;

namespace Recension {

/// @brief Writes JSON as it goes, never holding a tree: the same bytes QJsonDocument's
/// Indented form gives for the same values written in the same key order.
///
/// The caller writes keys in the order it wants them (the comparison writer keeps
/// QJsonDocument's alphabetical order, so version-1 readers and diffs see no change).
/// With a device, the buffer is handed over in chunks, so memory stays flat however
/// long the output; without one, bytes() holds the whole text.
class JsonStream final
{
public:
    explicit JsonStream(QIODevice *device = nullptr);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// @brief The key of the next value in the current object.
    void key(std::string_view name);

    void value(int number);
    void value(bool flag);
    void value(double number); ///< QJsonDocument's shortest round-trip form
    void value(QStringView text);
    /// A literal would turn into bool: say QStringView(u"...") instead.
    template<typename Char>
    void value(const Char *literal) = delete;
    void null();

    /// A string written in pieces (a span that runs over paragraphs).
    void beginString();
    void stringPiece(QStringView text);
    void endString();

    /// @brief Ends the document (QJsonDocument ends it with a newline) and flushes.
    /// False when the device refused some bytes.
    bool finish();
    /// @brief The text written so far (all of it when there is no device).
    QByteArray takeBytes();

private:
    void nextItem();    ///< the comma and line break before an item of the open container
    void beforeValue();
    void newLine(int depth);
    /// Room for `size` more bytes at the end of what is written: where to write them.
    char *room(qsizetype size)
    {
        if (m_used + size > m_buffer.size())
            grow(size);
        return m_data + m_used;
    }
    void put(const char *bytes, qsizetype size)
    {
        std::memcpy(room(size), bytes, size_t(size));
        m_used += size;
    }
    void put(char byte) { *room(1) = byte; ++m_used; }
    void grow(qsizetype size);
    void flushIfLarge();
    void escape(QStringView text);

    QIODevice *m_device = nullptr;
    /// The bytes not yet handed over: the first m_used of m_buffer, which is kept at its
    /// full size so that writing a byte is a store, not a QByteArray::append().
    QByteArray m_buffer;
    char *m_data = nullptr;
    qsizetype m_used = 0;
    std::vector<bool> m_hasItems; ///< per open container: written an item yet
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace Recension
