#pragma once

#include "text/analysedtext.h"

#include <QVector>

namespace Recension {

/// @brief The outermost quotations of a document, in document order.
/// Every script's marks pair up: “ ” and ‘ ’, straight " and ' (opening or closing by
/// position), „ “ and ‚ ‘, « » and » «, ‹ › and › ‹, ” ” (Swedish), 「 」, 『 』, 〝 〞.
/// Apostrophes are never marks: inside a word (it's), a plural's (the allies' plans) and
/// elisions ('n', '90s, 'em). A quotation left open at a paragraph's end runs on when the
/// next paragraph opens with a mark of its kind; otherwise a double quotation ends there
/// with closed == false and a single one is taken for an apostrophe. A closing mark with
/// no opener invents nothing. Quotations nested in another are not reported.
QVector<QuoteSpan> findQuotations(const Document &document);

} // namespace Recension
