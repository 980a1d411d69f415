#pragma once

#include "document/document.h"

#include <vector>

namespace Recension {

/// @brief Converts a document's UTF-16 offsets to the code points the JSON counts, from a
/// table made in one pass over the text instead of a rescan of the paragraph per offset.
class CodePointTable final
{
public:
    CodePointTable() = default;
    explicit CodePointTable(const Document &document);

    /// @brief The code-point offset of UTF-16 offset `utf16` in paragraph `paragraph`.
    /// Offsets past the text, or in a paragraph the document lacks, lose no units.
    int codePoint(int paragraph, int utf16) const;

private:
    /// Per paragraph, where its entries start in m_pairEnds (one more entry at the end).
    std::vector<int> m_first;
    /// UTF-16 positions of the low surrogates that complete a pair, paragraph by paragraph.
    std::vector<int> m_pairEnds;
};

} // namespace Recension
