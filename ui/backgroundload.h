#pragma once

#include "document/documentloader.h"

#include <QStringList>
#include <QVector>

namespace Recension::Ui {

/// @brief Loads files on the thread pool, all at once, while the GUI thread goes on
/// painting (input events wait, so nothing re-enters the caller). Results in `paths` order.
QVector<LoadResult> loadInBackground(const QStringList &paths, const LoadOptions &options);

} // namespace Recension::Ui
