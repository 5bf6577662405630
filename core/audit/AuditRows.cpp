#include "core/audit/AuditRows.h"

#include "core/UserRecord.h"

#include <QJsonArray>

namespace adphoto {

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QJsonValue null(QJsonValue::Null);
} // namespace

QStringList AuditRows::columns()
{
    return {QStringLiteral("kind"),        QStringLiteral("user"),         QStringLiteral("displayName"),
            QStringLiteral("dn"),          QStringLiteral("objectGUID"),   QStringLiteral("ou"),
            QStringLiteral("disabled"),    QStringLiteral("photoBytes"),   QStringLiteral("format"),
            QStringLiteral("width"),       QStringLiteral("height"),       QStringLiteral("sha256"),
            QStringLiteral("sameAs"),      QStringLiteral("users"),        QStringLiteral("missing"),
            QStringLiteral("directUsers"), QStringLiteral("directMissing")};
}

QList<QJsonValue> AuditRows::ouRow(const OuCount& ou)
{
    return {QStringLiteral("ou"),
            null,
            null,
            null,
            null,
            ou.ou,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            ou.users,
            ou.missing,
            ou.directUsers,
            ou.directMissing};
}

QList<QJsonValue> AuditRows::findingRow(const AuditFinding& f)
{
    const bool hasPhoto = f.photoBytes > 0;
    const bool hasSize = hasPhoto && f.image.hasSize();
    QJsonValue sameAs = null;
    if (f.kind == FindingKind::Duplicate)
        sameAs = QJsonArray::fromStringList(f.sameAs);
    return {findingKindName(f.kind),
            textOrNull(f.user),
            textOrNull(f.displayName),
            textOrNull(f.dn),
            textOrNull(guidText(f.objectGuid)),
            textOrNull(f.ou),
            f.disabled,
            double(f.photoBytes),
            hasPhoto ? QJsonValue(f.image.format) : null,
            hasSize ? QJsonValue(f.image.width) : null,
            hasSize ? QJsonValue(f.image.height) : null,
            textOrNull(f.sha256),
            sameAs,
            null,
            null,
            null,
            null};
}

QList<QList<QJsonValue>> AuditRows::rows(const AuditReport& report)
{
    QList<QList<QJsonValue>> rows;
    rows.reserve(report.ous.size() + report.findings.size());
    for (const OuCount& ou : report.ous)
        rows << ouRow(ou);
    for (const AuditFinding& f : report.findings)
        rows << findingRow(f);
    return rows;
}

} // namespace adphoto
