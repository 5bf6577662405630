#include "app/cli/UserJson.h"

namespace adphoto::cli {

QStringList userColumns()
{
    return {QStringLiteral("dn"),          QStringLiteral("objectGUID"), QStringLiteral("sAMAccountName"),
            QStringLiteral("userPrincipalName"), QStringLiteral("displayName"), QStringLiteral("givenName"),
            QStringLiteral("sn"),          QStringLiteral("mail"),       QStringLiteral("employeeID"),
            QStringLiteral("disabled"),    QStringLiteral("hasPhoto"),   QStringLiteral("photoBytes")};
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QList<QJsonValue> userRow(const UserRecord& u)
{
    return {textOrNull(u.dn),
            textOrNull(guidText(u.objectGuid)),
            textOrNull(u.sAMAccountName),
            textOrNull(u.userPrincipalName),
            textOrNull(u.displayName),
            textOrNull(u.givenName),
            textOrNull(u.sn),
            textOrNull(u.mail),
            textOrNull(u.employeeID),
            QJsonValue(u.disabled),
            QJsonValue(u.hasPhoto),
            u.photoBytes < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(u.photoBytes))};
}

} // namespace adphoto::cli
