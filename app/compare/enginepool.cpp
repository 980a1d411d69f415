#include "compare/enginepool.h"

#include <QThreadPool>

namespace Recension {

namespace {

thread_local QThreadPool *t_pool = nullptr;

} // namespace

QThreadPool *enginePool()
{
    return t_pool ? t_pool : QThreadPool::globalInstance();
}

EnginePoolScope::EnginePoolScope(QThreadPool *pool)
    : m_previous(t_pool)
{
    t_pool = pool;
}

EnginePoolScope::~EnginePoolScope()
{
    t_pool = m_previous;
}

} // namespace Recension
