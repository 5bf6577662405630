#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QFuture>

namespace adphoto {

/// Blocks until a directory or imaging future is done and returns its result; a future that
/// was cancelled before producing one yields ErrorKind::Cancelled. For worker threads and the
/// CLI only: the GUI thread uses QFutureWatcher instead.
template <class T> Result<T> waitForResult(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.resultCount() == 0)
        return fail(ErrorKind::Cancelled, QCoreApplication::translate("adphoto::FutureResult", "Cancelled."));
    return future.result();
}

} // namespace adphoto
