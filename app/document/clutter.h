#pragma once

#include "document/document.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace Recension {

/// One paragraph set aside: its index in Document::paragraphs and what it is.
struct ClutterMark
{
    int paragraph = -1;
    ClutterKind kind = ClutterKind::Counter;

    bool operator==(const ClutterMark &o) const
    {
        return paragraph == o.paragraph && kind == o.kind;
    }
};

/// @brief The paragraphs of `document` that are web-page clutter, ascending by index.
/// Phrase rules come from resources/lang/<language>/clutter.rules (the document's language)
/// and resources/lang/mul/clutter.rules (any language); structure decides the rest (stray
/// counters, keyword lists, lines repeated like a menu, headlines under "Related", a lone
/// name just above the page's closing clutter). The
/// first paragraph and paragraphs of 25 words or more are never clutter.
QVector<ClutterMark> findClutter(const Document &document);

/// @brief A copy of `document` without the marked paragraphs, with a warning that says how
/// many were set aside; `document` itself when `marks` is empty. The copy keeps each
/// paragraph set aside in Document::setAside, where it stood, for the views and reports;
/// its word count is that of the paragraphs kept. Comparing the original brings them back.
DocumentPtr setClutterAside(const DocumentPtr &document, const QVector<ClutterMark> &marks);

/// @brief The marks without those of the paragraphs in `kept` (indices as loaded): the
/// guesses a reader has overruled.
QVector<ClutterMark> withoutKept(const QVector<ClutterMark> &marks, const QSet<int> &kept);

/// @brief The kind's stable lower-case name for JSON and the command line ("photo-credit").
QString toString(ClutterKind kind);
/// @brief The kind in words for people (translated).
QString describe(ClutterKind kind);

} // namespace Recension
