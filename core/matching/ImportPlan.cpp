#include "core/matching/ImportPlan.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace adphoto {

QJsonArray ImportPlan::toJson() const
{
    QJsonArray array;
    for (const PlanRow& row : rows)
        array.append(row.toJson());
    return array;
}

QByteArray ImportPlan::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ImportPlan> ImportPlan::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            ErrorKind::InvalidInput,
            tr("The plan is not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isArray())
        return fail(ErrorKind::InvalidInput, tr("A plan is a JSON array of rows."));
    ImportPlan plan;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject())
            return fail(ErrorKind::InvalidInput, tr("Row %1 of the plan is not a JSON object.").arg(i + 1));
        auto row = PlanRow::fromJson(value.toObject());
        if (!row)
            return fail(ErrorKind::InvalidInput,
                        tr("Row %1 of the plan: %2").arg(i + 1).arg(row.error().message));
        plan.rows.append(*row);
    }
    return plan;
}

qsizetype ImportPlan::count(PlanStatus status) const
{
    return std::count_if(rows.begin(), rows.end(), [status](const PlanRow& r) { return r.status == status; });
}

} // namespace adphoto
