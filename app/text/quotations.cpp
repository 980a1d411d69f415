#include "text/quotations.h"

#include <QChar>

#include <algorithm>
#include <optional>

namespace Recension {

namespace {

enum class Family : quint8 { None, Double, Single };
enum class Direction : quint8 { Opening, Closing, Either };

Family familyOf(char16_t c)
{
    switch (c) {
    case u'"': case u'\u201C': case u'\u201D': case u'\u201E': case u'\u201F': case u'\u00AB':
    case u'\u00BB': case u'\u300C': case u'\u300D': case u'\u301D': case u'\u301E':
    case u'\u301F': case u'\uFF02':
        return Family::Double;
    case u'\'': case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B': case u'\u2039':
    case u'\u203A': case u'\u300E': case u'\u300F':
        return Family::Single;
    default:
        return Family::None;
    }
}

Direction directionOf(char16_t c)
{
    switch (c) {
    case u'"': case u'\'': case u'\uFF02':
        return Direction::Either;
    case u'\u201D': case u'\u00BB': case u'\u300D': case u'\u300F': case u'\u301E':
    case u'\u301F': case u'\u2019': case u'\u203A':
        return Direction::Closing;
    default:
        return Direction::Opening;
    }
}

/// Whether a quotation opened by `opener` may be closed by `closer`. `sloppy` allows an
/// opening curly mark typed where the closing one belongs (“…“).
bool accepts(char16_t opener, char16_t closer, bool sloppy)
{
    switch (opener) {
    case u'\u201C': // “
    case u'"':
        return closer == u'\u201D' || closer == u'"' || closer == u'\uFF02'
            || (sloppy && closer == u'\u201C');
    case u'\uFF02':
        return closer == u'\uFF02' || closer == u'"' || closer == u'\u201D';
    case u'\u201E': // „ (German, Polish …)
        return closer == u'\u201C' || closer == u'\u201D' || closer == u'"';
    case u'\u201F':
    case u'\u201D': // ” opening: Swedish, Finnish
        return closer == u'\u201D' || closer == u'"';
    case u'\u00AB': return closer == u'\u00BB';
    case u'\u00BB': return closer == u'\u00AB'; // »…« (Danish, German books)
    case u'\u300C': return closer == u'\u300D';
    case u'\u300E': return closer == u'\u300F';
    case u'\u301D': return closer == u'\u301E' || closer == u'\u301F';
    case u'\u2018': // ‘
    case u'\'':
        return closer == u'\u2019' || closer == u'\'' || (sloppy && closer == u'\u2018');
    case u'\u201A': // ‚
        return closer == u'\u2018' || closer == u'\u2019' || closer == u'\'';
    case u'\u201B':
        return closer == u'\u2019' || closer == u'\'';
    case u'\u2039': return closer == u'\u203A';
    case u'\u203A': return closer == u'\u2039';
    default:
        return false;
    }
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

/// May precede an opening mark: space, an opening bracket, a dash, a slash, another mark.
bool isLeftBlank(QChar c)
{
    if (c.isSpace() || familyOf(c.unicode()) != Family::None || c == u'/')
        return true;
    switch (c.category()) {
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
        return true;
    default:
        return false;
    }
}

/// May follow a closing mark: space or any punctuation.
bool isRightBlank(QChar c)
{
    return c.isSpace() || c.isPunct() || familyOf(c.unicode()) != Family::None;
}

/// What surrounds one mark.
struct Context
{
    bool leftFlank = false;  ///< stands before a word: opens
    bool rightFlank = false; ///< stands after a word: closes
    bool inWord = false;     ///< between letters or digits: an apostrophe or a prime
    bool weak = false;       ///< after a letter, before more words: maybe a plural's apostrophe
};

Context contextAt(QStringView text, int i)
{
    const qsizetype n = text.size();
    const bool hasPrev = i > 0;
    const bool hasNext = i + 1 < n;
    const QChar prev = hasPrev ? text.at(i - 1) : QChar();
    const QChar next = hasNext ? text.at(i + 1) : QChar();
    Context context;
    context.leftFlank = (!hasPrev || isLeftBlank(prev)) && hasNext && !isSpace(next);
    context.rightFlank = (!hasNext || isRightBlank(next)) && hasPrev && !isSpace(prev);
    context.inWord = hasPrev && hasNext && prev.isLetterOrNumber() && next.isLetterOrNumber();
    if (hasPrev && prev.isLetter() && hasNext && isSpace(next)) {
        int j = i + 1;
        while (j < n && isSpace(text.at(j)))
            ++j;
        context.weak = j < n && text.at(j).isLetterOrNumber();
    }
    return context;
}

bool isApostropheLike(char16_t c)
{
    return c == u'\'' || c == u'\u2018' || c == u'\u2019';
}

/// An apostrophe that stands for left-out letters: 'n' (both marks), '90s, 'em, 'til.
bool isElision(QStringView text, int i)
{
    if (!isApostropheLike(text.at(i).unicode()))
        return false;
    // The closing mark of 'n'.
    if (i >= 2 && (text.at(i - 1) == u'n' || text.at(i - 1) == u'N')
        && isApostropheLike(text.at(i - 2).unicode())
        && (i == 2 || isSpace(text.at(i - 3))))
        return true;
    int end = i + 1;
    while (end < text.size() && text.at(end).isLetterOrNumber())
        ++end;
    const QStringView word = text.mid(i + 1, end - i - 1);
    if (word.isEmpty())
        return false;
    if (word.size() >= 2 && word.at(0).isDigit() && word.at(1).isDigit()
        && (word.size() == 2 || (word.size() == 3 && (word.at(2) == u's' || word.at(2) == u'S'))))
        return true;
    static const char *const elisions[] = {"n", "em", "til", "tis", "twas", "cause", "bout",
                                           "round", "cept", "nuff", "ol"};
    for (const char *elision : elisions)
        if (word.compare(QLatin1String(elision), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

struct OpenQuote
{
    char16_t mark = 0;
    int paragraph = 0;
    int start = 0;  ///< first offset after the mark
    int markAt = 0; ///< offset of the mark, in `paragraph`
};

struct ScanResult
{
    QVector<QuoteSpan> spans;
    QVector<OpenQuote> open; ///< still open at the paragraph's end, outermost first
};

/// True when a later mark in the paragraph closes the single quotation opened by `opener`
/// more surely than the weak candidate at `i` (which is then an apostrophe: 'The allies'
/// plans are clear,' …). A new single opening mark ends the search.
bool strongerCloserFollows(QStringView text, int i, char16_t opener)
{
    for (int j = i + 1; j < text.size(); ++j) {
        const char16_t c = text.at(j).unicode();
        if (familyOf(c) != Family::Single)
            continue;
        const Context context = contextAt(text, j);
        if (context.inWord || isElision(text, j))
            continue;
        if (context.leftFlank && !context.rightFlank && directionOf(c) != Direction::Closing)
            return false;
        if (accepts(opener, c, false) && context.rightFlank && !context.weak)
            return true;
    }
    return false;
}

QuoteSpan makeSpan(const OpenQuote &open, int paragraph, int end, bool closed)
{
    QuoteSpan span;
    span.paragraph = open.paragraph;
    span.start = open.start;
    span.endParagraph = paragraph;
    span.end = end;
    span.closed = closed;
    return span;
}

/// Trims white space off a span; false when nothing quotable is left.
bool trimSpan(const QVector<Paragraph> &paragraphs, QuoteSpan &span)
{
    const QString &first = paragraphs[span.paragraph].text;
    const QString &last = paragraphs[span.endParagraph].text;
    while (span.start < first.size() && first.at(span.start).isSpace())
        ++span.start;
    while (span.end > 0 && last.at(span.end - 1).isSpace())
        --span.end;
    if (span.paragraph != span.endParagraph)
        return true;
    if (span.end <= span.start)
        return false;
    for (int i = span.start; i < span.end; ++i)
        if (first.at(i).isLetterOrNumber())
            return true;
    return false;
}

/// Pairs the marks of one paragraph from `from` on, given what is open on entry.
ScanResult scanParagraph(QStringView text, int paragraph, int from,
                         const std::optional<OpenQuote> &carried, const QVector<int> &ignored)
{
    ScanResult result;
    if (carried)
        result.open.append(*carried);
    QVector<OpenQuote> &stack = result.open;

    for (int i = from; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const Family family = familyOf(c);
        if (family == Family::None || ignored.contains(i))
            continue;
        const Context context = contextAt(text, i);
        const Direction direction = directionOf(c);
        const bool undirected = direction == Direction::Either || c == u'\u201C'
            || c == u'\u201D' || c == u'\u2018' || c == u'\u2019';
        if (undirected && context.inWord)
            continue;
        if (family == Family::Single && isElision(text, i))
            continue;
        const bool closingPosition = context.rightFlank && !context.leftFlank;

        // Close the innermost open quotation this mark can close (accepts() knows which
        // opening marks close what: „…“), unless a straight mark clearly opens.
        const bool mayClose = !(direction == Direction::Either && context.leftFlank
                                && !context.rightFlank);
        int closes = -1;
        if (mayClose) {
            for (int s = int(stack.size()) - 1; s >= 0; --s) {
                if (accepts(stack[s].mark, c, closingPosition)) {
                    closes = s;
                    break;
                }
            }
        }
        if (closes >= 0 && family == Family::Single && context.weak
            && strongerCloserFollows(text, i, stack[closes].mark))
            continue; // a plural's apostrophe inside the quotation
        if (closes >= 0) {
            if (closes == 0)
                result.spans.append(makeSpan(stack[0], paragraph, i, true));
            stack.resize(closes);
            continue;
        }

        // Otherwise open one, when the mark stands where quotations open.
        bool opens = false;
        switch (direction) {
        case Direction::Opening:
            opens = !closingPosition;
            break;
        case Direction::Either:
            opens = context.leftFlank;
            break;
        case Direction::Closing:
            // ” opens in Swedish, » and › in Danish; ’ never opens: it is an apostrophe.
            opens = c != u'\u2019' && context.leftFlank && !context.rightFlank;
            break;
        }
        if (opens)
            stack.append(OpenQuote{c, paragraph, i + 1, i});
    }
    return result;
}

/// Offset just after the mark that opens a paragraph, when it opens with a mark of
/// `family` standing as an opening mark; -1 otherwise.
int reopeningMark(QStringView text, Family family)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size() || familyOf(text.at(i).unicode()) != family)
        return -1;
    const char16_t c = text.at(i).unicode();
    if (c == u'\u2019' || (family == Family::Single && isElision(text, i)))
        return -1;
    const Context context = contextAt(text, i);
    if (directionOf(c) != Direction::Opening && !context.leftFlank)
        return -1;
    return i + 1;
}

} // namespace

QVector<QuoteSpan> findQuotations(const Document &document)
{
    const QVector<Paragraph> &paragraphs = document.paragraphs;
    QVector<QuoteSpan> quotes;
    std::optional<OpenQuote> carried;
    int from = 0;
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QStringView text = paragraphs[p].text;
        const QStringView next = p + 1 < paragraphs.size() ? QStringView(paragraphs[p + 1].text)
                                                           : QStringView();
        // A single mark opened here and never closed was an apostrophe after all
        // ('cause, a plural's): scan again without it, so it hides no quotation after it.
        QVector<int> ignored;
        ScanResult scan;
        for (;;) {
            scan = scanParagraph(text, p, from, carried, ignored);
            if (scan.open.isEmpty())
                break;
            const OpenQuote &outer = scan.open.first();
            if (outer.paragraph != p || familyOf(outer.mark) != Family::Single
                || reopeningMark(next, Family::Single) >= 0)
                break;
            ignored.append(outer.markAt);
        }
        for (QuoteSpan span : std::as_const(scan.spans))
            if (trimSpan(paragraphs, span))
                quotes.append(span);

        carried.reset();
        from = 0;
        if (scan.open.isEmpty())
            continue;
        const OpenQuote &outer = scan.open.first();
        const int reopened = reopeningMark(next, familyOf(outer.mark));
        if (reopened >= 0) {
            // Newspaper convention: the quotation runs on into the next paragraph.
            carried = outer;
            from = reopened;
            continue;
        }
        QuoteSpan span = makeSpan(outer, p, int(text.size()), false);
        if (trimSpan(paragraphs, span))
            quotes.append(span);
    }
    std::sort(quotes.begin(), quotes.end(), [](const QuoteSpan &a, const QuoteSpan &b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
    });
    return quotes;
}

} // namespace Recension
