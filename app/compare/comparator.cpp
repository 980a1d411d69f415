#include "compare/comparator.h"

#include "compare/aligner.h"
#include "compare/auditcontext.h"
#include "compare/classifier.h"
#include "compare/enginepool.h"
#include "compare/factaudit.h"
#include "compare/findings.h"
#include "compare/functionwords.h"
#include "compare/linkbuilder.h"
#include "compare/quoteaudit.h"
#include "compare/quoteindex.h"
#include "compare/sentenceunits.h"
#include "compare/watchlist.h"
#include "compare/worddiff.h"
#include "compare/wordrelation.h"
#include "text/keytable.h"
#include "text/languagesupport.h"
#include "text/lexicon.h"
#include "text/textanalyser.h"

#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Recension {

namespace {

/// Passages diffed concurrently between two checks for cancellation.
constexpr int kBatch = 256;

/// Below this share of equal or equivalent words, an aligned passage is dissolved.
constexpr double kMinimumLinkScore = 0.2;

bool cancelled(const CompareProgress &progress)
{
    return progress.cancel && progress.cancel->load();
}

void report(const CompareProgress &progress, int done, int total)
{
    if (progress.report)
        progress.report(done, total);
}

QString languageOf(const DocumentPtr &document, const CompareOptions &options)
{
    return document->language.isEmpty() ? options.language : document->language;
}

/// Written for a figure that must not read 1.0 while a change of wording remains.
constexpr double kMostWhileChanged = 0.9999;

/// Words of both sides that the passage's word diff found equal (same key).
qint64 equalWords(const AnalysedDocument &left, const PassageDiff &diff)
{
    qint64 words = 0;
    for (const auto &pair : diff.common) {
        const PassageToken &a = diff.sequence[Left][pair.first];
        if (left.paragraphs[a.paragraph].tokens[a.token].isWord())
            words += 2;
    }
    return words;
}

/// The similarity figures (Dice over both documents' words), capped below 1.0 while any
/// change other than case, punctuation or format remains: "100 %" must mean unchanged.
void setSimilarity(Comparison *comparison, qint64 equivalent, qint64 equal)
{
    const qint64 allWords = qint64(comparison->wordCounts[Left]) + comparison->wordCounts[Right];
    const auto dice = [allWords](qint64 words) {
        return allWords > 0 ? std::clamp(double(words) / allWords, 0.0, 1.0) : 1.0;
    };
    comparison->similarity = dice(equivalent);
    comparison->wordsKept = dice(equal);
    const bool changed = std::any_of(comparison->changes.cbegin(), comparison->changes.cend(),
                                     [](const Change &change) {
        return change.category != Category::Case && change.category != Category::Punctuation
            && change.category != Category::Format;
    });
    if (changed) {
        comparison->similarity = std::min(comparison->similarity, kMostWhileChanged);
        comparison->wordsKept = std::min(comparison->wordsKept, kMostWhileChanged);
    }
}

LinkKind kindOf(const Link &link, const PassageResult &result)
{
    if (link.kind != LinkKind::Modified)
        return link.kind;
    if (result.changes.isEmpty())
        return LinkKind::Identical;
    return link.score >= 0.5 ? LinkKind::Modified : LinkKind::Paraphrased;
}

} // namespace

ComparisonPtr compareDocuments(const DocumentPtr &left, const DocumentPtr &right,
                               const CompareOptions &options, const CompareProgress &progress)
{
    if (!left || !right)
        return nullptr;
    KeyTable keys;
    const TextAnalyser analyser(keys);
    const QString leftLanguage = languageOf(left, options);
    const QString rightLanguage = languageOf(right, options);
    // Across languages no word is the other's synonym: a lexicon of no language ("zxx")
    // claims none, while each side is still analysed in its own language.
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::forLanguage(
        sameLanguage(leftLanguage, rightLanguage) ? leftLanguage : QStringLiteral("zxx"));

    // The dictionaries load while both documents are analysed, each on its own thread.
    QFuture<void> loading = QtConcurrent::run(enginePool(), [lexicon] { lexicon->preload(); });
    QFuture<AnalysedDocument> rightFuture =
        QtConcurrent::run(enginePool(), [&analyser, right, rightLanguage] {
            return analyser.analyse(right, rightLanguage);
        });
    const AnalysedDocument leftText = analyser.analyse(left, leftLanguage);
    const AnalysedDocument rightText = rightFuture.result();
    loading.waitForFinished();
    if (cancelled(progress))
        return nullptr;
    report(progress, 1, 3);

    QVector<Link> links;
    {
        // The sentence tables serve the alignment alone: gone before the word diff.
        const SentenceUnits units(leftText, rightText);
        const Aligner aligner(units);
        links = aligner.align(left->paragraphs.size(), right->paragraphs.size(), progress.cancel);
    }
    if (cancelled(progress))
        return nullptr;
    const int total = links.size() + 2;
    report(progress, 2, total);

    const std::array<const AnalysedDocument *, 2> texts{{&leftText, &rightText}};
    const QSet<quint32> functionWords = functionWordKeys(keys, leftLanguage);
    const WordFacts facts(texts, keys, lexicon);
    const std::array<QuoteIndex, 2> quotes{{QuoteIndex(leftText), QuoteIndex(rightText)}};
    const Classifier classifier(facts, quotes, options, &links);

    QVector<PassageResult> results;
    results.reserve(links.size());
    // Kept for the quote and fact audits; each worker writes only its own element.
    std::vector<PassageDiff> diffs(links.size());
    QVector<int> indices(links.size());
    std::iota(indices.begin(), indices.end(), 0);
    for (int from = 0; from < links.size(); from += kBatch) {
        const QVector<int> batch = indices.mid(from, kBatch);
        const auto diffOne = [&](int i) {
            diffs[i] = diffPassage(texts, links[i], options.ignorePunctuation, functionWords);
            return classifier.classify(links[i], i, diffs[i]);
        };
        results +=
            QtConcurrent::blockingMapped<QVector<PassageResult>>(enginePool(), batch, diffOne);
        if (cancelled(progress))
            return nullptr;
        report(progress, 2 + int(results.size()), total);
    }

    // A passage whose words turn out to share little is no alignment: its paragraphs
    // stand as deleted and inserted (two different articles get few links, not forced ones).
    QVector<Link> finalLinks;
    QVector<PassageResult> finalResults;
    std::vector<PassageDiff> finalDiffs;
    finalLinks.reserve(links.size());
    finalResults.reserve(links.size());
    finalDiffs.reserve(size_t(links.size()));
    for (int i = 0; i < links.size(); ++i) {
        Link &link = links[i];
        PassageResult &result = results[i];
        const int words = result.words[Left] + result.words[Right];
        // A word counts once however many matches name it: the score is a share, at most 1.
        result.equivalentWords = std::min(result.equivalentWords, words);
        link.score = words > 0 ? double(result.equivalentWords) / words : 1.0;
        if (link.kind == LinkKind::Modified && link.score < kMinimumLinkScore) {
            for (int side = 0; side < 2; ++side) {
                for (int p : link.paragraphs[side]) {
                    Link alone;
                    alone.kind = side == Left ? LinkKind::Deleted : LinkKind::Inserted;
                    alone.paragraphs[side].append(p);
                    finalResults.append(classifier.classify(alone, -1, PassageDiff{}));
                    finalLinks.append(alone);
                    finalDiffs.emplace_back();
                }
            }
            continue;
        }
        if (link.kind == LinkKind::Deleted || link.kind == LinkKind::Inserted)
            link.score = 0.0;
        link.kind = kindOf(link, result);
        finalLinks.append(link);
        finalResults.append(result);
        finalDiffs.push_back(std::move(diffs[i]));
    }

    auto comparison = std::make_shared<Comparison>();
    comparison->documents = {{left, right}};
    comparison->options = options;
    comparison->wordCounts = {{left->wordCount, right->wordCount}};
    qint64 equivalent = 0;
    qint64 equal = 0;
    diffs.clear();
    diffs.reserve(finalDiffs.size());
    qsizetype changeCount = 0;
    for (const PassageResult &result : std::as_const(finalResults))
        changeCount += result.changes.size();
    comparison->links.reserve(finalLinks.size());
    comparison->changes.reserve(changeCount);
    for (int i : linkOrder(finalLinks, right->paragraphs.size())) {
        const int linkIndex = comparison->links.size();
        comparison->links.append(finalLinks[i]);
        diffs.push_back(std::move(finalDiffs[i]));
        equivalent += finalResults[i].equivalentWords;
        equal += equalWords(leftText, diffs.back());
        for (Change change : finalResults[i].changes) {
            change.id = comparison->changes.size() + 1;
            change.link = linkIndex;
            comparison->changes.append(change);
        }
    }
    // The comparison now holds the links and changes: the working copies go before the
    // audits, whose tables make the peak of an input of a hundred thousand passages.
    links = {};
    results = {};
    finalLinks = {};
    finalResults = {};
    std::vector<PassageDiff>().swap(finalDiffs);
    const AuditContext audit{texts, facts, quotes, functionWords, diffs};
    auditQuotes(audit, comparison.get());
    auditFacts(audit, comparison.get());
    markWatchedChanges(options.watch, comparison.get());
    buildFindings(audit, comparison.get());
    setSimilarity(comparison.get(), equivalent, equal);
    report(progress, total, total);
    return comparison;
}

} // namespace Recension
