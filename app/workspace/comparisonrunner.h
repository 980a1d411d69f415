#pragma once

#include "compare/comparator.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Recension {

/// The engine call a runner makes; tests substitute a slow or counting one.
using CompareFunction = std::function<ComparisonPtr(
    const DocumentPtr &, const DocumentPtr &, const CompareOptions &, const CompareProgress &)>;

/// @brief Runs comparisons on a worker thread (QtConcurrent), one at a time as far as the
/// window is concerned: starting a new run cancels the previous one, whose result is
/// discarded as stale when it arrives.
class ComparisonRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonRunner(QObject *parent = nullptr);
    /// Cancels a running comparison and waits for its worker to return.
    ~ComparisonRunner() override;

    /// @brief Replaces the engine call (compareDocuments by default).
    void setCompareFunction(CompareFunction compare);
    CompareFunction compareFunction() const { return m_compare; }
    void start(const DocumentPtr &left, const DocumentPtr &right, const CompareOptions &options);
    /// @brief Asks the current run to stop; cancelled() follows when its worker returns.
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

signals:
    void started();
    void progressChanged(int done, int total);
    void finished(const Recension::ComparisonPtr &comparison);
    void cancelled();

private:
    struct Job;
    void onJobDone(const std::shared_ptr<Job> &job, const ComparisonPtr &result);

    QThreadPool m_enginePool; ///< the engine's stages (EnginePoolScope), not Qt's global pool
    QThreadPool m_pool;
    int m_generation = 0;
    CompareFunction m_compare;
    std::shared_ptr<Job> m_current;
    QList<std::shared_ptr<Job>> m_jobs; ///< every job whose worker has not returned yet
};

} // namespace Recension
