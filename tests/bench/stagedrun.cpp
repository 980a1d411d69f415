#include "stagedrun.h"

#include "compare/comparator.h"
#include "compare/worddiff.h"
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

/// Turns the engine's progress reports into stage times. compareDocuments() reports
/// (1, 3) once analysed, (2, total) once aligned, (2 + k, total) after each batch of
/// passages, the last of which equals total, and (total, total) once finished.
class StageClock final
{
public:
    StageClock() { m_timer.start(); }

    void report(int done, int total)
    {
        m_reports.append({done, total, elapsedMs(m_timer)});
    }

    void fill(StageTimes *times) const
    {
        if (m_reports.size() < 3)
            return;
        const double analysed = m_reports[0].at;
        const double aligned = m_reports[1].at;
        const double finished = m_reports.last().at;
        double passages = aligned;
        for (int k = 2; k + 1 < m_reports.size(); ++k)
            if (m_reports[k].done == m_reports[k].total)
                passages = m_reports[k].at;
        times->analyse = analysed;
        times->align = aligned - analysed;
        times->passages = passages - aligned;
        times->audit = finished - passages;
    }

private:
    struct Report
    {
        int done;
        int total;
        double at;
    };
    QElapsedTimer m_timer;
    QVector<Report> m_reports;
};

} // namespace

StageTimes StageTimes::fastest(const StageTimes &a, const StageTimes &b)
{
    return StageTimes{std::min(a.load, b.load),         std::min(a.analyse, b.analyse),
                      std::min(a.align, b.align),       std::min(a.passages, b.passages),
                      std::min(a.audit, b.audit),       std::min(a.json, b.json),
                      std::min(a.dtl, b.dtl)};
}

double timeCompare(const DocumentPtr &left, const DocumentPtr &right, QByteArray *json)
{
    QElapsedTimer timer;
    timer.start();
    const ComparisonPtr comparison = compareDocuments(left, right, CompareOptions{});
    *json = comparisonToJsonBytes(*comparison, JsonOptions{});
    return elapsedMs(timer);
}

AnalysedPair analysePair(const DocumentPtr &left, const DocumentPtr &right)
{
    AnalysedPair pair;
    pair.keys = std::make_shared<KeyTable>();
    const TextAnalyser analyser(*pair.keys);
    QFuture<AnalysedDocument> rightFuture = QtConcurrent::run(
        [&analyser, right] { return analyser.analyse(right, languageOf(right)); });
    pair.texts[Left] = analyser.analyse(left, languageOf(left));
    pair.texts[Right] = rightFuture.result();
    return pair;
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

    StageClock clock;
    CompareProgress progress;
    progress.report = [&clock](int done, int total) { clock.report(done, total); };
    result.comparison = compareDocuments(leftLoad.document, rightLoad.document, CompareOptions{}, progress);
    clock.fill(&times);
    timer.restart();
    result.json = comparisonToJsonBytes(*result.comparison, JsonOptions{});
    times.json = elapsedMs(timer);
    return result;
}

qint64 changedWords(const AnalysedPair &pair, const QVector<Link> &links, double *milliseconds)
{
    const std::array<const AnalysedDocument *, 2> documents{{&pair.texts[Left], &pair.texts[Right]}};
    const QSet<quint32> none;
    QElapsedTimer timer;
    timer.start();
    const QVector<PassageDiff> diffs = QtConcurrent::blockingMapped<QVector<PassageDiff>>(
        links, [&](const Link &link) { return diffPassage(documents, link, false, none); });
    if (milliseconds)
        *milliseconds = elapsedMs(timer);
    qint64 words = 0;
    for (const PassageDiff &diff : diffs)
        words += changedIn(pair, diff);
    return words;
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
