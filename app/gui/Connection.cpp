#include "app/gui/Connection.h"

#include <QCoreApplication>
#include <QThread>

namespace adphoto::gui {

namespace {
/// Shared ownership whose last release deletes the directory on the thread that made it, as
/// Directory requires, even when that last owner is a worker thread.
std::shared_ptr<Directory> share(std::unique_ptr<Directory> directory, QObject* home)
{
    QThread* thread = home->thread();
    return std::shared_ptr<Directory>(directory.release(), [thread](Directory* d) {
        if (QThread::currentThread() == thread) {
            delete d;
            return;
        }
        QObject* receiver = QCoreApplication::instance();
        if (!receiver || receiver->thread() != thread || thread->isFinished()) {
            delete d; // shutting down: nobody is left on the home thread to do it
            return;
        }
        QMetaObject::invokeMethod(
            receiver, [d] { delete d; }, Qt::QueuedConnection);
    });
}
} // namespace

Connection::Connection(Factory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    connect(&m_watcher, &QFutureWatcher<Result<ConnectionInfo>>::finished, this, &Connection::onOpenFinished);
}

Connection::~Connection()
{
    cancelOpen();
}

void Connection::open(const ConnectionSettings& settings)
{
    cancelOpen();
    m_pendingSettings = settings;
    m_pending = share(m_factory(settings), this);
    m_watcher.setFuture(m_pending->open());
}

void Connection::cancelOpen()
{
    if (!m_pending)
        return;
    QFuture<Result<ConnectionInfo>> future = m_watcher.future();
    m_watcher.setFuture({});
    // Deleting a directory waits for its call in progress; let the attempt end (bounded by the
    // connection timeout) before the last reference goes, so the GUI thread never waits.
    future.then(this, [keep = m_pending](const Result<ConnectionInfo>&) {});
    m_pending.reset();
    m_pendingSettings = {};
}

void Connection::onOpenFinished()
{
    if (!m_pending)
        return;
    QFuture<Result<ConnectionInfo>> future = m_watcher.future();
    std::shared_ptr<Directory> directory = std::move(m_pending);
    m_pending.reset();
    if (future.resultCount() == 0) {
        emit openFailed(Error{ErrorKind::Cancelled, tr("Connecting was cancelled."), {}, {}});
        return;
    }
    const Result<ConnectionInfo> info = future.result();
    if (!info) {
        emit openFailed(info.error());
        return;
    }
    emit aboutToSwitch();
    m_directory = std::move(directory);
    m_settings = m_pendingSettings;
    m_pendingSettings = {};
    m_info = *info;
    emit opened(m_info);
}

QString Connection::summary() const
{
    if (!m_directory)
        return tr("Not connected");
    QString tls = m_info.tls == QLatin1String("ldaps")      ? tr("LDAPS")
                  : m_info.tls == QLatin1String("starttls") ? tr("StartTLS")
                  : m_info.ssf > 0                          ? tr("Kerberos sealing")
                                                            : tr("unencrypted");
    const QString host = m_info.dcHost.isEmpty() ? m_info.uri : m_info.dcHost;
    return tr("%1 · %2 · %3").arg(host, tls, m_info.bindIdentity);
}

} // namespace adphoto::gui
