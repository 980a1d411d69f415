#pragma once

#include "compare/comparison.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <array>

namespace Recension {

// The words a reader sees in a report, translated; the JSON keeps the spec's names
// (toString() in comparison.h).

/// The translation context of every report text ("Recension::Report"), for code outside
/// a class of its own: `ReportText::tr("…")` is what lupdate can see.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Report)
};

/// @brief Translated name of a category ("synonym").
QString categoryName(Category category);
/// @brief One translated line saying what a category means, for the legend.
QString categoryDescription(Category category);
/// @brief Translated name of a severity.
QString severityName(Severity severity);
/// @brief Translated name of a quotation's status.
QString quoteStatusName(QuoteStatus status);
/// @brief Translated name of a fact's kind.
QString factKindName(FactKind kind);
/// @brief Translated name of a fact's status.
QString factStatusName(FactStatus status);
/// @brief Translated name of a link's kind.
QString linkKindName(LinkKind kind);

/// @brief Translated name of a finding's kind ("name", "quotation").
QString findingKindName(FindingKind kind);
/// @brief A finding's gist, "Harbour Safety Board → Harbour Security Board" (one side
/// alone when the other has none); each side cut to `maxPerSide` characters unless -1.
QString findingGist(const Finding &finding, int maxPerSide = -1);
/// @brief Change ids as runs, "11–18 20", the runs after the first `maxRuns` counted
/// instead ("… 12 more").
QString idRuns(const QVector<int> &ids, int maxRuns);
/// @brief A similarity figure as a percentage with `decimals` places in the user's locale,
/// "> 99.9 %" (never "100 %") when below 1: the one formatter of every similarity shown.
QString keptPercent(double fraction, int decimals = 1);

/// @brief "synonym: security → safety": what a change did, in one line (a tooltip or index entry).
QString changeSummary(const Comparison &comparison, const Change &change);

/// A labelled line of the summary: label, then the left and right values (or one value).
struct SummaryField
{
    QString label;
    std::array<QString, 2> values;
};

/// @brief Title, file, SHA-256, encoding, language and words of both documents (in this
/// order, indices 0 to 5), then their provenance: outlet, URL, published, retrieved, the
/// rows a side has.
QList<SummaryField> documentFields(const Comparison &comparison);
/// @brief The document block of page one: title, file, provenance, words, SHA-256.
QList<SummaryField> pageOneDocumentFields(const Comparison &comparison);
/// @brief The comparison's options and the report's scope, one value each (in values[0]).
QList<SummaryField> optionFields(const CompareOptions &options, ReportScope scope);
/// One paragraph set aside as page clutter, as the reports list it.
struct AsideEntry
{
    Side side = Left;
    QString place; ///< where it stood in the source: "line 12", "page 2, line 7"
    QString kind;  ///< what it was taken for ("share prompt")
    QString text;
};

/// @brief The paragraphs both versions set aside as page clutter, the left version's first,
/// each in source order.
QVector<AsideEntry> asideEntries(const Comparison &comparison);
/// @brief Where a paragraph stands in its source: "line 12", "lines 12–14", "page 3, line 5".
QString sourcePlace(const Paragraph &paragraph);

/// @brief "87.7 %" in the user's locale.
QString percent(double fraction);
/// @brief The report's title line.
QString reportTitle();

} // namespace Recension
