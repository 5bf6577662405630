#include "app/cli/RecordWriter.h"

#include "core/csv/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace adphoto::cli {

RecordWriter::RecordWriter(OutputFormat format, QStringList columns)
    : m_format(format)
    , m_columns(std::move(columns))
{}

void RecordWriter::stream(QTextStream& out)
{
    if (m_format == OutputFormat::Table || m_stream)
        return;
    m_stream = &out;
    if (m_format == OutputFormat::Csv)
        writeHeader(out);
    else
        out << '[';
}

void RecordWriter::addRow(const QList<QJsonValue>& values)
{
    Q_ASSERT(values.size() == m_columns.size());
    if (m_stream)
        writeRow(*m_stream, values);
    else
        m_rows.append(values);
}

void RecordWriter::writeHeader(QTextStream& out) const
{
    QStringList header;
    for (const QString& c : m_columns)
        header << CsvField::quote(c);
    out << header.join(QLatin1Char(',')) << "\r\n";
}

void RecordWriter::writeRow(QTextStream& out, const QList<QJsonValue>& row)
{
    if (m_format == OutputFormat::Json) {
        QJsonObject object;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            object.insert(m_columns.at(i),
                          row.at(i).isUndefined() ? QJsonValue(QJsonValue::Null) : row.at(i));
        out << (m_written ? ",\n  " : "\n  ")
            << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    } else {
        QStringList fields;
        for (const QJsonValue& v : row)
            fields << CsvField::quote(CsvField::plainText(v));
        out << fields.join(QLatin1Char(',')) << "\r\n";
    }
    ++m_written;
}

void RecordWriter::finish(QTextStream& out)
{
    if (!m_stream && m_format != OutputFormat::Table) {
        stream(out);
        for (const auto& row : std::as_const(m_rows))
            writeRow(out, row);
        m_rows.clear();
    }
    switch (m_format) {
    case OutputFormat::Json:
        out << (m_written ? "\n]\n" : "]\n");
        break;
    case OutputFormat::Csv:
        break;
    case OutputFormat::Table: {
        QList<qsizetype> widths;
        for (const QString& c : m_columns)
            widths << c.size();
        QList<QStringList> texts;
        for (const auto& row : m_rows) {
            QStringList line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                QString t = CsvField::plainText(row.at(i));
                t.replace(QLatin1Char('\n'), QLatin1Char(' '));
                widths[i] = std::max(widths[i], t.size());
                line << t;
            }
            texts << line;
        }
        auto printLine = [&](const QStringList& cells) {
            QString line;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (i + 1 < cells.size())
                    line += cells.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
                else
                    line += cells.at(i);
            }
            out << line << '\n';
        };
        printLine(m_columns);
        for (const QStringList& line : texts)
            printLine(line);
        break;
    }
    }
    out.flush();
}

} // namespace adphoto::cli
