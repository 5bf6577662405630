#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace adphoto {

/// One directory user as listed by Directory::listUsers(). A plain value; any thread.
struct UserRecord
{
    QString dn;
    QUuid objectGuid;
    QString sAMAccountName;
    QString userPrincipalName;
    QString displayName;
    QString givenName;
    QString sn;
    QString mail;
    QString employeeID;
    bool disabled = false;
    bool hasPhoto = false;
    /// Size of thumbnailPhoto in bytes; 0 without a photo, -1 when only presence was asked for.
    qint64 photoBytes = 0;
    /// Lower-case hex SHA-256 of thumbnailPhoto when its bytes were fetched; empty otherwise.
    QString photoSha256;
};

/// The users of one page of a paged search, delivered as one result of the listing future.
using UserBatch = QList<UserRecord>;

/// objectGUID in the usual xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx form (no braces).
[[nodiscard]] inline QString guidText(const QUuid& guid)
{
    return guid.isNull() ? QString() : guid.toString(QUuid::WithoutBraces);
}

} // namespace adphoto

Q_DECLARE_METATYPE(adphoto::UserRecord)
