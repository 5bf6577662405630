#include "core/audit/AuditCsv.h"

#include "core/audit/AuditRows.h"
#include "core/csv/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace adphoto {

QByteArray AuditCsv::render(const AuditReport& report)
{
    QString out;
    QStringList header;
    for (const QString& column : AuditRows::columns())
        header << CsvField::quote(column);
    out += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QList<QJsonValue>& row : AuditRows::rows(report)) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QJsonValue& v : row)
            fields << CsvField::quote(CsvField::plainText(v));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace adphoto
