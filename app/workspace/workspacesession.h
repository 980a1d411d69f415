#pragma once

#include "document/documentloader.h"
#include "workspace/session.h"

#include <QStringList>
#include <QVector>

#include <functional>

namespace Recension {

class Workspace;

/// @brief The workspace as a session records it: every version (file path made absolute,
/// SHA-256, provenance; a pasted version's text), the base, the options, the pair, the marks.
SessionData sessionOf(const Workspace &workspace);

/// Loads files (paths in, results in the same order) and gives each as the workspace holds
/// it; the window loads on a worker and sets the page clutter aside there too.
using FileLoader = std::function<QVector<LoadResult>(const QStringList &paths, const LoadOptions &)>;

/// Prepares a loaded version as the workspace holds it (the window sets its page clutter
/// aside); returns the document to add.
using DocumentPreparer = std::function<DocumentPtr(const DocumentPtr &)>;

/// @brief Replaces the workspace's content by a session's: loads its versions (files through
/// `loadFiles`, loadDocument by default; pasted ones from their text), passes each that
/// `loadFiles` did not give (pasted ones, and every file when there is no `loadFiles`)
/// through `prepare`, gives each the session's provenance, then sets the base, the
/// marks, the options and the pair. A version that fails to load is left out (its marks with
/// it); returns one message per failure.
QStringList restoreSession(Workspace &workspace, const SessionData &session,
                           const LoadOptions &options, const FileLoader &loadFiles = {},
                           const DocumentPreparer &prepare = {});

} // namespace Recension
