#include "core/PhotoWriter.h"

#include <QCoreApplication>

namespace adphoto {

PhotoWriter::PhotoWriter(Directory& directory, Journal& journal, ConnectionInfo connection)
    : m_directory(directory)
    , m_journal(journal)
    , m_connection(std::move(connection))
{
}

Result<WriteOutcome> PhotoWriter::set(const QString& importId, const UserRecord& user, const QByteArray& expected,
                                      const QByteArray& photo, const QString& file, const QString& action)
{
    if (photo == expected)
        return WriteOutcome::Unchanged;
    return apply(importId, user, expected, photo, file, action);
}

Result<WriteOutcome> PhotoWriter::remove(const QString& importId, const UserRecord& user, const QByteArray& expected)
{
    if (expected.isEmpty())
        return WriteOutcome::Unchanged;
    return apply(importId, user, expected, {}, {}, QStringLiteral("remove"));
}

Result<WriteOutcome> PhotoWriter::apply(const QString& importId, const UserRecord& user, const QByteArray& expected,
                                        const QByteArray& photo, const QString& file, const QString& action)
{
    ChangeRecord change;
    change.importId = importId;
    change.objectGuid = user.objectGuid;
    change.dn = user.dn;
    change.user = user.sAMAccountName;
    change.action = action;
    change.oldPhoto = expected;
    change.newPhoto = photo;
    change.bindIdentity = m_connection.bindIdentity;
    change.server = m_connection.dcHost.isEmpty() ? m_connection.uri : m_connection.dcHost;
    change.file = file;
    auto changeId = m_journal.recordIntent(change);
    if (!changeId)
        return std::unexpected(changeId.error()); // nothing written without a backup

    QFuture<Result<void>> future =
        photo.isEmpty() ? m_directory.removePhoto(user.dn, expected) : m_directory.writePhoto(user.dn, expected, photo);
    future.waitForFinished();
    const Result<void> written = future.resultCount() > 0
                                     ? future.result()
                                     : Result<void>(std::unexpected(Error{ErrorKind::Cancelled,
                                                                          QCoreApplication::translate(
                                                                              "adphoto::PhotoWriter", "Cancelled."),
                                                                          {},
                                                                          {}}));
    QString result = QStringLiteral("ok");
    QString message;
    if (!written) {
        result = written.error().kind == ErrorKind::Conflict ? QStringLiteral("conflict") : QStringLiteral("failed");
        message = written.error().text();
    }
    if (auto recorded = m_journal.recordOutcome(*changeId, result, message); !recorded)
        return std::unexpected(recorded.error());
    if (!written)
        return std::unexpected(written.error());
    return WriteOutcome::Written;
}

} // namespace adphoto
