#include "stagedrun.h"

#include "compare/aligner.h"
#include "compare/classifier.h"
#include "compare/comparator.h"
#include "compare/functionwords.h"
#include "compare/quoteindex.h"
#include "compare/sentenceunits.h"
#include "compare/worddiff.h"
#include "compare/wordrelation.h"
#include "document/documentloader.h"
#include "report/jsonwriter.h"
#include "text/keytable.h"
#include "text/lexicon.h"
#include "text/textanalyser.h"

#include <QElapsedTimer>
#include <QtConcurrent>

#include <numeric>

namespace Recension::Bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QVector<int> indicesOf(int count)
{
    QVector<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    return indices;
}

/// Words outside the common subsequence of one diffed passage.
qint64 changedIn(const AnalysedPair &pair, const PassageDiff &diff)
{
    qint64 words = 0;
    for (int side = 0; side < 2; ++side)
        for (const PassageToken &t : diff.sequence[side])
            words += pair.texts[side].paragraphs[t.paragraph].tokens[t.token].isWord() ? 1 : 0;
    for (const auto &common : diff.common) {
        const PassageToken &t = diff.sequence[Left][common.first];
        if (pair.texts[Left].paragraphs[t.paragraph].tokens[t.token].isWord())
            words -= 2;
    }
    return words;
}

QString languageOf(const DocumentPtr &document)
{
    return document->language.isEmpty() ? QStringLiteral("en") : document->language;
}

} // namespace

StageTimes StageTimes::fastest(const StageTimes &a, const StageTimes &b)
{
    return StageTimes{std::min(a.load, b.load),         std::min(a.analyse, b.analyse),
                      std::min(a.align, b.align),       std::min(a.diff, b.diff),
                      std::min(a.classify, b.classify), std::min(a.json, b.json),
                      std::min(a.compare, b.compare)};
}

double timeCompare(const DocumentPtr &left, const DocumentPtr &right, QByteArray *json)
{
    QElapsedTimer timer;
    timer.start();
    const ComparisonPtr comparison = compareDocuments(left, right, CompareOptions{});
    *json = comparisonToJsonBytes(*comparison, JsonOptions{});
    return elapsedMs(timer);
}

StagedResult runStages(const QString &leftPath, const QString &rightPath, QString *error)
{
    StagedResult result;
    StageTimes &times = result.times;
    QElapsedTimer timer;
    timer.start();
    const LoadResult leftLoad = loadDocument(leftPath);
    const LoadResult rightLoad = loadDocument(rightPath);
    times.load = elapsedMs(timer);
    if (!leftLoad.ok() || !rightLoad.ok()) {
        *error = leftLoad.ok() ? rightLoad.error : leftLoad.error;
        return result;
    }
    const DocumentPtr left = leftLoad.document;
    const DocumentPtr right = rightLoad.document;
    const QString language = languageOf(left);

    // The stages as compareDocuments() chains them, each timed on its own.
    timer.restart();
    result.analysed.keys = std::make_shared<KeyTable>();
    KeyTable &keys = *result.analysed.keys;
    const TextAnalyser analyser(keys);
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::forLanguage(language);
    QFuture<void> loading = QtConcurrent::run([lexicon] { lexicon->preload(); });
    QFuture<AnalysedDocument> rightFuture = QtConcurrent::run(
        [&analyser, right] { return analyser.analyse(right, languageOf(right)); });
    result.analysed.texts[Left] = analyser.analyse(left, language);
    result.analysed.texts[Right] = rightFuture.result();
    loading.waitForFinished();
    times.analyse = elapsedMs(timer);

    timer.restart();
    const auto &texts = result.analysed.texts;
    const SentenceUnits units(texts[Left], texts[Right]);
    const QVector<Link> links = Aligner(units).align(left->paragraphs.size(), right->paragraphs.size());
    times.align = elapsedMs(timer);

    timer.restart();
    const std::array<const AnalysedDocument *, 2> documents{{&texts[Left], &texts[Right]}};
    const QSet<quint32> functionWords = functionWordKeys(keys, language);
    const QVector<int> indices = indicesOf(int(links.size()));
    const QVector<PassageDiff> diffs = QtConcurrent::blockingMapped<QVector<PassageDiff>>(
        indices, [&](int i) { return diffPassage(documents, links[i], false, functionWords); });
    times.diff = elapsedMs(timer);

    timer.restart();
    const WordFacts facts(documents, keys, lexicon);
    const std::array<QuoteIndex, 2> quotes{{QuoteIndex(texts[Left]), QuoteIndex(texts[Right])}};
    const Classifier classifier(facts, quotes, CompareOptions{});
    const QVector<PassageResult> classified = QtConcurrent::blockingMapped<QVector<PassageResult>>(
        indices, [&](int i) { return classifier.classify(links[i], i, diffs[i]); });
    times.classify = elapsedMs(timer);
    for (const PassageDiff &diff : diffs)
        result.changedWords += changedIn(result.analysed, diff);

    // The engine's own entry on the same documents, and its JSON.
    timer.restart();
    result.comparison = compareDocuments(left, right, CompareOptions{});
    times.compare = elapsedMs(timer);
    timer.restart();
    result.json = comparisonToJsonBytes(*result.comparison, JsonOptions{});
    times.json = elapsedMs(timer);
    return result;
}

qint64 changedWords(const AnalysedPair &pair, const QVector<Link> &links)
{
    const std::array<const AnalysedDocument *, 2> documents{{&pair.texts[Left], &pair.texts[Right]}};
    const QSet<quint32> none;
    const QVector<qint64> words = QtConcurrent::blockingMapped<QVector<qint64>>(
        links, [&](const Link &link) { return changedIn(pair, diffPassage(documents, link, false, none)); });
    return std::accumulate(words.cbegin(), words.cend(), qint64(0));
}

WholeDiff wholeDocumentDiff(const AnalysedPair &pair)
{
    Link whole;
    for (int side = 0; side < 2; ++side) {
        whole.paragraphs[side].resize(pair.texts[side].paragraphs.size());
        std::iota(whole.paragraphs[side].begin(), whole.paragraphs[side].end(), 0);
    }
    const std::array<const AnalysedDocument *, 2> documents{{&pair.texts[Left], &pair.texts[Right]}};
    QElapsedTimer timer;
    timer.start();
    const PassageDiff diff = diffPassage(documents, whole, false, {});
    WholeDiff out;
    out.milliseconds = elapsedMs(timer);
    out.changedWords = changedIn(pair, diff);
    return out;
}

} // namespace Recension::Bench
