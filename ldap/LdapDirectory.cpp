#include "ldap/LdapDirectory.h"

#include "ldap/LdapSession.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace adphoto {

class LdapDirectory::Private
{
public:
    explicit Private(ConnectionSettings s)
        : session(std::move(s))
    {
        // One thread that never expires: the LDAP handle lives on it for the session's life.
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
    }

    // Queues `job(promise)` on the session thread. Not QtConcurrent::run: its future knows its
    // job, and QFuture::waitForFinished() on any thread runs a job that has not started yet
    // right there, which would use the LDAP handle beside the session thread. This future has
    // no job to take: a waiter only waits.
    template <class T, class Job> QFuture<T> start(Job job)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        // A job still queued when the directory goes (pool.clear()) drops its promise, which
        // cancels and finishes the future.
        pool.start([promise, job = std::move(job)]() mutable {
            if (!promise->isCanceled())
                job(*promise);
            promise->finish();
        });
        return future;
    }

    // Queues `work(session)` on the session thread; its Result becomes the future's result.
    template <class T, class Work> QFuture<Result<T>> call(Work work)
    {
        return start<Result<T>>([this, work = std::move(work)](QPromise<Result<T>>& promise) {
            promise.addResult(work(session));
        });
    }

    LdapSession session;
    QThreadPool pool;
};

LdapDirectory::LdapDirectory(ConnectionSettings settings)
    : d(std::make_unique<Private>(std::move(settings)))
{}

LdapDirectory::~LdapDirectory()
{
    d->pool.clear();
    d->pool.waitForDone();
}

QFuture<Result<ConnectionInfo>> LdapDirectory::open()
{
    return d->call<ConnectionInfo>([](LdapSession& s) { return s.open(); });
}

QFuture<Result<UserBatch>> LdapDirectory::listUsers(const UserQuery& query)
{
    return d->start<Result<UserBatch>>([this, query](QPromise<Result<UserBatch>>& promise) {
        int count = 0;
        promise.setProgressRange(0, 0);
        auto done = d->session.listUsers(
            query,
            [&](UserBatch&& batch) {
                count += int(batch.size());
                promise.addResult(Result<UserBatch>(std::move(batch)));
                promise.setProgressValue(count);
            },
            [&] { return promise.isCanceled(); });
        if (!done && done.error().kind != ErrorKind::Cancelled)
            promise.addResult(Result<UserBatch>(std::unexpected(done.error())));
    });
}

QFuture<Result<UserBatch>> LdapDirectory::previewUsers(const UserQuery& query, int rows)
{
    return d->start<Result<UserBatch>>([this, query, rows](QPromise<Result<UserBatch>>& promise) {
        auto done = d->session.previewUsers(
            query, rows, [&](UserBatch&& batch) { promise.addResult(Result<UserBatch>(std::move(batch))); },
            [&] { return promise.isCanceled(); });
        if (!done && done.error().kind != ErrorKind::Cancelled)
            promise.addResult(Result<UserBatch>(std::unexpected(done.error())));
    });
}

QFuture<Result<void>> LdapDirectory::visitPhotos(const UserQuery& query, PhotoVisitor visitor)
{
    return d->start<Result<void>>(
        [this, query, visitor = std::move(visitor)](QPromise<Result<void>>& promise) {
            int count = 0;
            bool stopped = false;
            promise.setProgressRange(0, 0);
            auto done = d->session.listUsers(
                query, [](UserBatch&&) {}, [&] { return stopped || promise.isCanceled(); },
                [&](const UserRecord& user, const QByteArray& photo) {
                    stopped = !visitor(user, photo);
                    promise.setProgressValue(++count);
                });
            promise.addResult(done);
        });
}

QFuture<Result<UserRecord>> LdapDirectory::findUser(const QString& spec)
{
    return d->call<UserRecord>([spec](LdapSession& s) { return s.findUser(spec); });
}

QFuture<Result<PhotoValue>> LdapDirectory::readPhoto(const QString& dn)
{
    return d->call<PhotoValue>([dn](LdapSession& s) { return s.readPhoto(dn); });
}

QFuture<Result<void>> LdapDirectory::writePhoto(const QString& dn, const QByteArray& expected,
                                                const QByteArray& photo)
{
    return d->call<void>([dn, expected, photo](LdapSession& s) { return s.writePhoto(dn, expected, photo); });
}

QFuture<Result<void>> LdapDirectory::removePhoto(const QString& dn, const QByteArray& expected)
{
    return d->call<void>([dn, expected](LdapSession& s) { return s.removePhoto(dn, expected); });
}

QFuture<Result<bool>> LdapDirectory::canWritePhoto(const QString& dn)
{
    return d->call<bool>([dn](LdapSession& s) { return s.canWritePhoto(dn); });
}

QFuture<Result<QStringList>> LdapDirectory::childContainers(const QString& dn)
{
    return d->call<QStringList>([dn](LdapSession& s) { return s.childContainers(dn); });
}

} // namespace adphoto
