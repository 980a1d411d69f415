#include "document/paragraphbuilder.h"

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

} // namespace

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
