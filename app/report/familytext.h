#pragma once

#include "family/family.h"

#include <QCoreApplication>
#include <QString>

namespace Recension {

// The words the family view, the family reports and `recension family` show a reader,
// translated, so that screen, paper and terminal say the same.

/// The translation context of the family's texts.
class FamilyText final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Family)
};

/// How much of a pair is the same, in four bands, each with a glyph so that colour is
/// never the only mark.
enum class KeptBand {
    SameText,   ///< meaning and wording kept: a copy
    Reworded,   ///< meaning kept, wording changed: a spun or translated copy
    Partial,    ///< some of the meaning kept: condensed, rewritten
    Different   ///< little in common
};
constexpr int KeptBandCount = 4;

/// @brief The band of a pair from its meaning kept and wording kept.
KeptBand keptBand(double meaningKept, double wordingKept);
/// @brief The band's glyph: "≡", "≈", "∼", "≠".
QString keptBandGlyph(KeptBand band);
/// @brief The band's translated name ("same text", "reworded"...).
QString keptBandName(KeptBand band);
/// @brief "94 % / 38 %": meaning kept, then wording kept, in whole per cent (never "100 %"
/// short of whole).
QString keptPair(double meaningKept, double wordingKept);
/// @brief One sentence for a pair's tooltip or accessible text.
QString keptSentence(const QString &left, const QString &right, double meaningKept,
                     double wordingKept);

/// @brief Translated name of a verdict ("spun copy").
QString verdictName(CopyVerdict verdict);
/// @brief The figures that decided a verdict, in one line.
QString verdictFigures(const Verdict &verdict);

/// @brief The short label of a version: "V2 harbour-spun.txt".
QString versionLabel(const FamilyAnalysis &family, int version);

/// @brief The evidence of a lineage edge, in one line without its examples.
QString edgeEvidence(const FamilyAnalysis &family, const LineageEdge &edge);

/// @brief What one version did with a quotation: "verbatim", "altered: a → b", "unquoted",
/// "missing".
QString quoteCellText(const QuoteCell &cell);
/// @brief A fact's form in one version: its text, or "missing".
QString factCellText(const FactCell &cell);

} // namespace Recension
