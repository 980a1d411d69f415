#include "family/verdict.h"

#include "document/wordcount.h"

#include <dtl/dtl.hpp>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <vector>

namespace Recension {

namespace {

// Thresholds of the rules in the README's "What kind of copy" section.
constexpr double kRelatedMeaning = 0.25;    ///< below, with little aligned: another article
constexpr double kRelatedCoverage = 0.35;
constexpr int kIndependentFacts = 2;        ///< shared names or figures of independent coverage
constexpr double kSyndicatedWording = 0.9;
constexpr double kWholeCoverage = 0.85;     ///< the copy keeps (nearly) every passage
constexpr double kSpunMeaning = 0.7;
constexpr double kSpunDensity = 2.0;        ///< synonym swaps per 100 words of the base
constexpr double kSpunMoved = 0.1;
constexpr int kSpunSynonyms = 3;
constexpr double kTranslatedWording = 0.8;  ///< wording kept inside aligned passages
constexpr double kRespelledLetters = 0.65;  ///< share of letters two spellings share
constexpr int kExamples = 3;

bool isCosmetic(Category category)
{
    return category == Category::Case || category == Category::Punctuation
        || category == Category::Format || category == Category::Moved;
}

/// Letters two spellings of a name share (Dice over their longest common subsequence, from
/// the edit distance dtl finds): "Wierzbicki"/"Wierzbiki" 0.95, "Safety"/"Security" 0.57.
double sharedLetters(const QString &a, const QString &b)
{
    const std::vector<char16_t> left(a.utf16(), a.utf16() + a.size());
    const std::vector<char16_t> right(b.utf16(), b.utf16() + b.size());
    dtl::Diff<char16_t> diff(left, right);
    diff.compose();
    const double letters = double(a.size() + b.size());
    return letters > 0 ? 1.0 - double(diff.getEditDistance()) / letters : 0.0;
}

bool isRespelledName(const Comparison &c, const Change &change)
{
    if (change.category != Category::Name && change.category != Category::Spelling)
        return false;
    if (change.sides[Left].isNull() || change.sides[Right].isNull())
        return false;
    const QString left = c.spanText(Left, change.sides[Left]).trimmed();
    const QString right = c.spanText(Right, change.sides[Right]).trimmed();
    if (left.isEmpty() || right.isEmpty() || !left.at(0).isUpper() || !right.at(0).isUpper())
        return false;
    if (left.contains(u' ') != right.contains(u' ') || left.size() > 40 || right.size() > 40)
        return false;
    // "Kessvik" and "Kessvik's" are one name in two grammatical cases, not two spellings.
    static const QRegularExpression possessive(QStringLiteral("['\u2019]s$"));
    if (QString(left).remove(possessive).compare(QString(right).remove(possessive),
                                                 Qt::CaseInsensitive) == 0)
        return false;
    return left.compare(right, Qt::CaseInsensitive) != 0
        && sharedLetters(left.toCaseFolded(), right.toCaseFolded()) >= kRespelledLetters;
}

QString example(const Comparison &c, const Change &change)
{
    const QString left = c.spanText(Left, change.sides[Left]).simplified();
    const QString right = c.spanText(Right, change.sides[Right]).simplified();
    return QStringLiteral("%1 \u2192 %2").arg(left.isEmpty() ? QStringLiteral("\u2014") : left,
                                              right.isEmpty() ? QStringLiteral("\u2014") : right);
}

int spanWords(const Comparison &c, Side side, const Span &span)
{
    return span.isNull() ? 0 : countWords(c.spanText(side, span));
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toCaseFolded().split(nonLetters, Qt::SkipEmptyParts);
}

/// The base's names, titles and organisations that the copy names too, wherever it names
/// them: two articles on the same events share them even when no passage aligns.
QStringList sharedNames(const Comparison &c)
{
    QSet<QString> copyWords;
    for (const Paragraph &paragraph : c.documents[Right]->paragraphs)
        for (const QString &word : wordsOf(paragraph.text))
            copyWords.insert(word);
    QStringList shared;
    QSet<QString> seen;
    for (const Fact &fact : c.facts) {
        if (fact.sides[Left].isNull()
            || (fact.kind != FactKind::Name && fact.kind != FactKind::Organisation
                && fact.kind != FactKind::Title))
            continue;
        const QString text = c.spanText(Left, fact.sides[Left]).simplified();
        const QStringList words = wordsOf(text);
        if (words.isEmpty() || seen.contains(words.join(u' ')))
            continue;
        seen.insert(words.join(u' '));
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &w) { return copyWords.contains(w); }))
            shared.append(text);
    }
    return shared;
}

VerdictFigures measure(const Comparison &c)
{
    VerdictFigures f;
    f.meaningKept = c.similarity;
    f.wordingKept = c.wordsKept;
    std::array<int, 2> aligned{{0, 0}};
    int alignedLinks = 0;
    int movedLinks = 0;
    for (const Link &link : c.links) {
        if (link.kind == LinkKind::Deleted || link.kind == LinkKind::Inserted)
            continue;
        ++alignedLinks;
        if (link.kind == LinkKind::Moved)
            ++movedLinks;
        for (Side side : {Left, Right})
            for (int p : link.paragraphs[side])
                aligned[side] += countWords(c.documents[side]->paragraphs[p].text);
    }
    std::array<int, 2> changed{{0, 0}};
    for (const Change &change : c.changes) {
        if (isFactCategory(change.category))
            ++f.changesOfFact;
        if (change.category == Category::Synonym || change.category == Category::Inflection)
            ++f.synonyms;
        if (isRespelledName(c, change))
            ++f.respelledNames;
        if (isCosmetic(change.category) || change.link < 0 || change.link >= c.links.size())
            continue;
        const LinkKind kind = c.links[change.link].kind;
        if (kind == LinkKind::Deleted || kind == LinkKind::Inserted)
            continue;
        for (Side side : {Left, Right})
            changed[side] += spanWords(c, side, change.sides[side]);
    }
    for (Side side : {Left, Right}) {
        const int words = c.wordCounts[side];
        f.coverage[side] = words > 0 ? qMin(1.0, double(aligned[side]) / words) : 0.0;
    }
    const int alignedWords = aligned[Left] + aligned[Right];
    f.wordingKeptAligned = alignedWords > 0
        ? qMax(0.0, 1.0 - double(changed[Left] + changed[Right]) / alignedWords)
        : 0.0;
    f.movedShare = alignedLinks > 0 ? double(movedLinks) / alignedLinks : 0.0;
    f.sharedFacts = int(sharedNames(c).size());
    return f;
}

CopyVerdict decide(const Comparison &c, const VerdictFigures &f)
{
    if (f.meaningKept < kRelatedMeaning && f.coverage[Left] < kRelatedCoverage)
        return f.sharedFacts >= kIndependentFacts ? CopyVerdict::Independent
                                                  : CopyVerdict::Unrelated;
    const bool whole = f.coverage[Left] >= kWholeCoverage && f.coverage[Right] >= kWholeCoverage;
    const bool onlyCosmetic = std::all_of(c.changes.cbegin(), c.changes.cend(),
        [](const Change &change) { return isCosmetic(change.category); });
    if (onlyCosmetic && whole)
        return CopyVerdict::Identical;
    // A spinner swaps words for synonyms but does not respell names; a translation does both.
    if (f.respelledNames > 0 && f.wordingKeptAligned < kTranslatedWording)
        return CopyVerdict::Translated;
    const double density = c.wordCounts[Left] > 0 ? 100.0 * f.synonyms / c.wordCounts[Left] : 0.0;
    if (whole && f.movedShare <= kSpunMoved && f.meaningKept >= kSpunMeaning
        && f.synonyms >= kSpunSynonyms && density >= kSpunDensity)
        return CopyVerdict::Spun;
    if (whole && f.wordingKept >= kSyndicatedWording)
        return CopyVerdict::Syndicated;
    return CopyVerdict::Condensed;
}

QStringList examplesFor(const Comparison &c, CopyVerdict verdict)
{
    QStringList examples;
    const auto take = [&](auto predicate) {
        for (const Change &change : c.changes) {
            if (examples.size() >= kExamples)
                return;
            if (predicate(change))
                examples.append(example(c, change));
        }
    };
    switch (verdict) {
    case CopyVerdict::Spun:
        take([](const Change &ch) { return ch.category == Category::Synonym; });
        break;
    case CopyVerdict::Translated:
        take([&](const Change &ch) { return isRespelledName(c, ch); });
        break;
    case CopyVerdict::Independent:
        examples = sharedNames(c).mid(0, kExamples);
        break;
    case CopyVerdict::Base:
    case CopyVerdict::Identical:
    case CopyVerdict::Unrelated:
        break;
    case CopyVerdict::Syndicated:
    case CopyVerdict::Condensed:
        take([](const Change &ch) { return isFactCategory(ch.category); });
        take([](const Change &ch) { return !isCosmetic(ch.category); });
        break;
    }
    examples.removeDuplicates();
    return examples;
}

} // namespace

Verdict judgeCopy(const Comparison &baseToCopy)
{
    Verdict verdict;
    verdict.figures = measure(baseToCopy);
    verdict.kind = decide(baseToCopy, verdict.figures);
    verdict.examples = examplesFor(baseToCopy, verdict.kind);
    return verdict;
}

QString toString(CopyVerdict verdict)
{
    static const char *const names[] = {"base",       "identical", "syndicated",  "spun",
                                        "condensed",  "translated", "independent", "unrelated"};
    static_assert(sizeof(names) / sizeof(names[0]) == CopyVerdictCount);
    return QString::fromLatin1(names[static_cast<int>(verdict)]);
}

} // namespace Recension
