#include "report/familytext.h"

#include "report/reportstrings.h"

#include <QLocale>

#include <cmath>

namespace Recension {

namespace {

// Bands of the matrix; the verdicts' own thresholds are finer (family/verdict.cpp).
constexpr double kSameMeaning = 0.9;
constexpr double kSameWording = 0.85;
constexpr double kRewordedMeaning = 0.6;
constexpr double kPartialMeaning = 0.25;

QString wholePercent(double fraction)
{
    int value = int(std::lround(fraction * 100.0));
    if (fraction < 1.0 && value >= 100)
        value = 99; // never "100 %" while a change remains
    return FamilyText::tr("%1 %").arg(QLocale().toString(value));
}

} // namespace

KeptBand keptBand(double meaningKept, double wordingKept)
{
    if (meaningKept >= kSameMeaning && wordingKept >= kSameWording)
        return KeptBand::SameText;
    if (meaningKept >= kRewordedMeaning)
        return KeptBand::Reworded;
    if (meaningKept >= kPartialMeaning)
        return KeptBand::Partial;
    return KeptBand::Different;
}

QString keptBandGlyph(KeptBand band)
{
    switch (band) {
    case KeptBand::SameText: return QStringLiteral("\u2261");
    case KeptBand::Reworded: return QStringLiteral("\u2248");
    case KeptBand::Partial: return QStringLiteral("\u223c");
    case KeptBand::Different: return QStringLiteral("\u2260");
    }
    return {};
}

QString keptBandName(KeptBand band)
{
    switch (band) {
    case KeptBand::SameText: return FamilyText::tr("same text");
    case KeptBand::Reworded: return FamilyText::tr("same meaning, reworded");
    case KeptBand::Partial: return FamilyText::tr("partly the same");
    case KeptBand::Different: return FamilyText::tr("different text");
    }
    return {};
}

QString keptPair(double meaningKept, double wordingKept)
{
    //: meaning kept / wording kept, e.g. "94 % / 38 %"
    return FamilyText::tr("%1 / %2").arg(wholePercent(meaningKept), wholePercent(wordingKept));
}

QString keptSentence(const QString &left, const QString &right, double meaningKept,
                     double wordingKept)
{
    return FamilyText::tr("%1 against %2: %3; meaning kept %4, wording kept %5")
        .arg(left, right, keptBandName(keptBand(meaningKept, wordingKept)),
             keptPercent(meaningKept), keptPercent(wordingKept));
}

QString verdictName(CopyVerdict verdict)
{
    switch (verdict) {
    case CopyVerdict::Base: return FamilyText::tr("base");
    case CopyVerdict::Identical: return FamilyText::tr("identical");
    case CopyVerdict::Syndicated: return FamilyText::tr("syndicated copy");
    case CopyVerdict::Spun: return FamilyText::tr("spun copy");
    case CopyVerdict::Condensed: return FamilyText::tr("condensed or rewritten");
    case CopyVerdict::Translated: return FamilyText::tr("translated or back-translated");
    case CopyVerdict::Independent: return FamilyText::tr("independent coverage");
    case CopyVerdict::Unrelated: return FamilyText::tr("unrelated");
    }
    return {};
}

QString verdictFigures(const Verdict &verdict)
{
    const VerdictFigures &f = verdict.figures;
    return FamilyText::tr("meaning kept %1, wording kept %2 (%3 in aligned passages); "
                          "passages aligned %4 of the base, %5 of the copy; moved %6; "
                          "synonyms %7, respelled names %8, changes of fact %9")
        .arg(keptPercent(f.meaningKept), keptPercent(f.wordingKept),
             keptPercent(f.wordingKeptAligned), percent(f.coverage[Left]),
             percent(f.coverage[Right]), percent(f.movedShare))
        .arg(f.synonyms)
        .arg(f.respelledNames)
        .arg(f.changesOfFact);
}

QString versionLabel(const FamilyAnalysis &family, int version)
{
    const DocumentPtr &doc = family.versions.value(version);
    //: a version's short label, e.g. "V2 harbour-spun.txt"
    return FamilyText::tr("V%1 %2").arg(version + 1).arg(doc ? doc->displayName() : QString());
}

QString edgeEvidence(const FamilyAnalysis &family, const LineageEdge &edge)
{
    if (edge.parent == family.base)
        return FamilyText::tr("own changes: %1").arg(edge.own);
    return FamilyText::tr("shares %1 of its changes; keeps the base where it changed %2; "
                          "adds %3")
        .arg(edge.shared)
        .arg(edge.against)
        .arg(edge.own);
}

QString quoteCellText(const QuoteCell &cell)
{
    switch (cell.status) {
    case QuoteStatus::Verbatim: return FamilyText::tr("verbatim");
    case QuoteStatus::Altered:
        if (cell.changes.isEmpty())
            return FamilyText::tr("altered");
        return FamilyText::tr("altered: %1").arg(cell.changes.join(QStringLiteral("; ")));
    case QuoteStatus::Unquoted: return FamilyText::tr("unquoted");
    case QuoteStatus::Missing: return FamilyText::tr("missing");
    case QuoteStatus::Added: return FamilyText::tr("added");
    }
    return {};
}

QString factCellText(const FactCell &cell)
{
    switch (cell.status) {
    case FactStatus::Same: return cell.text;
    case FactStatus::Changed: return FamilyText::tr("changed: %1").arg(cell.text);
    case FactStatus::Missing: return FamilyText::tr("missing");
    case FactStatus::Added: return FamilyText::tr("added: %1").arg(cell.text);
    }
    return {};
}

} // namespace Recension
