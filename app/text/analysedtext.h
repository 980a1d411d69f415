#pragma once

#include "document/document.h"

#include <QVector>
#include <QtGlobal>

namespace Recension {

/// What a token is. Words and numbers count as words (the spec's `words`).
enum class TokenKind : quint8 { Word, Number, Punctuation, Space };

/// One ICU word-break segment of a paragraph.
/// Invariant: `start`/`length` are UTF-16 offsets into Paragraph::text.
struct Token
{
    int start = 0;
    int length = 0;
    TokenKind kind = TokenKind::Space;
    bool capitalised = false; ///< displayed form starts with an upper-case letter
    quint32 key = 0;  ///< interned comparison key: NFKC case-folded, quotes/dashes folded,
                      ///< numbers normalised ("3,600" == "3600"); 0 is never a valid key
    quint32 stem = 0; ///< interned Snowball stem of the key (the key itself for non-words)

    bool isWord() const { return kind == TokenKind::Word || kind == TokenKind::Number; }
    int end() const { return start + length; }
};

/// A quotation of one document. Offsets are UTF-16; the span covers the quoted words
/// without the quotation marks. A quotation re-opened on following paragraphs (the
/// newspaper convention) is one QuoteSpan ending in `endParagraph`.
struct QuoteSpan
{
    int paragraph = 0;
    int start = 0;
    int endParagraph = 0;
    int end = 0;               ///< exclusive, counted in `endParagraph`
    bool closed = true;        ///< false when recovered from an unbalanced mark
};

/// A paragraph split into tokens and sentences.
struct AnalysedParagraph
{
    QVector<Token> tokens;          ///< covers the whole text, in order, no gaps
    QVector<int> sentenceStarts;    ///< token index at which each sentence begins; [0] == 0
    int wordCount = 0;
};

/// @brief A document with its paragraphs segmented, keyed and its quotations found.
struct AnalysedDocument
{
    DocumentPtr document;
    QVector<AnalysedParagraph> paragraphs; ///< parallel to document->paragraphs
    QVector<QuoteSpan> quotes;             ///< in document order
    QString language;                      ///< the language the analysis used
};

} // namespace Recension
