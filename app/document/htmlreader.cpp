#include "document/htmlreader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <climits>
#include <cstring>
#include <mutex>

namespace Recension {

namespace {

bool isOneOf(const char *name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (std::strcmp(name, candidate) == 0)
            return true;
    }
    return false;
}

bool isBlockElement(const char *name)
{
    return isOneOf(name,
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt",
            "dd", "figcaption", "caption", "div", "section", "article", "main", "address", "center",
            "ul", "ol", "dl", "table", "tr", "thead", "tbody", "tfoot", "figure", "hr", "body",
            "html", "header", "hgroup", "details", "summary", "dialog", "fieldset", "legend",
            "menu", "dir", "listing", "xmp", "plaintext" });
}

bool isHiddenElement(const char *name)
{
    return isOneOf(name,
        { "script", "style", "nav", "footer", "aside", "form", "noscript", "template", "svg",
            "math", "iframe", "object", "embed", "canvas", "video", "audio", "map", "button",
            "select", "textarea", "noframes" });
}

bool hasHiddenAttribute(const xmlChar **attributes)
{
    for (int i = 0; attributes && attributes[i]; i += 2) {
        if (xmlStrcasecmp(attributes[i], BAD_CAST "hidden") == 0)
            return true;
    }
    return false;
}

bool hasAttribute(const xmlChar **attributes, const char *name)
{
    for (int i = 0; attributes && attributes[i]; i += 2) {
        if (xmlStrcasecmp(attributes[i], BAD_CAST name) == 0)
            return true;
    }
    return false;
}

/// The value of attribute `name` (case-insensitive), trimmed; empty when absent.
QString attribute(const xmlChar **attributes, const char *name)
{
    for (int i = 0; attributes && attributes[i]; i += 2) {
        if (xmlStrcasecmp(attributes[i], BAD_CAST name) == 0) {
            const char *value = reinterpret_cast<const char *>(attributes[i + 1]);
            return value ? QString::fromUtf8(value).trimmed() : QString();
        }
    }
    return {};
}

bool isOneOfIgnoringCase(const QString &value, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (value.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// A provenance field and the rank of the source it came from (lower wins).
struct Ranked
{
    QString value;
    int rank = INT_MAX;

    void offer(const QString &candidate, int candidateRank)
    {
        if (!candidate.isEmpty() && candidateRank < rank) {
            value = candidate;
            rank = candidateRank;
        }
    }
};

/// What the SAX callbacks build up. Lives in the parser context's _private field.
struct HtmlState
{
    htmlParserCtxtPtr context = nullptr;
    MarkupText result;
    QString title; ///< text of <title>
    QString pending; ///< text of the paragraph being read, white space not collapsed
    int firstLine = 0; ///< source line of the first non-space character of `pending`
    int lastLine = 0; ///< source line of its last non-space character
    int hiddenDepth = 0; ///< > 0 inside a dropped element
    int headDepth = 0;
    int titleDepth = 0;
    int articleDepth = 0; ///< inside <article> or <main>
    int h1Depth = 0;
    Ranked url;
    Ranked outlet;
    Ranked published;

    /// Reads the provenance a <meta>, <link> or <time> element states.
    void readProvenance(const char *name, const xmlChar **attributes)
    {
        if (std::strcmp(name, "link") == 0) {
            const QStringList rel = attribute(attributes, "rel").split(u' ', Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("canonical"), Qt::CaseInsensitive))
                url.offer(attribute(attributes, "href"), 0);
        } else if (std::strcmp(name, "meta") == 0) {
            QString key = attribute(attributes, "property");
            if (key.isEmpty())
                key = attribute(attributes, "name");
            if (key.isEmpty())
                key = attribute(attributes, "itemprop");
            const QString content = attribute(attributes, "content");
            if (isOneOfIgnoringCase(key, {"og:url"}))
                url.offer(content, 1);
            else if (isOneOfIgnoringCase(key, {"og:site_name"}))
                outlet.offer(content, 0);
            else if (isOneOfIgnoringCase(key, {"application-name"}))
                outlet.offer(content, 1);
            else if (isOneOfIgnoringCase(key, {"article:published_time"}))
                published.offer(content, 0);
            else if (isOneOfIgnoringCase(key, {"datePublished"}))
                published.offer(content, 1);
            else if (isOneOfIgnoringCase(key, {"date", "dc.date", "dcterms.date", "pubdate",
                                               "publishdate", "dc.date.issued"}))
                published.offer(content, 2);
        } else if (std::strcmp(name, "time") == 0) {
            const QString when = attribute(attributes, "datetime");
            if (hasAttribute(attributes, "pubdate")
                || isOneOfIgnoringCase(attribute(attributes, "itemprop"), {"datePublished"}))
                published.offer(when, 3);
            else if (articleDepth > 0)
                published.offer(when, 4);
        }
    }

    void flush()
    {
        const QString text = collapseWhiteSpace(pending);
        if (!isBlank(text)) {
            result.paragraphs.append({ text, firstLine, lastLine });
            if (h1Depth > 0 && result.heading.isEmpty())
                result.heading = text;
        }
        pending.clear();
        firstLine = lastLine = 0;
    }
};

HtmlState *stateOf(void *context)
{
    return static_cast<HtmlState *>(static_cast<htmlParserCtxtPtr>(context)->_private);
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void onStartElement(void *context, const xmlChar *rawName, const xmlChar **attributes)
{
    HtmlState *state = stateOf(context);
    const char *name = reinterpret_cast<const char *>(rawName);
    if (state->hiddenDepth > 0 || isHiddenElement(name) || hasHiddenAttribute(attributes)
        || (state->articleDepth == 0 && std::strcmp(name, "header") == 0)) {
        ++state->hiddenDepth;
        return;
    }
    state->readProvenance(name, attributes);
    if (std::strcmp(name, "head") == 0)
        ++state->headDepth;
    else if (std::strcmp(name, "title") == 0)
        ++state->titleDepth;
    else if (std::strcmp(name, "br") == 0)
        state->pending.append(u' ');
    if (isBlockElement(name))
        state->flush();
    if (std::strcmp(name, "article") == 0 || std::strcmp(name, "main") == 0)
        ++state->articleDepth;
    else if (std::strcmp(name, "h1") == 0)
        ++state->h1Depth;
}

void onEndElement(void *context, const xmlChar *rawName)
{
    HtmlState *state = stateOf(context);
    const char *name = reinterpret_cast<const char *>(rawName);
    if (state->hiddenDepth > 0) {
        --state->hiddenDepth;
        return;
    }
    if (isBlockElement(name))
        state->flush();
    if (std::strcmp(name, "head") == 0)
        state->headDepth = qMax(0, state->headDepth - 1);
    else if (std::strcmp(name, "title") == 0)
        state->titleDepth = qMax(0, state->titleDepth - 1);
    else if (std::strcmp(name, "article") == 0 || std::strcmp(name, "main") == 0)
        state->articleDepth = qMax(0, state->articleDepth - 1);
    else if (std::strcmp(name, "h1") == 0)
        state->h1Depth = qMax(0, state->h1Depth - 1);
}

void onCharacters(void *context, const xmlChar *characters, int length)
{
    HtmlState *state = stateOf(context);
    if (state->hiddenDepth > 0 || length <= 0)
        return;
    const char *text = reinterpret_cast<const char *>(characters);
    if (state->titleDepth > 0) {
        state->title.append(QString::fromUtf8(text, length));
        return;
    }
    if (state->headDepth > 0)
        return;

    // The parser calls back once it has read past these characters, so the context's line
    // is that of the last one; a character's own line is that less the newlines after it.
    int first = 0;
    while (first < length && isAsciiSpace(text[first]))
        ++first;
    if (first < length) {
        int last = length - 1;
        while (last > first && isAsciiSpace(text[last]))
            --last;
        const int line = state->context->input ? state->context->input->line : 0;
        int newlinesAfterLast = 0;
        for (int i = last + 1; i < length; ++i)
            newlinesAfterLast += text[i] == '\n' ? 1 : 0;
        int newlinesAfterFirst = newlinesAfterLast;
        for (int i = first + 1; i <= last; ++i)
            newlinesAfterFirst += text[i] == '\n' ? 1 : 0;
        if (state->firstLine == 0)
            state->firstLine = line - newlinesAfterFirst;
        state->lastLine = line - newlinesAfterLast;
    }
    state->pending.append(QString::fromUtf8(text, length));
}

/// A browser's saved page opens with `<!-- saved from url=(0042)https://... -->`, the
/// number giving the URL's length.
void onComment(void *context, const xmlChar *rawText)
{
    static const QRegularExpression savedFrom(
        QStringLiteral("^\\s*saved from url=\\((\\d+)\\)(\\S+)"));
    const QRegularExpressionMatch match =
        savedFrom.match(QString::fromUtf8(reinterpret_cast<const char *>(rawText)));
    if (!match.hasMatch())
        return;
    QString url = match.captured(2);
    const int length = match.captured(1).toInt();
    if (length > 0 && length < url.size())
        url.truncate(length);
    if (url.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        stateOf(context)->url.offer(url, 2);
}

void ignoreCdata(void *, const xmlChar *, int) { }

void ignoreStructuredError(void *, xmlErrorPtr) { }

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

/// Attributes kept per tag: libxml2 checks each new attribute against all the earlier
/// ones of its tag, so a tag with 200,000 of them took minutes.
constexpr int MaxAttributes = 500;

/// `html` with every tag's attributes past MaxAttributes dropped, in one pass; `capped`
/// counts the tags cut. Returns a null string when no tag needed it.
QString capAttributes(QStringView html, int *capped)
{
    QString out;
    qsizetype copied = 0; // html[0, copied) is in `out` (when out is used)
    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (html[i] != u'<' || i + 1 >= size || !html[i + 1].isLetter())
            continue;
        qsizetype p = i + 1;
        while (p < size && isNameChar(html[p]))
            ++p;
        int count = 0;
        qsizetype cutFrom = -1;
        while (p < size && html[p] != u'>') {
            if (html[p].isSpace() || html[p] == u'/') {
                ++p;
                continue;
            }
            const qsizetype attribute = p;
            while (p < size && !html[p].isSpace() && html[p] != u'=' && html[p] != u'>')
                ++p;
            if (p < size && html[p] == u'=') {
                ++p;
                if (p < size && (html[p] == u'"' || html[p] == u'\'')) {
                    const QChar quote = html[p];
                    const qsizetype close = html.indexOf(quote, p + 1);
                    p = close < 0 ? size : close + 1;
                } else {
                    while (p < size && !html[p].isSpace() && html[p] != u'>')
                        ++p;
                }
            }
            if (++count == MaxAttributes + 1)
                cutFrom = attribute;
        }
        if (cutFrom >= 0) {
            ++*capped;
            out += html.mid(copied, cutFrom - copied);
            copied = p; // resume at the '>'
        }
        i = p - 1;
    }
    if (*capped == 0)
        return {};
    out += html.mid(copied);
    return out;
}

} // namespace

MarkupText readHtml(const QString &text)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });

    int capped = 0;
    const QString trimmed = capAttributes(text, &capped);
    const QByteArray utf8 = normaliseLineEndings(capped > 0 ? trimmed : text).toUtf8();
    HtmlState state;
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!context)
        return {};

    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    // The magic value makes libxml2 report errors to serror (ignored) instead of stderr.
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElement = onStartElement;
    handler.endElement = onEndElement;
    handler.characters = onCharacters;
    handler.ignorableWhitespace = onCharacters;
    handler.cdataBlock = ignoreCdata;
    handler.comment = onComment;
    handler.serror = ignoreStructuredError;
    *context->sax = handler;
    context->userData = context;
    context->_private = &state;
    state.context = context;

    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(context,
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
            | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
    htmlParseDocument(context);
    state.flush();
    if (context->myDoc)
        xmlFreeDoc(context->myDoc);
    context->myDoc = nullptr;
    htmlFreeParserCtxt(context);

    if (state.result.heading.isEmpty())
        state.result.heading = collapseWhiteSpace(state.title);
    state.result.provenance.url = state.url.value;
    state.result.provenance.outlet = collapseWhiteSpace(state.outlet.value);
    state.result.provenance.published = state.published.value;
    if (capped > 0) {
        state.result.warnings << QCoreApplication::translate(
            "Recension::HtmlReader",
            "%n tag(s) with more than %1 attributes: the attributes past the first %1 were "
            "ignored, so that reading finishes in reasonable time.", nullptr, capped)
            .arg(MaxAttributes);
    }
    return state.result;
}

} // namespace Recension
