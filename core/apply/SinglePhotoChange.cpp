#include "core/apply/SinglePhotoChange.h"

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

} // namespace adphoto
