#include "report/codepointtable.h"

#include <algorithm>

namespace Recension {

CodePointTable::CodePointTable(const Document &document)
{
    m_first.reserve(size_t(document.paragraphs.size()) + 1);
    for (const Paragraph &paragraph : document.paragraphs) {
        m_first.push_back(int(m_pairEnds.size()));
        const QString &text = paragraph.text;
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
                m_pairEnds.push_back(int(i));
        }
    }
    m_first.push_back(int(m_pairEnds.size()));
}

int CodePointTable::codePoint(int paragraph, int utf16) const
{
    if (paragraph < 0 || size_t(paragraph) + 1 >= m_first.size())
        return utf16;
    const auto begin = m_pairEnds.begin() + m_first[size_t(paragraph)];
    const auto end = m_pairEnds.begin() + m_first[size_t(paragraph) + 1];
    if (begin == end)
        return utf16;
    // A pair ending before the offset is one code point in two units.
    return utf16 - int(std::lower_bound(begin, end, utf16) - begin);
}

} // namespace Recension
