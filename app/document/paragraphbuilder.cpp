#include "document/paragraphbuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Recension {

namespace {

int codePointLength(QStringView text)
{
    int surrogates = 0;
    for (QChar c : text)
        surrogates += c.isLowSurrogate() ? 1 : 0;
    return int(text.size()) - surrogates;
}

bool isAsciiWhiteSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

/// Where the piece starting at `from` ends: the limit in words or characters, moved back
/// to a sentence end in its last third, else to a space.
qsizetype pieceEnd(QStringView text, qsizetype from)
{
    qsizetype limit = std::min(text.size(), from + MaxParagraphChars);
    int words = 0;
    bool inWord = false;
    for (qsizetype i = from; i < limit; ++i) {
        const bool blank = isAsciiWhiteSpace(text[i]);
        if (!blank && !inWord && ++words > MaxParagraphWords) {
            limit = i;
            break;
        }
        inWord = !blank;
    }
    if (limit >= text.size())
        return text.size();
    const qsizetype earliest = from + (limit - from) * 2 / 3;
    for (qsizetype i = limit - 1; i > earliest; --i) {
        const QChar c = text[i - 1];
        if (isAsciiWhiteSpace(text[i]) && (c == u'.' || c == u'!' || c == u'?'))
            return i;
    }
    for (qsizetype i = limit - 1; i > from; --i) {
        if (isAsciiWhiteSpace(text[i]))
            return i;
    }
    return text[limit].isLowSurrogate() ? limit - 1 : limit;
}

bool isLong(QStringView text)
{
    if (text.size() > MaxParagraphChars)
        return true;
    if (text.size() <= 2 * MaxParagraphWords) // not enough characters for that many words
        return false;
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool blank = isAsciiWhiteSpace(c);
        if (!blank && !inWord && ++words > MaxParagraphWords)
            return true;
        inWord = !blank;
    }
    return false;
}

} // namespace

QString capParagraphs(QVector<Paragraph> *paragraphs, const QString &path)
{
    const auto anyLong = std::any_of(paragraphs->cbegin(), paragraphs->cend(),
                                     [](const Paragraph &p) { return isLong(p.text); });
    if (!anyLong)
        return {};
    int cut = 0;
    QVector<Paragraph> result;
    for (Paragraph &paragraph : *paragraphs) {
        if (!isLong(paragraph.text)) {
            result.append(std::move(paragraph));
            continue;
        }
        ++cut;
        const QStringView text(paragraph.text);
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype end = pieceEnd(text, from);
            const QStringView piece = trimBlank(text.mid(from, end - from));
            if (!piece.isEmpty())
                result.append({piece.toString(), paragraph.line, paragraph.lastLine});
            from = end;
        }
    }
    *paragraphs = std::move(result);
    return QCoreApplication::translate(
               "Recension::ParagraphBuilder",
               "“%1”: %n paragraph(s) longer than %2 words or %3 characters cut into pieces of "
               "at most that size, so that the comparison finishes in reasonable time.",
               nullptr, cut)
        .arg(path)
        .arg(MaxParagraphWords)
        .arg(MaxParagraphChars);
}

bool isBlankChar(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x00A0 || u == 0x2007 || u == 0x202F || u == 0xFEFF;
}

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!isBlankChar(c))
            return false;
    }
    return true;
}

QStringView trimBlank(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlankChar(text[begin]))
        ++begin;
    while (end > begin && isBlankChar(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

QString collapseWhiteSpace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isAsciiWhiteSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !result.isEmpty())
            result.append(u' ');
        pendingSpace = false;
        result.append(c);
    }
    return trimBlank(result).toString();
}

QVector<SourceLine> splitLines(QStringView text)
{
    QVector<SourceLine> lines;
    // Sized first: a file of a million short lines otherwise regrows the list twenty times.
    lines.reserve(text.count(u'\n') + 1);
    qsizetype start = 0;
    int number = 1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append({ text.mid(start, i - start), number++ });
        if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < size)
        lines.append({ text.mid(start), number });
    return lines;
}

QString normaliseLineEndings(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(u'\r', u'\n');
    return result;
}

bool isHardWrapped(const QVector<SourceLine> &lines)
{
    int nonBlank = 0;
    int followed = 0;
    int followedShort = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (isBlank(lines[i].text))
            continue;
        ++nonBlank;
        if (i + 1 < lines.size() && !isBlank(lines[i + 1].text)) {
            ++followed;
            if (codePointLength(trimBlank(lines[i].text)) <= 100)
                ++followedShort;
        }
    }
    // Integer forms of "followed >= nonBlank / 2" and "followedShort >= 80 % of followed".
    return nonBlank > 0 && followed > 0 && 2 * followed >= nonBlank
        && 5 * followedShort >= 4 * followed;
}

QVector<Paragraph> plainTextParagraphs(QStringView text)
{
    const QVector<SourceLine> lines = splitLines(text);
    QVector<Paragraph> paragraphs;
    if (!isHardWrapped(lines)) {
        for (const SourceLine &line : lines) {
            if (!isBlank(line.text))
                paragraphs.append({ trimBlank(line.text).toString(), line.number, line.number });
        }
        return paragraphs;
    }

    Paragraph current;
    for (const SourceLine &line : lines) {
        if (isBlank(line.text)) {
            if (!current.text.isEmpty())
                paragraphs.append(std::exchange(current, Paragraph()));
            continue;
        }
        if (current.text.isEmpty())
            current.line = line.number;
        else
            current.text.append(u' ');
        current.text.append(trimBlank(line.text));
        current.lastLine = line.number;
    }
    if (!current.text.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

bool qualifiesAsTitle(QStringView paragraph)
{
    if (paragraph.isEmpty() || codePointLength(paragraph) > 200)
        return false;
    const QChar last = paragraph.back();
    return last != u'.' && last != u'!' && last != u'?';
}

} // namespace Recension
