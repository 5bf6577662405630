#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace adphoto {

/// One data record of a photo-import CSV: who and which file, as written, and where the file
/// is on this machine. `problems` (for people) are set when the line cannot be used as is.
struct CsvImportEntry
{
    int line = 0; ///< physical line the record starts on; the header is line 1
    QString user; ///< the user column, trimmed
    QString file; ///< the file column, trimmed, as written
    QString path; ///< absolute local path; empty when it could not be worked out
    QStringList problems;
};

/// A photo-import CSV as read by CsvImportReader: how it was read and its data records.
struct CsvImport
{
    QString source;   ///< the CSV's path (empty when read from memory)
    QString encoding; ///< what the bytes were decoded as
    QChar delimiter;
    bool hasHeader = false;
    QStringList header;
    int userColumn = 0; ///< 0-based
    int fileColumn = 1; ///< 0-based
    QList<CsvImportEntry> entries;
};

} // namespace adphoto
