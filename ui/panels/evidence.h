#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>

namespace Recension::Ui {

/// @brief Plain-text descriptions of one change, for tooltips and "Copy as evidence".
class Evidence final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::Evidence)
public:
    /// @brief One line naming the change: `synonym: security → safety`.
    static QString summary(const Comparison &comparison, const Change &change);
    /// @brief The texts of both sides: `security → safety`.
    static QString transition(const Comparison &comparison, const Change &change);
    /// @brief Both sides with their labels (outlet and file) and source lines, ready to paste
    /// into a message, then the sources cited; a change inside a quotation names its speaker
    /// when known.
    static QString text(const Comparison &comparison, const Change &change);
    /// @brief The evidence of several changes (indices into Comparison::changes), one
    /// block each, in the order of their ids.
    static QString text(const Comparison &comparison, const QVector<int> &changeIndices);
    /// @brief The evidence of a finding: its gist, the speaker of its quotation, and
    /// every place with both sides.
    static QString text(const Comparison &comparison, const Finding &finding);
    /// @brief The sentence around [start, end) of a text, shortened around the span when long.
    static QString context(const QString &text, int start, int end);
    /// @brief "line 12" or "lines 12–14" of a paragraph; "page 3, line 12" in a PDF.
    static QString lines(const Paragraph &paragraph);

    /// @brief "Left source:  The Harbour Gazette, https://…, published 2026-11-20 (file)", one
    /// line per side whose provenance is known: a fact-checker cites the publication.
    static QStringList sources(const Comparison &comparison);

private:
    /// @brief `lines` and the sources, one text ending in a newline.
    static QString withSources(const Comparison &comparison, QStringList lines);
    /// @brief The heading line and both sides' lines of one change.
    static QStringList changeLines(const Comparison &comparison, const Change &change);
    /// @brief One line per side: the file, the source lines and the sentence around the
    /// span, or where the passage stands when the side has nothing.
    static QStringList sideLines(const Comparison &comparison, const std::array<Span, 2> &sides,
                                 int link);
    /// @brief "high severity, inside a quotation by Wardak".
    static QString qualifiers(const Comparison &comparison, const Change &change);
};

} // namespace Recension::Ui
