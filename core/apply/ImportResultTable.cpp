#include "core/apply/ImportResultTable.h"

#include "core/csv/CsvField.h"

#include "core/UserRecord.h"

namespace adphoto {

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QStringList ImportResultTable::columns()
{
    return {QStringLiteral("importId"),   QStringLiteral("row"),     QStringLiteral("user"),
            QStringLiteral("objectGUID"), QStringLiteral("dn"),      QStringLiteral("file"),
            QStringLiteral("result"),     QStringLiteral("message"), QStringLiteral("size"),
            QStringLiteral("quality"),    QStringLiteral("bytes"),   QStringLiteral("faceFound")};
}

QList<QJsonValue> ImportResultTable::record(const QString& importId, const ImportResult& r)
{
    return {importId,
            r.row,
            textOrNull(r.user),
            textOrNull(guidText(r.objectGuid)),
            textOrNull(r.dn),
            r.file,
            r.result,
            textOrNull(r.message),
            r.report ? QJsonValue(r.report->size) : QJsonValue(),
            r.report ? QJsonValue(r.report->quality) : QJsonValue(),
            r.report ? QJsonValue(double(r.report->bytes)) : QJsonValue(),
            r.report ? QJsonValue(r.report->faceFound) : QJsonValue()};
}

QByteArray ImportResultTable::toCsv(const QString& importId, const QList<ImportResult>& results)
{
    QString text;
    QStringList fields;
    for (const QString& c : columns())
        fields << CsvField::quote(c);
    text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ImportResult& r : results) {
        fields.clear();
        for (const QJsonValue& v : record(importId, r))
            fields << CsvField::quote(CsvField::plainText(v));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xef\xbb\xbf") + text.toUtf8();
}

} // namespace adphoto
