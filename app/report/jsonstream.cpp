#include "report/jsonstream.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace Recension {

namespace {

constexpr int FlushSize = 1 << 20;
constexpr char HexDigits[] = "0123456789abcdef";

} // namespace

JsonStream::JsonStream(QIODevice *device)
    : m_device(device)
{
    m_buffer.resize(m_device ? FlushSize + 4096 : 4096);
    m_data = m_buffer.data();
}

void JsonStream::grow(qsizetype size)
{
    m_buffer.resize(std::max(2 * m_buffer.size(), m_used + size + 4096));
    m_data = m_buffer.data();
}

void JsonStream::newLine(int depth)
{
    // A line break and the indentation in one copy of a constant: this runs for every
    // key and value (millions in a comparison with hundreds of thousands of changes).
    static constexpr char kIndent[] = "\n                                                                ";
    constexpr int kMostSpaces = int(sizeof kIndent) - 2;
    const int spaces = 4 * depth;
    put(kIndent, 1 + std::min(spaces, kMostSpaces));
    if (spaces > kMostSpaces) {
        std::memset(room(spaces - kMostSpaces), ' ', size_t(spaces - kMostSpaces));
        m_used += spaces - kMostSpaces;
    }
}

// QJsonDocument puts every item on its own line, indented four spaces a level, and
// closes an empty container on the line after its opening bracket.
void JsonStream::nextItem()
{
    if (m_hasItems.back())
        put(',');
    m_hasItems.back() = true;
    newLine(int(m_hasItems.size()));
}

void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty())
        nextItem();
}

void JsonStream::key(std::string_view name)
{
    nextItem();
    put('"');
    put(name.data(), qsizetype(name.size()));
    put("\": ", 3);
    m_afterKey = true;
}

void JsonStream::beginObject()
{
    beforeValue();
    put('{');
    m_hasItems.push_back(false);
}

void JsonStream::endObject()
{
    m_hasItems.pop_back();
    newLine(int(m_hasItems.size()));
    put('}');
    flushIfLarge();
}

void JsonStream::beginArray()
{
    beforeValue();
    put('[');
    m_hasItems.push_back(false);
}

void JsonStream::endArray()
{
    m_hasItems.pop_back();
    newLine(int(m_hasItems.size()));
    put(']');
    flushIfLarge();
}

void JsonStream::value(int number)
{
    beforeValue();
    char digits[16];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    put(digits, result.ptr - digits);
}

void JsonStream::value(bool flag)
{
    beforeValue();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
}

void JsonStream::value(double number)
{
    beforeValue();
    const QByteArray digits = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    put(digits.constData(), digits.size());
}

void JsonStream::null()
{
    beforeValue();
    put("null", 4);
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
    put('"');
}

void JsonStream::stringPiece(QStringView text)
{
    escape(text);
}

void JsonStream::endString()
{
    put('"');
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
            char *out = room(p - run);
            for (const char16_t *c = run; c != p; ++c)
                *out++ = char(*c);
            m_used += p - run;
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            put('\\');
            switch (u) {
            case u'"': put('"'); break;
            case u'\\': put('\\'); break;
            case u'\b': put('b'); break;
            case u'\f': put('f'); break;
            case u'\n': put('n'); break;
            case u'\r': put('r'); break;
            case u'\t': put('t'); break;
            default:
                put("u00", 3);
                put(HexDigits[u >> 4]);
                put(HexDigits[u & 0xf]);
            }
        } else if (u < 0x800) {
            put(char(0xc0 | (u >> 6)));
            put(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            put(char(0xf0 | (c >> 18)));
            put(char(0x80 | ((c >> 12) & 0x3f)));
            put(char(0x80 | ((c >> 6) & 0x3f)));
            put(char(0x80 | (c & 0x3f)));
        } else if (QChar::isSurrogate(u)) {
            put("\\u", 2);
            for (int shift = 12; shift >= 0; shift -= 4)
                put(HexDigits[(u >> shift) & 0xf]);
        } else {
            put(char(0xe0 | (u >> 12)));
            put(char(0x80 | ((u >> 6) & 0x3f)));
            put(char(0x80 | (u & 0x3f)));
        }
    }
}

void JsonStream::flushIfLarge()
{
    if (!m_device || m_used < FlushSize)
        return;
    m_ok = m_device->write(m_data, m_used) == m_used && m_ok;
    m_used = 0;
}

bool JsonStream::finish()
{
    put('\n');
    if (m_device) {
        m_ok = m_device->write(m_data, m_used) == m_used && m_ok;
        m_used = 0;
    }
    return m_ok;
}

QByteArray JsonStream::takeBytes()
{
    m_buffer.resize(m_used);
    QByteArray bytes = std::exchange(m_buffer, QByteArray());
    m_data = nullptr;
    m_used = 0;
    return bytes;
}

} // namespace Recension
