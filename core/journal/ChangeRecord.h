#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace adphoto {

/// One change to one user's photo as the journal keeps it: what was there before (the backup),
/// what was written, and how it ended. `result` is pending until the DC has answered.
struct ChangeRecord
{
    qint64 id = 0;
    QString importId;
    QDateTime time;       ///< when the intent was recorded (UTC)
    QUuid objectGuid;
    QString dn;
    QString user;         ///< sAMAccountName
    QString action;       ///< set | remove | restore
    QByteArray oldPhoto;  ///< empty = the user had no photo
    QByteArray newPhoto;  ///< empty for remove
    QString result;       ///< pending | ok | failed | skipped | conflict
    QString message;
    QString bindIdentity;
    QString server;       ///< the DC written to
    QString file;         ///< source file, when there was one
};

} // namespace adphoto
