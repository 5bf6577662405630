#include "app/gui/QtKeychainSecretStore.h"

#include <QPromise>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace adphoto::gui {

namespace {

/// Settles a promise once: from the job's finished signal or from the timeout, whichever is
/// first, so a keychain that never answers cannot leave the caller waiting.
template <class T> struct Pending
{
    QPromise<Result<T>> promise;
    bool settled = false;

    void settle(Result<T> value)
    {
        if (settled)
            return;
        settled = true;
        promise.addResult(std::move(value));
        promise.finish();
    }
};

Error keychainError(const QKeychain::Job& job)
{
    return Error{ErrorKind::Io,
                 QCoreApplication::translate("adphoto::gui::QtKeychainSecretStore",
                                             "The system keychain is not available."),
                 job.errorString(),
                 {}};
}

Error timeoutError()
{
    return Error{ErrorKind::Timeout,
                 QCoreApplication::translate("adphoto::gui::QtKeychainSecretStore",
                                             "The system keychain did not answer."),
                 {},
                 {}};
}

template <class T, class Job, class OnFinished>
QFuture<Result<T>> run(QObject* context, Job* job, int timeoutMs, OnFinished onFinished)
{
    auto pending = std::make_shared<Pending<T>>();
    pending->promise.start();
    QFuture<Result<T>> future = pending->promise.future();
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [pending, onFinished](QKeychain::Job* done) { pending->settle(onFinished(*done)); });
    QTimer::singleShot(timeoutMs, context, [pending] { pending->settle(std::unexpected(timeoutError())); });
    job->start();
    return future;
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QObject* parent, int timeoutMs)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{}

QFuture<Result<std::optional<QString>>> QtKeychainSecretStore::readPassword(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    return run<std::optional<QString>>(this, job, m_timeoutMs,
                                       [](QKeychain::Job& done) -> Result<std::optional<QString>> {
                                           if (done.error() == QKeychain::EntryNotFound)
                                               return std::nullopt;
                                           if (done.error() != QKeychain::NoError)
                                               return std::unexpected(keychainError(done));
                                           return static_cast<QKeychain::ReadPasswordJob&>(done).textData();
                                       });
}

QFuture<Result<void>> QtKeychainSecretStore::writePassword(const QString& key, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setTextData(password);
    return run<void>(this, job, m_timeoutMs, [](QKeychain::Job& done) -> Result<void> {
        if (done.error() != QKeychain::NoError)
            return std::unexpected(keychainError(done));
        return {};
    });
}

QFuture<Result<void>> QtKeychainSecretStore::removePassword(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    return run<void>(this, job, m_timeoutMs, [](QKeychain::Job& done) -> Result<void> {
        if (done.error() != QKeychain::NoError && done.error() != QKeychain::EntryNotFound)
            return std::unexpected(keychainError(done));
        return {};
    });
}

} // namespace adphoto::gui
