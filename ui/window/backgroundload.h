#pragma once

#include "document/documentloader.h"
#include "ui/window/clutterchoices.h"

#include <QStringList>
#include <QVector>

class QThreadPool;

namespace Recension::Ui {

/// @brief The pool of the window's own background work (loading, the change list's
/// search and sort keys, exports). Not Qt's global pool: the raster paint engine splits
/// large fills over that one and the GUI thread waits for them, so a long job there
/// stalls painting.
QThreadPool *windowPool();

/// @brief A file loaded for the window: as read, and as compared (its clutter set aside).
struct LoadedVersion
{
    LoadResult loaded;
    DocumentPtr aside; ///< null when the load failed
};

/// @brief Loads files on the window pool, all at once, while the GUI thread goes on
/// painting (input events wait, so nothing re-enters the caller), and sets their clutter
/// aside there too (a copy of `clutter` applies): at 790,000 words that alone held the GUI
/// thread for 0.3 s. Results in `paths` order.
QVector<LoadedVersion> loadAsideInBackground(const QStringList &paths, const LoadOptions &options,
                                             const ClutterChoices &clutter);

} // namespace Recension::Ui
