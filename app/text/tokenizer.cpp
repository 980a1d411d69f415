#include "text/tokenizer.h"

#include "text/breakiteratorcache.h"

#include <QChar>

#include <unicode/utext.h>

#include <vector>

namespace Recension {

namespace {

bool isWordStatus(int status)
{
    return status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT;
}

TokenKind kindOf(int status, QStringView text)
{
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT)
        return TokenKind::Number;
    if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_IDEO_LIMIT)
        return TokenKind::Word;
    for (QChar c : text)
        if (!c.isSpace())
            return TokenKind::Punctuation;
    return TokenKind::Space;
}

/// Spaces that typographers put between digit groups ("3 600"); ICU already joins
/// U+202F but not these.
bool isGroupSpace(QStringView text)
{
    if (text.size() != 1)
        return false;
    const char16_t c = text.at(0).unicode();
    return c == u'\u00A0' || c == u'\u2007' || c == u'\u2009' || c == u'\u202F';
}

int leadingDigits(QStringView text)
{
    int n = 0;
    while (n < text.size() && text.at(n).isDigit())
        ++n;
    return n;
}

int trailingDigits(QStringView text)
{
    int n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n).isDigit())
        ++n;
    return n;
}

/// True when `next` continues the number `number` across one group space: a group of
/// exactly three digits after a group of one to three.
bool continuesNumber(QStringView number, QStringView next)
{
    const int tail = trailingDigits(number);
    if (tail < 1 || tail > 3)
        return false;
    const int head = leadingDigits(next);
    if (head != 3)
        return false;
    return head == next.size() || next.at(head) == u',' || next.at(head) == u'.';
}

class UTextOnView final
{
public:
    explicit UTextOnView(QStringView text)
    {
        utext_openUChars(&m_text, reinterpret_cast<const UChar *>(text.utf16()), text.size(),
                         &m_status);
    }
    ~UTextOnView() { utext_close(&m_text); }
    UTextOnView(const UTextOnView &) = delete;
    UTextOnView &operator=(const UTextOnView &) = delete;

    UText *get() { return &m_text; }
    UErrorCode &status() { return m_status; }

private:
    UText m_text = UTEXT_INITIALIZER;
    UErrorCode m_status = U_ZERO_ERROR;
};

} // namespace

bool startsCapitalised(QStringView text)
{
    if (text.isEmpty())
        return false;
    char32_t c = text.at(0).unicode();
    if (QChar::isHighSurrogate(c) && text.size() > 1 && text.at(1).isLowSurrogate())
        c = QChar::surrogateToUcs4(text.at(0), text.at(1));
    return QChar::isUpper(c) || QChar::isTitleCase(c);
}

namespace {

/// Length of an elided article or pronoun at the start of a word, apostrophe included
/// ("l’" of "l’ouragan"), or 0. French, Italian and Catalan write them into the next word,
/// which is the word the dictionaries know.
int elisionLength(QStringView word, const QString &language)
{
    static const QStringList french{ QStringLiteral("l"), QStringLiteral("d"), QStringLiteral("j"),
        QStringLiteral("m"), QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("t"),
        QStringLiteral("c"), QStringLiteral("qu"), QStringLiteral("jusqu"), QStringLiteral("lorsqu"),
        QStringLiteral("puisqu"), QStringLiteral("quoiqu"), QStringLiteral("presqu") };
    static const QStringList italian{ QStringLiteral("l"), QStringLiteral("un"),
        QStringLiteral("dell"), QStringLiteral("all"), QStringLiteral("dall"), QStringLiteral("nell"),
        QStringLiteral("sull"), QStringLiteral("coll"), QStringLiteral("quell"), QStringLiteral("c") };
    const QString primary = language.left(2).toLower();
    const QStringList *prefixes = primary == QLatin1String("fr") || primary == QLatin1String("ca")
        ? &french
        : primary == QLatin1String("it") ? &italian : nullptr;
    if (!prefixes)
        return 0;
    for (qsizetype i = 1; i + 1 < word.size() && i <= 6; ++i) {
        if (word[i] != u'\'' && word[i] != u'\u2019')
            continue;
        const bool elided = prefixes->contains(word.left(i).toString(), Qt::CaseInsensitive)
            && word[i + 1].isLetter();
        return elided ? int(i + 1) : 0;
    }
    return 0;
}

} // namespace

QVector<Token> tokenize(QStringView text, const QString &language, int *icuWordCount)
{
    QVector<Token> tokens;
    int words = 0;
    UBreakIterator *iterator = text.isEmpty()
        ? nullptr : BreakIteratorCache::forThread(BreakKind::Word, language);
    UTextOnView utext(text);
    if (iterator)
        ubrk_setUText(iterator, utext.get(), &utext.status());
    if (!iterator || U_FAILURE(utext.status())) {
        if (!text.isEmpty()) {
            Token whole;
            whole.length = int(text.size());
            whole.kind = TokenKind::Punctuation;
            tokens.append(whole);
        }
        if (icuWordCount)
            *icuWordCount = 0;
        return tokens;
    }

    // Built in a scratch list that keeps its room from paragraph to paragraph, then copied
    // once at its final size: a list of its own grown and squeezed per paragraph cost three
    // allocations for each row of a table.
    thread_local std::vector<Token> scratch;
    scratch.clear();
    int start = ubrk_first(iterator);
    for (int end = ubrk_next(iterator); end != UBRK_DONE; start = end, end = ubrk_next(iterator)) {
        const int status = ubrk_getRuleStatus(iterator);
        const QStringView piece = text.mid(start, end - start);
        if (isWordStatus(status))
            ++words;
        Token token;
        token.start = start;
        token.length = end - start;
        token.kind = kindOf(status, piece);
        token.capitalised = token.kind == TokenKind::Word && startsCapitalised(piece);

        // Join "3", U+00A0, "600" into one number: the group space is the last token and
        // the number before it the one ahead of that.
        const size_t n = scratch.size();
        if (token.kind == TokenKind::Number && n >= 2 && scratch[n - 2].kind == TokenKind::Number
            && scratch[n - 1].kind == TokenKind::Space
            && isGroupSpace(text.mid(scratch[n - 1].start, scratch[n - 1].length))
            && continuesNumber(text.mid(scratch[n - 2].start, scratch[n - 2].length), piece)) {
            scratch.pop_back();
            scratch.back().length = end - scratch.back().start;
            continue;
        }
        if (const int elided = token.kind == TokenKind::Word ? elisionLength(piece, language) : 0) {
            Token article = token;
            article.length = elided;
            scratch.push_back(article);
            token.start += elided;
            token.length -= elided;
            token.capitalised = startsCapitalised(piece.mid(elided));
        }
        scratch.push_back(token);
    }
    tokens = QVector<Token>(scratch.cbegin(), scratch.cend());
    if (icuWordCount)
        *icuWordCount = words;
    return tokens;
}

} // namespace Recension
