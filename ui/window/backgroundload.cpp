#include "ui/window/backgroundload.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Recension::Ui {

Q_GLOBAL_STATIC(QThreadPool, s_windowPool)

QThreadPool *windowPool()
{
    return s_windowPool();
}

namespace {

/// Runs `work` over `paths` on the window pool while the GUI thread goes on painting
/// (input events wait, so nothing re-enters the caller). Results in `paths` order.
template <typename Result>
QVector<Result> mapInBackground(const QStringList &paths,
                                const std::function<Result(const QString &)> &work)
{
    if (paths.isEmpty())
        return {};
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::mapped(windowPool(), paths, work));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QList<Result> results = watcher.future().results();
    return QVector<Result>(results.begin(), results.end());
}

} // namespace

QVector<LoadedVersion> loadAsideInBackground(const QStringList &paths, const LoadOptions &options,
                                             const ClutterChoices &clutter)
{
    return mapInBackground<LoadedVersion>(paths, [options, clutter](const QString &path) {
        LoadedVersion version{loadDocument(path, options), nullptr};
        if (version.loaded.ok())
            version.aside = clutter.apply(version.loaded.document);
        return version;
    });
}

} // namespace Recension::Ui
