#pragma once

#include "compare/comparison.h"

#include <QStringList>

namespace Recension {

/// What kind of copy a version is, judged against the base of its family.
enum class CopyVerdict {
    Base,        ///< the version every other is judged against
    Identical,   ///< no change but case, punctuation or the way a value is written
    Syndicated,  ///< the same text, lightly edited
    Spun,        ///< the same passages in the same order, many words swapped for synonyms
    Condensed,   ///< passages dropped, merged or reworded: a condensed or rewritten copy
    Translated,  ///< reworded throughout, with names spelled differently: a (back-)translation
    Independent, ///< different text about the same people, places or figures
    Unrelated    ///< nothing in common
};
constexpr int CopyVerdictCount = 8;

/// The figures a verdict is decided from, all read off one base-against-copy comparison.
struct VerdictFigures
{
    double meaningKept = 0.0;       ///< Comparison::similarity
    double wordingKept = 0.0;       ///< Comparison::wordsKept
    std::array<double, 2> coverage{{0.0, 0.0}}; ///< share of each side's words in aligned passages
    double wordingKeptAligned = 0.0; ///< wording kept inside aligned passages only
    double movedShare = 0.0;        ///< share of aligned passages that moved
    int synonyms = 0;               ///< synonym and inflection changes
    int respelledNames = 0;         ///< names whose spelling changed, not the name itself
    int sharedFacts = 0;            ///< the base's names, titles and organisations the copy names
    int changesOfFact = 0;          ///< number, name, speaker and polarity changes
};

/// @brief A verdict with the figures and the examples that decided it.
struct Verdict
{
    CopyVerdict kind = CopyVerdict::Unrelated;
    VerdictFigures figures;
    QStringList examples; ///< up to three "base → copy" pairs that show the kind of copy
};

/// @brief Judges the copy in a comparison whose left side is the base (rules in the README).
Verdict judgeCopy(const Comparison &baseToCopy);

/// @brief The verdict's lower-case name in the family document ("spun", "condensed", ...).
QString toString(CopyVerdict verdict);

/// @brief True for verdicts of copies made from the base (in the lineage tree).
constexpr bool isDerived(CopyVerdict verdict)
{
    return verdict != CopyVerdict::Independent && verdict != CopyVerdict::Unrelated;
}

} // namespace Recension
