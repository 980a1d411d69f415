#pragma once

#include "family/family.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace Recension::Ui {

/// @brief Analyses a family on a thread pool of its own, off the GUI thread, with
/// progress and cancellation; a newer start makes every older run stale (its result is
/// dropped), as ComparisonRunner does for a pair.
class FamilyRunner final : public QObject
{
    Q_OBJECT
public:
    explicit FamilyRunner(QObject *parent = nullptr);
    ~FamilyRunner() override;

    /// @brief Starts analysing; pairs `known` has are taken from it (see analyseFamily).
    void start(const QVector<DocumentPtr> &versions, int base, const CompareOptions &options,
               const KnownComparison &known = {});
    /// @brief Stops the current run; cancelled() follows once it has wound down.
    void cancel();
    bool isRunning() const;

signals:
    void started();
    /// Pairs compared so far, out of all pairs.
    void progressChanged(int done, int total);
    void finished(const Recension::FamilyPtr &family);
    void cancelled();

private:
    struct Job;
    void onJobDone(const std::shared_ptr<Job> &job, const FamilyPtr &family);

    QThreadPool m_pool;
    std::shared_ptr<Job> m_current;
    QVector<std::shared_ptr<Job>> m_jobs;
    int m_generation = 0;
};

} // namespace Recension::Ui
