#include "core/apply/SinglePhotoChange.h"

#include "core/apply/Reverter.h"
#include "core/journal/ApplySession.h"

namespace adphoto {

Result<SinglePhotoOutcome> SinglePhotoChange::apply(Directory& directory, const ConnectionInfo& connection,
                                                    const UserRecord& user, const QByteArray& current,
                                                    const std::optional<QByteArray>& photo,
                                                    const QString& file, const QString& journalDirectory)
{
    const QString kind = photo ? QStringLiteral("photo-set") : QStringLiteral("photo-remove");
    auto session =
        ApplySession::begin(kind, file.isEmpty() ? user.dn : file, connection, {}, {}, journalDirectory);
    if (!session)
        return std::unexpected(session.error());
    PhotoWriter writer(directory, *session->journal, connection);
    auto written = photo ? writer.set(session->importId, user, current, *photo, file)
                         : writer.remove(session->importId, user, current);
    (void)session->finish(written ? QStringLiteral("finished") : QStringLiteral("failed"));
    if (!written)
        return std::unexpected(written.error());
    return SinglePhotoOutcome{*written, session->importId};
}

Result<SinglePhotoOutcome>
SinglePhotoChange::restore(Directory& directory, const ConnectionInfo& connection, const UserRecord& user,
                           const std::optional<QByteArray>& target, const QDateTime& at,
                           const std::function<Result<void>(const QByteArray&)>& confirm,
                           const QString& journalDirectory)
{
    auto session =
        ApplySession::begin(QStringLiteral("restore"), user.dn, connection, {}, {}, journalDirectory);
    if (!session)
        return std::unexpected(session.error());
    Reverter reverter(directory, *session->journal, connection);
    auto photo = target ? Result<QByteArray>(*target) : reverter.photoAt(user.objectGuid, at);
    if (!photo) {
        (void)session->finish(QStringLiteral("failed"));
        return std::unexpected(photo.error());
    }
    if (confirm) {
        if (auto confirmed = confirm(*photo); !confirmed) {
            (void)session->finish(QStringLiteral("cancelled"));
            return std::unexpected(confirmed.error());
        }
    }
    auto restored = reverter.restore(session->importId, user, *photo);
    (void)session->finish(restored ? QStringLiteral("finished") : QStringLiteral("failed"));
    if (!restored)
        return std::unexpected(restored.error());
    return SinglePhotoOutcome{*restored, session->importId};
}

} // namespace adphoto
