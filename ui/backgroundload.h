#pragma once

#include "document/documentloader.h"

#include <QStringList>
#include <QVector>

class QThreadPool;

namespace Recension::Ui {

/// @brief The pool of the window's own background work (loading, the change list's
/// search and sort keys, exports). Not Qt's global pool: the raster paint engine splits
/// large fills over that one and the GUI thread waits for them, so a long job there
/// stalls painting.
QThreadPool *windowPool();

/// @brief Loads files on the thread pool, all at once, while the GUI thread goes on
/// painting (input events wait, so nothing re-enters the caller). Results in `paths` order.
QVector<LoadResult> loadInBackground(const QStringList &paths, const LoadOptions &options);

} // namespace Recension::Ui
