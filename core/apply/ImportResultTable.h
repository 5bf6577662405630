#pragma once

#include "core/apply/ImportRunner.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace adphoto {

/// The results of an import as flat records with the columns `adphoto-cli import` reports
/// (importId, row, user, objectGUID, dn, file, result, message, size, quality, bytes,
/// faceFound), and as an RFC 4180 CSV file for spreadsheets (the GUI's "Export results").
/// Stateless; any thread.
class ImportResultTable
{
public:
    [[nodiscard]] static QStringList columns();
    /// One record, in columns() order; absent values are null.
    [[nodiscard]] static QList<QJsonValue> record(const QString& importId, const ImportResult& result);
    /// UTF-8 with a byte-order mark (so Excel reads names with diacritics right), CRLF line ends,
    /// a header line, one line per result.
    [[nodiscard]] static QByteArray toCsv(const QString& importId, const QList<ImportResult>& results);
};

} // namespace adphoto
