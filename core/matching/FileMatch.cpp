#include "core/matching/FileMatch.h"

#include <QJsonArray>

namespace adphoto {

QString matchStatusName(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Matched:
        return QStringLiteral("matched");
    case MatchStatus::Ambiguous:
        return QStringLiteral("ambiguous");
    case MatchStatus::Unmatched:
        return QStringLiteral("unmatched");
    case MatchStatus::Conflict:
        return QStringLiteral("conflict");
    case MatchStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray accountNames(const QList<UserRecord>& users)
{
    QJsonArray array;
    for (const UserRecord& u : users)
        array.append(u.sAMAccountName);
    return array;
}

} // namespace

QStringList FileMatch::jsonKeys()
{
    return {QStringLiteral("file"),     QStringLiteral("status"),      QStringLiteral("user"),
            QStringLiteral("dn"),       QStringLiteral("objectGUID"),  QStringLiteral("rule"),
            QStringLiteral("level"),    QStringLiteral("candidates"),  QStringLiteral("disabled"),
            QStringLiteral("hasPhoto"), QStringLiteral("suggestions"), QStringLiteral("reason")};
}

QJsonObject FileMatch::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("status"), matchStatusName(status));
    o.insert(QStringLiteral("user"), user ? textOrNull(user->sAMAccountName) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("dn"), user ? textOrNull(user->dn) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("objectGUID"),
             user ? textOrNull(guidText(user->objectGuid)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("rule"), user ? textOrNull(rule) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("level"),
             user ? QJsonValue(matchLevelName(level)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("candidates"), accountNames(candidates));
    o.insert(QStringLiteral("disabled"), disabled());
    o.insert(QStringLiteral("hasPhoto"), user ? QJsonValue(user->hasPhoto) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("suggestions"), accountNames(suggestions));
    o.insert(QStringLiteral("reason"), textOrNull(reason));
    return o;
}

} // namespace adphoto
