#include "workspace/comparisonrunner.h"

#include "compare/enginepool.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>

namespace Recension {

struct ComparisonRunner::Job
{
    std::atomic_bool cancel{false};
    std::atomic_int lastPermille{-1}; ///< progress already reported, to thin out reports
    int generation = 0;
    QFuture<ComparisonPtr> future;
};

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
    , m_compare([](const DocumentPtr &l, const DocumentPtr &r, const CompareOptions &o,
                   const CompareProgress &p) { return compareDocuments(l, r, o, p); })
{
    // A pool of its own: the engine fans out on m_enginePool, which the outer job must
    // not occupy. Two threads: a cancelled run may still be winding down as the next starts.
    m_pool.setMaxThreadCount(2);
}

ComparisonRunner::~ComparisonRunner()
{
    for (const auto &job : std::as_const(m_jobs))
        job->cancel = true;
    for (const auto &job : std::as_const(m_jobs))
        job->future.waitForFinished();
}

void ComparisonRunner::setCompareFunction(CompareFunction compare)
{
    m_compare = std::move(compare);
}

void ComparisonRunner::start(const DocumentPtr &left, const DocumentPtr &right,
                             const CompareOptions &options)
{
    if (m_current)
        m_current->cancel = true; // stale from now on; its result will be dropped
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    m_current = job;
    m_jobs.append(job);

    QPointer<ComparisonRunner> self(this);
    CompareProgress progress;
    progress.cancel = &job->cancel;
    Job *raw = job.get(); // the worker's own job: alive until the worker returns
    const int generation = job->generation;
    progress.report = [self, raw, generation](int done, int total) {
        const int permille = total > 0 ? int(qint64(done) * 1000 / total) : 0;
        if (raw->lastPermille.exchange(permille) == permille)
            return;
        QMetaObject::invokeMethod(
            self, [self, generation, done, total] {
                if (self && self->m_current && self->m_current->generation == generation)
                    emit self->progressChanged(done, total);
            },
            Qt::QueuedConnection);
    };
    const CompareFunction compare = m_compare;
    // The engine's stages run on a pool of the runner's own: the window paints large areas
    // with the help of Qt's global pool, and waited for a whole engine stage there.
    job->future = QtConcurrent::run(&m_pool, [compare, left, right, options, progress,
                                              engine = &m_enginePool] {
        const EnginePoolScope scope(engine);
        return compare(left, right, options, progress);
    });
    auto *watcher = new QFutureWatcher<ComparisonPtr>(this);
    connect(watcher, &QFutureWatcher<ComparisonPtr>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        onJobDone(job, watcher->result());
    });
    watcher->setFuture(job->future);
    emit started();
}

void ComparisonRunner::cancel()
{
    if (m_current)
        m_current->cancel = true;
}

void ComparisonRunner::onJobDone(const std::shared_ptr<Job> &job, const ComparisonPtr &result)
{
    m_jobs.removeOne(job);
    if (job != m_current)
        return; // stale: a newer run replaced it
    m_current.reset();
    if (job->cancel || !result)
        emit cancelled();
    else
        emit finished(result);
}

} // namespace Recension
