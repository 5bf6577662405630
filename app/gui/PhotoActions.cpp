#include "app/gui/PhotoActions.h"

#include "app/gui/Connection.h"
#include "core/FutureResult.h"
#include "core/PhotoHash.h"
#include "core/Settings.h"
#include "core/WorkPool.h"
#include "core/apply/SinglePhotoChange.h"
#include "core/journal/ApplySession.h"

#include <QFile>
#include <QSaveFile>
#include <QtConcurrent>

namespace adphoto::gui {

namespace {
/// The same steps as `adphoto-cli photo set/remove`; `photo` nullopt removes. Blocking.
Result<PhotoChange> change(const std::shared_ptr<Directory>& directory, const ConnectionInfo& info,
                           const QString& journalDirectory, const UserRecord& user,
                           const std::optional<QByteArray>& photo, const QString& file)
{
    auto current = waitForResult(directory->readPhoto(user.dn));
    if (!current)
        return std::unexpected(current.error());
    UserRecord target = current->user.dn.isEmpty() ? user : current->user;
    if (!photo && current->bytes.isEmpty()) {
        PhotoChange unchanged{target, {}, WriteOutcome::Unchanged, {}, {}};
        unchanged.user.hasPhoto = false;
        unchanged.user.photoBytes = 0;
        return unchanged;
    }
    auto written =
        SinglePhotoChange::apply(*directory, info, target, current->bytes, photo, file, journalDirectory);
    if (!written)
        return std::unexpected(written.error());
    PhotoChange result;
    result.user = target;
    result.photo = photo.value_or(QByteArray());
    result.user.hasPhoto = !result.photo.isEmpty();
    result.user.photoBytes = result.photo.size();
    result.user.photoSha256 = photoSha256(result.photo);
    result.outcome = written->outcome;
    result.importId = written->importId;
    return result;
}
} // namespace

PhotoActions::PhotoActions(Connection& connection, const PhotoProcessor* processor, QString journalDirectory,
                           QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_processor(processor)
    , m_journalDirectory(std::move(journalDirectory))
{
    m_writers.setMaxThreadCount(1);
}

PhotoActions::~PhotoActions()
{
    // A change in progress has its journal intent recorded: let it finish and record the outcome.
    m_writers.waitForDone();
}

Result<void> PhotoActions::ready() const
{
    if (!m_connection.isOpen())
        return fail(ErrorKind::Connection, tr("Not connected to a directory."));
    return {};
}

QFuture<Result<PhotoChange>> PhotoActions::track(const UserRecord& user, QFuture<Result<PhotoChange>> future)
{
    ++m_pending;
    return future.then(this, [this, user](const Result<PhotoChange>& result) {
        --m_pending;
        if (result)
            emit changed(*result);
        else
            emit failed(user, result.error());
        return result;
    });
}

QFuture<Result<PhotoChange>> PhotoActions::setPhoto(const UserRecord& user, const QByteArray& jpeg,
                                                    const QString& file)
{
    if (auto ok = ready(); !ok)
        return track(user, QtFuture::makeReadyFuture(Result<PhotoChange>(std::unexpected(ok.error()))));
    emit started(user, tr("Saving the photo…"));
    return track(user,
                 QtConcurrent::run(&m_writers, [dir = m_connection.directory(), info = m_connection.info(),
                                                journal = m_journalDirectory, user, jpeg, file] {
                     return change(dir, info, journal, user, jpeg, file);
                 }));
}

QFuture<Result<PhotoChange>> PhotoActions::setPhotoFromImage(const UserRecord& user, const QByteArray& source,
                                                             const QString& file, const PhotoSpec& spec)
{
    if (auto ok = ready(); !ok)
        return track(user, QtFuture::makeReadyFuture(Result<PhotoChange>(std::unexpected(ok.error()))));
    if (!m_processor)
        return track(user, QtFuture::makeReadyFuture(Result<PhotoChange>(
                               fail(ErrorKind::Internal, tr("No imaging pipeline is available.")))));
    emit started(user, tr("Preparing the photo…"));
    const PhotoProcessor* processor = m_processor;
    QFuture<Result<PreparedPhoto>> prepared =
        QtConcurrent::run(workPool(), [processor, source, spec] { return processor->prepare(source, spec); });
    return track(user, prepared.then(&m_writers,
                                     [dir = m_connection.directory(), info = m_connection.info(),
                                      journal = m_journalDirectory, user,
                                      file](const Result<PreparedPhoto>& photo) -> Result<PhotoChange> {
                                         if (!photo)
                                             return std::unexpected(photo.error());
                                         auto result = change(dir, info, journal, user, photo->jpeg, file);
                                         if (result)
                                             result->report = photo->report;
                                         return result;
                                     }));
}

QFuture<Result<PhotoChange>> PhotoActions::removePhoto(const UserRecord& user)
{
    if (auto ok = ready(); !ok)
        return track(user, QtFuture::makeReadyFuture(Result<PhotoChange>(std::unexpected(ok.error()))));
    emit started(user, tr("Removing the photo…"));
    return track(user,
                 QtConcurrent::run(&m_writers, [dir = m_connection.directory(), info = m_connection.info(),
                                                journal = m_journalDirectory, user] {
                     return change(dir, info, journal, user, std::nullopt, {});
                 }));
}

QFuture<Result<PhotoValue>> PhotoActions::readPhoto(const QString& dn)
{
    if (auto ok = ready(); !ok)
        return QtFuture::makeReadyFuture(Result<PhotoValue>(std::unexpected(ok.error())));
    return m_connection.directory()->readPhoto(dn);
}

QFuture<Result<QString>> PhotoActions::exportPhoto(const UserRecord& user, const QString& path)
{
    return readPhoto(user.dn).then(workPool(), [path](const Result<PhotoValue>& value) -> Result<QString> {
        if (!value)
            return std::unexpected(value.error());
        if (value->bytes.isEmpty())
            return fail(ErrorKind::NotFound, tr("This user has no photo."));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(value->bytes) < 0 || !file.commit())
            return fail(ErrorKind::Io, tr("Cannot write the file."),
                        path + QStringLiteral(": ") + file.errorString());
        return path;
    });
}

QFuture<Result<PhotoChange>> PhotoActions::restorePhoto(const QUuid& objectGuid, const QString& dn,
                                                        const QByteArray& target)
{
    UserRecord placeholder;
    placeholder.dn = dn;
    placeholder.objectGuid = objectGuid;
    if (auto ok = ready(); !ok)
        return track(placeholder,
                     QtFuture::makeReadyFuture(Result<PhotoChange>(std::unexpected(ok.error()))));
    emit started(placeholder, tr("Restoring the photo…"));
    return track(placeholder,
                 QtConcurrent::run(
                     &m_writers,
                     [dir = m_connection.directory(), info = m_connection.info(),
                      journal = m_journalDirectory, objectGuid, dn, target]() -> Result<PhotoChange> {
                         const QString spec =
                             objectGuid.isNull() ? dn : QStringLiteral("<GUID=%1>").arg(guidText(objectGuid));
                         auto user = waitForResult(dir->findUser(spec));
                         if (!user)
                             return std::unexpected(user.error());
                         auto restored =
                             SinglePhotoChange::restore(*dir, info, *user, target, {}, {}, journal);
                         if (!restored)
                             return std::unexpected(restored.error());
                         PhotoChange change;
                         change.user = *user;
                         change.photo = target;
                         change.user.hasPhoto = !target.isEmpty();
                         change.user.photoBytes = target.size();
                         change.user.photoSha256 = photoSha256(target);
                         change.outcome = restored->outcome;
                         change.importId = restored->importId;
                         return change;
                     }));
}

QFuture<Result<QList<RevertResult>>> PhotoActions::undoImport(const QString& importId)
{
    if (auto ok = ready(); !ok)
        return QtFuture::makeReadyFuture(Result<QList<RevertResult>>(std::unexpected(ok.error())));
    ++m_pending;
    QFuture<Result<QList<RevertResult>>> future = QtConcurrent::run(
        &m_writers, [dir = m_connection.directory(), info = m_connection.info(), journal = m_journalDirectory,
                     importId](QPromise<Result<QList<RevertResult>>>& promise) {
            auto session = ApplySession::begin(QStringLiteral("undo"), importId, info, {}, {}, journal);
            if (!session) {
                promise.addResult(std::unexpected(session.error()));
                return;
            }
            Reverter reverter(*dir, *session->journal, info);
            auto results = reverter.undo(
                importId, session->importId, [&promise] { return promise.isCanceled(); },
                [&promise](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                });
            (void)session->finish(results                                        ? QStringLiteral("finished")
                                  : results.error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                                                 : QStringLiteral("failed"));
            promise.addResult(std::move(results));
        });
    // The watcher of the caller sees progress; here the pages learn which users changed.
    future
        .then(this,
              [this](const Result<QList<RevertResult>>& results) {
                  --m_pending;
                  if (!results)
                      return;
                  QStringList dns;
                  for (const RevertResult& r : *results) {
                      if (r.result == QLatin1String("ok"))
                          dns << r.dn;
                  }
                  if (!dns.isEmpty())
                      emit usersChanged(dns);
              })
        .onCanceled(this, [this] { --m_pending; });
    return future;
}

PhotoSpec PhotoActions::defaultSpec(const Settings& settings)
{
    PhotoSpec spec;
    spec.size = settings.value(Settings::Key::PhotoSize).toInt();
    spec.maxBytes = settings.value(Settings::Key::MaxBytes).toLongLong();
    spec.detectFace = settings.value(Settings::Key::FaceDetection).toBool();
    spec.cascadePath = settings.value(Settings::Key::CascadePath).toString();
    spec.pixelLimit = settings.value(Settings::Key::PixelLimit).toLongLong();
    return spec;
}

} // namespace adphoto::gui
