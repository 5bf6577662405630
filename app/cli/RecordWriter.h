#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace adphoto::cli {

enum class OutputFormat { Table, Csv, Json };

/// Writes records with fixed columns as an aligned table, RFC 4180 CSV or one JSON array.
/// JSON keeps the values' types (null, bool, number); the table and CSV print them as text.
/// Collects rows and writes them in finish(), because a table needs every width first.
class RecordWriter
{
public:
    RecordWriter(OutputFormat format, QStringList columns);

    void addRow(const QList<QJsonValue>& values);
    void finish(QTextStream& out) const;

    [[nodiscard]] static QString csvField(const QString& text);
    [[nodiscard]] static QString plainText(const QJsonValue& value);

private:
    OutputFormat m_format;
    QStringList m_columns;
    QList<QList<QJsonValue>> m_rows;
};

} // namespace adphoto::cli
