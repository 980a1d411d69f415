#pragma once

#include "document/paragraphbuilder.h"

#include <QString>

namespace Recension {

/// @brief The paragraphs of a Markdown text (CommonMark with GitHub tables), markup dropped.
/// Headings, paragraphs, list items, code blocks and table cells become paragraphs (a block
/// quote's paragraphs too); line breaks inside one become spaces and runs of ASCII white
/// space collapse to one. Raw HTML blocks and inline tags are dropped; entities are decoded.
/// Source lines come from where md4c's text pointers fall in the input.
MarkupText readMarkdown(const QString &text);

} // namespace Recension
