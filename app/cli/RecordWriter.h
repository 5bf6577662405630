#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace adphoto::cli {

enum class OutputFormat
{
    Table,
    Csv,
    Json
};

/// Writes records with fixed columns as an aligned table, RFC 4180 CSV or one JSON array.
/// JSON keeps the values' types (null, bool, number); the table and CSV print them as text.
/// A table collects its rows and writes them in finish(), because it needs every width first;
/// after stream(), JSON and CSV rows are written as they are added instead (bounded memory for
/// long listings).
class RecordWriter
{
public:
    RecordWriter(OutputFormat format, QStringList columns);

    /// From now on JSON and CSV rows go straight to `out` (a table still waits for finish()).
    void stream(QTextStream& out);
    void addRow(const QList<QJsonValue>& values);
    void finish(QTextStream& out);

private:
    void writeRow(QTextStream& out, const QList<QJsonValue>& row);
    void writeHeader(QTextStream& out) const;

    OutputFormat m_format;
    QTextStream* m_stream = nullptr;
    qsizetype m_written = 0;
    QStringList m_columns;
    QList<QList<QJsonValue>> m_rows;
};

} // namespace adphoto::cli
