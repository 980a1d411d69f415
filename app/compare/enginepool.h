#pragma once

class QThreadPool;

namespace Recension {

/// @brief The thread pool the engine's parallel stages run on: Qt's global pool unless
/// the calling thread chose another with EnginePoolScope.
///
/// A window gives the engine a pool of its own: Qt's raster paint engine splits large
/// fills over the global pool and the GUI thread waits for them, so an engine stage
/// holding every global thread froze the window's painting for a second or more.
QThreadPool *enginePool();

/// @brief While alive, compareDocuments() called on this thread runs on `pool`.
class EnginePoolScope final
{
public:
    explicit EnginePoolScope(QThreadPool *pool);
    ~EnginePoolScope();
    EnginePoolScope(const EnginePoolScope &) = delete;
    EnginePoolScope &operator=(const EnginePoolScope &) = delete;

private:
    QThreadPool *m_previous;
};

} // namespace Recension
