#include "document/markdownreader.h"

#include <libxml/HTMLparser.h>
#include <md4c.h>

#include <algorithm>
#include <vector>

namespace Recension {

namespace {

struct MarkdownState
{
    const char *base = nullptr;
    qsizetype size = 0;
    std::vector<qsizetype> lineStarts; ///< byte offset at which each source line begins
    MarkupText result;
    QByteArray pending; ///< UTF-8 text of the paragraph being read
    int firstLine = 0;
    int lastLine = 0;
    int htmlDepth = 0;
    bool inTitleHeading = false;
    bool newCell = false; ///< the next text starts a table cell after another one

    void append(const char *text, qsizetype length)
    {
        if (newCell && length > 0)
            pending.append(" | ");
        newCell = false;
        pending.append(text, length);
    }

    int lineAt(const char *position) const
    {
        const qsizetype offset = position - base;
        const auto next = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
        return int(next - lineStarts.begin());
    }

    /// Notes the lines of a stretch of source text that contains no markup.
    void track(const char *text, MD_SIZE length)
    {
        if (text < base || text + length > base + size)
            return; // a string of md4c's own (a line break), not the input's
        MD_SIZE first = 0;
        while (first < length && isAsciiSpace(text[first]))
            ++first;
        if (first == length)
            return;
        MD_SIZE last = length - 1;
        while (last > first && isAsciiSpace(text[last]))
            --last;
        if (firstLine == 0)
            firstLine = lineAt(text + first);
        lastLine = lineAt(text + last);
    }

    void flush()
    {
        const QString text = collapseWhiteSpace(QString::fromUtf8(pending));
        if (!isBlank(text)) {
            result.paragraphs.append({ text, firstLine, lastLine });
            if (inTitleHeading && result.heading.isEmpty())
                result.heading = text;
        }
        pending.resize(0); // keeps its room: clear() would free it for every paragraph
        firstLine = lastLine = 0;
    }

    static bool isAsciiSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
};

/// "&amp;", "&#233;", "&#xE9;" to UTF-8; an unknown name stays as written.
QByteArray decodeEntity(const char *text, MD_SIZE length)
{
    const QByteArray entity(text, length);
    if (entity.size() < 3 || !entity.startsWith('&') || !entity.endsWith(';'))
        return entity;
    const QByteArray body = entity.mid(1, entity.size() - 2);
    uint codePoint = 0;
    if (body.startsWith('#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        codePoint = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || codePoint == 0 || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            codePoint = 0xFFFD;
    } else if (const htmlEntityDesc *known
        = htmlEntityLookup(reinterpret_cast<const xmlChar *>(body.constData()))) {
        codePoint = known->value;
    } else {
        return entity;
    }
    const char32_t character = codePoint;
    return QString::fromUcs4(&character, 1).toUtf8();
}

/// A table row is one paragraph, its cells joined by " | ": a paragraph per cell made a
/// table of figures into hundreds of thousands of one-word paragraphs.
bool isCell(MD_BLOCKTYPE type)
{
    return type == MD_BLOCK_TD || type == MD_BLOCK_TH;
}

int onEnterBlock(MD_BLOCKTYPE type, void *detail, void *userData)
{
    auto *state = static_cast<MarkdownState *>(userData);
    if (isCell(type)) {
        state->newCell = !state->pending.isEmpty();
        return 0;
    }
    state->flush();
    if (type == MD_BLOCK_HTML)
        ++state->htmlDepth;
    else if (type == MD_BLOCK_H)
        state->inTitleHeading = static_cast<MD_BLOCK_H_DETAIL *>(detail)->level == 1;
    return 0;
}

int onLeaveBlock(MD_BLOCKTYPE type, void *, void *userData)
{
    auto *state = static_cast<MarkdownState *>(userData);
    if (isCell(type))
        return 0;
    state->flush();
    if (type == MD_BLOCK_HTML)
        --state->htmlDepth;
    else if (type == MD_BLOCK_H)
        state->inTitleHeading = false;
    return 0;
}

int onSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userData)
{
    auto *state = static_cast<MarkdownState *>(userData);
    if (state->htmlDepth > 0)
        return 0;
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        state->track(text, size);
        state->append(text, size);
        break;
    case MD_TEXT_ENTITY: {
        state->track(text, size);
        const QByteArray decoded = decodeEntity(text, size);
        state->append(decoded.constData(), decoded.size());
        break;
    }
    case MD_TEXT_NULLCHAR:
        state->append("\xEF\xBF\xBD", 3);
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        state->pending.append(' ');
        break;
    case MD_TEXT_HTML:
        break;
    }
    return 0;
}

} // namespace

MarkupText readMarkdown(const QString &text)
{
    const QByteArray utf8 = normaliseLineEndings(text).toUtf8();
    MarkdownState state;
    state.base = utf8.constData();
    state.size = utf8.size();
    state.lineStarts.push_back(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '\n')
            state.lineStarts.push_back(i + 1);
    }

    MD_PARSER parser {};
    parser.flags
        = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onSpan;
    parser.leave_span = onSpan;
    parser.text = onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    state.flush();
    return state.result;
}

} // namespace Recension
