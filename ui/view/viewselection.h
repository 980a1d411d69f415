#pragma once

#include "compare/comparison.h"

#include <QString>
#include <QVector>

#include <utility>

namespace Recension::Ui {

/// A place in one pane's text: a paragraph of that side's document and a UTF-16 cursor
/// position in it (0 before the first character, the length after the last).
struct TextPlace
{
    Side side = Left;
    int paragraph = -1; ///< -1: no place
    int offset = 0;

    bool isNull() const { return paragraph < 0; }
    bool operator==(const TextPlace &o) const
    {
        return side == o.side && paragraph == o.paragraph && offset == o.offset;
    }
    bool operator!=(const TextPlace &o) const { return !(*this == o); }
    /// Reading order inside one pane (a column shows its paragraphs in ascending order).
    bool operator<(const TextPlace &o) const
    {
        return paragraph < o.paragraph || (paragraph == o.paragraph && offset < o.offset);
    }
};

/// @brief The text selected in one pane of the side-by-side view: an anchor where the
/// selection began and a cursor (the caret) that moves. Both stand on the same side; an
/// empty selection is a caret alone.
class ViewSelection final
{
public:
    /// The separator between paragraphs in copied text: a blank line, so that pasting the
    /// text back (here or elsewhere) keeps the paragraphs apart whatever the wrap rule.
    static constexpr QStringView ParagraphSeparator = u"\n\n";

    void clear() { m_anchor = m_cursor = TextPlace(); }
    /// @brief Puts the caret at a place with nothing selected.
    void setCaret(const TextPlace &place) { m_anchor = m_cursor = place; }
    /// @brief Moves the caret, keeping the anchor; a place on the other side is ignored.
    void extendTo(const TextPlace &place);
    void select(const TextPlace &anchor, const TextPlace &cursor);

    bool hasCaret() const { return !m_cursor.isNull(); }
    bool isEmpty() const { return m_anchor == m_cursor; }
    Side side() const { return m_cursor.side; }
    TextPlace anchor() const { return m_anchor; }
    TextPlace cursor() const { return m_cursor; }
    TextPlace start() const { return m_cursor < m_anchor ? m_cursor : m_anchor; }
    TextPlace end() const { return m_cursor < m_anchor ? m_anchor : m_cursor; }

    /// @brief The selected part [first, second) of one paragraph of a side; an empty pair
    /// when the paragraph has none of the selection. `length` is the paragraph's length.
    std::pair<int, int> rangeIn(Side side, int paragraph, int length) const;
    /// @brief The selected text exactly as the pane shows it (the words of that version,
    /// nothing the view adds), paragraphs separated by ParagraphSeparator. Linear in the
    /// selected text.
    QString text(const Document &document) const;

private:
    TextPlace m_anchor;
    TextPlace m_cursor;
};

/// @brief One pane's whole text as a single string (paragraphs joined by a line break),
/// with the mapping between places and offsets into that string, for screen readers.
class PaneText final
{
public:
    PaneText() = default;
    explicit PaneText(const DocumentPtr &document);

    int length() const { return m_length; }
    /// @brief Offset into the joined text of a place (clamped into its paragraph).
    int offsetOf(const TextPlace &place) const;
    /// @brief The place of an offset of the joined text (clamped to the text); a line break
    /// belongs to the end of the paragraph before it.
    TextPlace placeAt(Side side, int offset) const;
    /// @brief The joined text between two offsets (clamped). Linear in what it returns.
    QString text(int start, int end) const;

private:
    DocumentPtr m_document;
    QVector<int> m_starts; ///< offset of each paragraph's first character
    int m_length = 0;
};

} // namespace Recension::Ui
