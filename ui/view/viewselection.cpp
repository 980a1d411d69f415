#include "ui/view/viewselection.h"

#include <algorithm>

namespace Recension::Ui {

void ViewSelection::extendTo(const TextPlace &place)
{
    if (place.isNull())
        return;
    if (m_anchor.isNull()) {
        setCaret(place);
        return;
    }
    if (place.side == m_anchor.side)
        m_cursor = place;
}

void ViewSelection::select(const TextPlace &anchor, const TextPlace &cursor)
{
    m_anchor = anchor;
    m_cursor = cursor.side == anchor.side ? cursor : anchor;
}

std::pair<int, int> ViewSelection::rangeIn(Side side, int paragraph, int length) const
{
    if (isEmpty() || side != m_cursor.side)
        return {0, 0};
    const TextPlace first = start();
    const TextPlace last = end();
    if (paragraph < first.paragraph || paragraph > last.paragraph)
        return {0, 0};
    const int from = paragraph == first.paragraph ? std::clamp(first.offset, 0, length) : 0;
    const int to = paragraph == last.paragraph ? std::clamp(last.offset, 0, length) : length;
    return from < to ? std::pair<int, int>{from, to} : std::pair<int, int>{0, 0};
}

QString ViewSelection::text(const Document &document) const
{
    if (isEmpty())
        return {};
    const TextPlace first = start();
    const TextPlace last = end();
    const int count = int(document.paragraphs.size());
    QString result;
    for (int p = std::max(first.paragraph, 0); p <= last.paragraph && p < count; ++p) {
        const QString &text = document.paragraphs[p].text;
        const auto [from, to] = rangeIn(m_cursor.side, p, int(text.size()));
        if (p > first.paragraph)
            result += ParagraphSeparator;
        result += QStringView(text).mid(from, to - from);
    }
    return result;
}

PaneText::PaneText(const DocumentPtr &document)
    : m_document(document)
{
    if (!document)
        return;
    m_starts.reserve(document->paragraphs.size());
    int at = 0;
    for (const Paragraph &paragraph : document->paragraphs) {
        if (!m_starts.isEmpty())
            ++at; // the line break
        m_starts.append(at);
        at += int(paragraph.text.size());
    }
    m_length = at;
}

int PaneText::offsetOf(const TextPlace &place) const
{
    if (place.paragraph < 0 || place.paragraph >= m_starts.size())
        return 0;
    const int length = int(m_document->paragraphs[place.paragraph].text.size());
    return m_starts[place.paragraph] + std::clamp(place.offset, 0, length);
}

TextPlace PaneText::placeAt(Side side, int offset) const
{
    if (m_starts.isEmpty())
        return {};
    offset = std::clamp(offset, 0, m_length);
    // The last paragraph starting at or before the offset.
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const int p = std::max(0, int(it - m_starts.begin()) - 1);
    const int length = int(m_document->paragraphs[p].text.size());
    return {side, p, std::min(offset - m_starts[p], length)};
}

QString PaneText::text(int start, int end) const
{
    start = std::clamp(start, 0, m_length);
    end = std::clamp(end, start, m_length);
    if (start == end)
        return {};
    QString result;
    result.reserve(end - start);
    const TextPlace first = placeAt(Left, start);
    for (int p = first.paragraph; p < m_starts.size() && m_starts[p] <= end; ++p) {
        // The line break before paragraph p stands at m_starts[p] - 1.
        if (p > first.paragraph && m_starts[p] - 1 >= start)
            result += QLatin1Char('\n');
        const QString &text = m_document->paragraphs[p].text;
        const int from = std::max(start - m_starts[p], 0);
        const int to = std::min(end - m_starts[p], int(text.size()));
        if (to > from)
            result += QStringView(text).mid(from, to - from);
    }
    return result;
}

} // namespace Recension::Ui
