#pragma once

#include "document/documentloader.h"
#include "ui/clutterchoices.h"

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

/// @brief A file loaded for the window: as read, and as compared (its clutter set aside).
struct LoadedVersion
{
    LoadResult loaded;
    DocumentPtr aside; ///< null when the load failed
};

/// @brief Loads files as loadInBackground() does and sets their clutter aside on the pool
/// too (a copy of `clutter` applies): at 790,000 words that alone held the GUI thread
/// for 0.3 s.
QVector<LoadedVersion> loadAsideInBackground(const QStringList &paths, const LoadOptions &options,
                                             const ClutterChoices &clutter);

} // namespace Recension::Ui
