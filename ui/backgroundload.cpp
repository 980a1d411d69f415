#include "ui/backgroundload.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Recension::Ui {

Q_GLOBAL_STATIC(QThreadPool, s_windowPool)

QThreadPool *windowPool()
{
    return s_windowPool();
}

QVector<LoadResult> loadInBackground(const QStringList &paths, const LoadOptions &options)
{
    if (paths.isEmpty())
        return {};
    QFutureWatcher<LoadResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::mapped(
        windowPool(), paths,
        std::function<LoadResult(const QString &)>(
            [options](const QString &path) { return loadDocument(path, options); })));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QList<LoadResult> results = watcher.future().results();
    return QVector<LoadResult>(results.begin(), results.end());
}

} // namespace Recension::Ui
