#include "core/WorkPool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace adphoto {

namespace {
QThreadPool* createPool()
{
    auto* pool = new QThreadPool;
    pool->setMaxThreadCount(QThread::idealThreadCount());
    pool->setObjectName(QStringLiteral("adphoto work pool"));
    // Like Qt's global pool: the application's end waits for the jobs still running, so none
    // outlives the objects it uses. The pool itself stays (a static destructor would run after
    // QCoreApplication is gone).
    qAddPostRoutine([] { workPool()->waitForDone(); });
    return pool;
}
} // namespace

QThreadPool* workPool()
{
    static QThreadPool* const pool = createPool();
    return pool;
}

} // namespace adphoto
