#include "core/matching/PlanRow.h"

#include <QJsonArray>

namespace adphoto {

namespace {

constexpr std::pair<PlanStatus, const char*> kStatusNames[] = {
    {PlanStatus::Ready, "ready"},         {PlanStatus::Unchanged, "unchanged"},
    {PlanStatus::Skipped, "skipped"},     {PlanStatus::Ambiguous, "ambiguous"},
    {PlanStatus::Unmatched, "unmatched"}, {PlanStatus::Conflict, "conflict"},
    {PlanStatus::Error, "error"},
};

const QStringList& knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("status"),
        QStringLiteral("user"),
        QStringLiteral("objectGUID"),
        QStringLiteral("dn"),
        QStringLiteral("file"),
        QStringLiteral("fileSha256"),
        QStringLiteral("currentPhotoSha256"),
        QStringLiteral("rule"),
        QStringLiteral("line"),
        QStringLiteral("disabled"),
        QStringLiteral("hasPhoto"),
        QStringLiteral("candidates"),
        QStringLiteral("suggestions"),
        QStringLiteral("problems"),
    };
    return keys;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray array(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString planStatusName(PlanStatus status)
{
    for (const auto& [value, name] : kStatusNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<PlanStatus> planStatusFromName(const QString& name)
{
    for (const auto& [value, text] : kStatusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

void PlanRow::setUser(const UserRecord& record)
{
    user = record.sAMAccountName;
    objectGuid = record.objectGuid;
    dn = record.dn;
    disabled = record.disabled;
    hasPhoto = record.hasPhoto;
}

QJsonObject PlanRow::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("status"), planStatusName(status));
    o.insert(QStringLiteral("user"), textOrNull(user));
    o.insert(QStringLiteral("objectGUID"), textOrNull(guidText(objectGuid)));
    o.insert(QStringLiteral("dn"), textOrNull(dn));
    o.insert(QStringLiteral("file"), textOrNull(file));
    o.insert(QStringLiteral("fileSha256"), textOrNull(fileSha256));
    o.insert(QStringLiteral("currentPhotoSha256"), textOrNull(currentPhotoSha256));
    o.insert(QStringLiteral("rule"), textOrNull(rule));
    o.insert(QStringLiteral("line"), line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("disabled"), disabled);
    o.insert(QStringLiteral("hasPhoto"), hasPhoto);
    o.insert(QStringLiteral("candidates"), array(candidates));
    o.insert(QStringLiteral("suggestions"), array(suggestions));
    o.insert(QStringLiteral("problems"), array(problems));
    return o;
}

Result<PlanRow> PlanRow::fromJson(const QJsonObject& o)
{
    PlanRow row;
    const QJsonValue status = o.value(QStringLiteral("status"));
    const auto parsedStatus = planStatusFromName(status.toString());
    if (!status.isString() || !parsedStatus)
        return fail(ErrorKind::InvalidInput, tr("\"status\" must be one of ready, unchanged, skipped, "
                                                "ambiguous, unmatched, conflict, error."));
    row.status = *parsedStatus;

    auto text = [&](const char* key, QString& out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };
    auto flag = [&](const char* key, bool& out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return true;
        if (!v.isBool())
            return false;
        out = v.toBool();
        return true;
    };
    auto list = [&](const char* key, QStringList& out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return true;
        if (!v.isArray())
            return false;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                return false;
            out.append(item.toString());
        }
        return true;
    };
    QString guid;
    const std::pair<const char*, QString*> texts[] = {
        {"user", &row.user}, {"objectGUID", &guid},           {"dn", &row.dn},
        {"file", &row.file}, {"fileSha256", &row.fileSha256}, {"currentPhotoSha256", &row.currentPhotoSha256},
        {"rule", &row.rule},
    };
    for (const auto& [key, target] : texts) {
        if (!text(key, *target))
            return fail(ErrorKind::InvalidInput,
                        tr("\"%1\" must be a string or null.").arg(QLatin1String(key)));
    }
    if (!guid.isEmpty()) {
        row.objectGuid = QUuid::fromString(guid);
        if (row.objectGuid.isNull())
            return fail(ErrorKind::InvalidInput, tr("\"objectGUID\" is not a GUID: \"%1\".").arg(guid));
    }
    const std::pair<const char*, bool*> flags[] = {{"disabled", &row.disabled}, {"hasPhoto", &row.hasPhoto}};
    for (const auto& [key, target] : flags) {
        if (!flag(key, *target))
            return fail(ErrorKind::InvalidInput,
                        tr("\"%1\" must be true, false or null.").arg(QLatin1String(key)));
    }
    const std::pair<const char*, QStringList*> lists[] = {
        {"candidates", &row.candidates}, {"suggestions", &row.suggestions}, {"problems", &row.problems}};
    for (const auto& [key, target] : lists) {
        if (!list(key, *target))
            return fail(ErrorKind::InvalidInput,
                        tr("\"%1\" must be a list of strings or null.").arg(QLatin1String(key)));
    }
    const QJsonValue line = o.value(QStringLiteral("line"));
    if (!line.isNull() && !line.isUndefined()) {
        const double value = line.toDouble(-1);
        if (!line.isDouble() || value < 1 || value > 2147483647.0 || value != double(qint64(value)))
            return fail(ErrorKind::InvalidInput, tr("\"line\" must be a line number or null."));
        row.line = int(value);
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            row.extra.insert(it.key(), it.value());
    }
    return row;
}

} // namespace adphoto
