#include "ui/family/familyrunner.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>

namespace Recension::Ui {

struct FamilyRunner::Job
{
    std::atomic_bool cancel{false};
    int generation = 0;
    QFuture<FamilyPtr> future;
};

FamilyRunner::FamilyRunner(QObject *parent)
    : QObject(parent)
{
    // The engine fans each pair out on the global pool, which the outer job must not hold.
    m_pool.setMaxThreadCount(2);
}

FamilyRunner::~FamilyRunner()
{
    for (const auto &job : std::as_const(m_jobs))
        job->cancel = true;
    for (const auto &job : std::as_const(m_jobs))
        job->future.waitForFinished();
}

void FamilyRunner::start(const QVector<DocumentPtr> &versions, int base,
                         const CompareOptions &options, const KnownComparison &known)
{
    if (m_current)
        m_current->cancel = true;
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    m_current = job;
    m_jobs.append(job);

    QPointer<FamilyRunner> self(this);
    const int generation = job->generation;
    CompareProgress progress;
    progress.cancel = &job->cancel;
    progress.report = [self, generation](int done, int total) {
        QMetaObject::invokeMethod(
            self, [self, generation, done, total] {
                if (self && self->m_current && self->m_current->generation == generation)
                    emit self->progressChanged(done, total);
            },
            Qt::QueuedConnection);
    };
    job->future = QtConcurrent::run(&m_pool, [versions, base, options, progress, known] {
        return analyseFamily(versions, base, options, progress, known);
    });
    auto *watcher = new QFutureWatcher<FamilyPtr>(this);
    connect(watcher, &QFutureWatcher<FamilyPtr>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        onJobDone(job, watcher->result());
    });
    watcher->setFuture(job->future);
    emit started();
}

void FamilyRunner::cancel()
{
    if (m_current)
        m_current->cancel = true;
}

bool FamilyRunner::isRunning() const
{
    return m_current != nullptr;
}

void FamilyRunner::onJobDone(const std::shared_ptr<Job> &job, const FamilyPtr &family)
{
    m_jobs.removeOne(job);
    if (job != m_current)
        return; // stale: a newer run replaced it
    m_current.reset();
    if (family && !job->cancel)
        emit finished(family);
    else
        emit cancelled();
}

} // namespace Recension::Ui
