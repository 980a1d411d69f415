#pragma once

#include "document/paragraphbuilder.h"

#include <QString>

namespace Recension {

/// @brief The visible paragraphs of an HTML page, with their source lines.
/// Block elements (p, h1-h6, li, blockquote, pre, td, th, dt, dd, figcaption, div text
/// outside inner blocks, ...) become paragraphs; script, style, nav, footer, aside, form,
/// noscript, template, svg, media, elements marked `hidden`, and a <header> outside any
/// <article> or <main> are dropped (an article's own header holds its headline). Entities
/// are decoded, <br> becomes a space, runs of ASCII white space collapse to one space
/// (no-break spaces stay). Nothing is fetched; the text is parsed as UTF-8 whatever the
/// page declares, since it has been decoded already. Line endings may be of any kind.
/// The page's own metadata gives the provenance: the URL from <link rel="canonical">, else
/// og:url, else a browser's "saved from url=" comment; the outlet from og:site_name, else
/// application-name; the publication date from article:published_time, else a
/// datePublished or date meta, else a <time> marked pubdate or datePublished, else the
/// first <time datetime> of the <article> or <main>.
MarkupText readHtml(const QString &text);

} // namespace Recension
