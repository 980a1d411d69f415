#include "report/jsonstream.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <charconv>

namespace Recension {

namespace {

constexpr int FlushSize = 1 << 20;
constexpr char HexDigits[] = "0123456789abcdef";

} // namespace

JsonStream::JsonStream(QIODevice *device)
    : m_device(device)
{
    if (m_device)
        m_buffer.reserve(FlushSize + 4096);
}

void JsonStream::newLine(int depth)
{
    // A line break and the indent in one append of a run of spaces.
    static constexpr char kIndent[] = "\n                                                                ";
    constexpr int kMostSpaces = int(sizeof kIndent) - 2;
    int spaces = 4 * depth;
    m_buffer.append(kIndent, 1 + std::min(spaces, kMostSpaces));
    for (spaces -= kMostSpaces; spaces > 0; spaces -= kMostSpaces)
        m_buffer.append(kIndent + 1, std::min(spaces, kMostSpaces));
}

// QJsonDocument puts every item on its own line, indented four spaces a level, and
// closes an empty container on the line after its opening bracket.
void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty())
        return;
    if (m_hasItems.back())
        m_buffer.append(',');
    m_hasItems.back() = true;
    newLine(int(m_hasItems.size()));
}

void JsonStream::key(std::string_view name)
{
    if (m_hasItems.back())
        m_buffer.append(',');
    m_hasItems.back() = true;
    newLine(int(m_hasItems.size()));
    m_buffer.append('"');
    m_buffer.append(name.data(), qsizetype(name.size()));
    m_buffer.append("\": ", 3);
    m_afterKey = true;
}

void JsonStream::beginObject()
{
    beforeValue();
    m_buffer.append('{');
    m_hasItems.push_back(false);
}

void JsonStream::endObject()
{
    m_hasItems.pop_back();
    newLine(int(m_hasItems.size()));
    m_buffer.append('}');
    flushIfLarge();
}

void JsonStream::beginArray()
{
    beforeValue();
    m_buffer.append('[');
    m_hasItems.push_back(false);
}

void JsonStream::endArray()
{
    m_hasItems.pop_back();
    newLine(int(m_hasItems.size()));
    m_buffer.append(']');
    flushIfLarge();
}

void JsonStream::value(int number)
{
    beforeValue();
    char digits[16];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_buffer.append(digits, result.ptr - digits);
}

void JsonStream::value(bool flag)
{
    beforeValue();
    m_buffer.append(flag ? "true" : "false");
}

void JsonStream::value(double number)
{
    beforeValue();
    m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonStream::null()
{
    beforeValue();
    m_buffer.append("null", 4);
}

void JsonStream::value(QStringView text)
{
    beginString();
    escape(text);
    endString();
}

void JsonStream::beginString()
{
    beforeValue();
    m_buffer.append('"');
}

void JsonStream::stringPiece(QStringView text)
{
    escape(text);
}

void JsonStream::endString()
{
    m_buffer.append('"');
}

// The escapes QJsonDocument writes: the two-letter ones, \u00XX for other controls,
// UTF-8 for the rest, \uXXXX for a surrogate without its partner (no UTF-8 exists).
void JsonStream::escape(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t *run = p;
        while (p != end && *p < 0x80 && *p >= 0x20 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype at = m_buffer.size();
            m_buffer.resize(at + (p - run));
            char *out = m_buffer.data() + at;
            for (const char16_t *c = run; c != p; ++c)
                *out++ = char(*c);
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            m_buffer.append('\\');
            switch (u) {
            case u'"': m_buffer.append('"'); break;
            case u'\\': m_buffer.append('\\'); break;
            case u'\b': m_buffer.append('b'); break;
            case u'\f': m_buffer.append('f'); break;
            case u'\n': m_buffer.append('n'); break;
            case u'\r': m_buffer.append('r'); break;
            case u'\t': m_buffer.append('t'); break;
            default:
                m_buffer.append("u00", 3);
                m_buffer.append(HexDigits[u >> 4]);
                m_buffer.append(HexDigits[u & 0xf]);
            }
        } else if (u < 0x800) {
            m_buffer.append(char(0xc0 | (u >> 6)));
            m_buffer.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            m_buffer.append(char(0xf0 | (c >> 18)));
            m_buffer.append(char(0x80 | ((c >> 12) & 0x3f)));
            m_buffer.append(char(0x80 | ((c >> 6) & 0x3f)));
            m_buffer.append(char(0x80 | (c & 0x3f)));
        } else if (QChar::isSurrogate(u)) {
            m_buffer.append("\\u", 2);
            for (int shift = 12; shift >= 0; shift -= 4)
                m_buffer.append(HexDigits[(u >> shift) & 0xf]);
        } else {
            m_buffer.append(char(0xe0 | (u >> 12)));
            m_buffer.append(char(0x80 | ((u >> 6) & 0x3f)));
            m_buffer.append(char(0x80 | (u & 0x3f)));
        }
    }
}

void JsonStream::flushIfLarge()
{
    if (!m_device || m_buffer.size() < FlushSize)
        return;
    m_ok = m_device->write(m_buffer) == m_buffer.size() && m_ok;
    // resize(), not clear(): clear() frees the buffer, which then grew back to a megabyte
    // through a chain of reallocations (and fresh pages) after every flush.
    m_buffer.resize(0);
}

bool JsonStream::finish()
{
    m_buffer.append('\n');
    if (m_device) {
        m_ok = m_device->write(m_buffer) == m_buffer.size() && m_ok;
        m_buffer.clear();
    }
    return m_ok;
}

QByteArray JsonStream::takeBytes()
{
    return std::exchange(m_buffer, QByteArray());
}

} // namespace Recension
