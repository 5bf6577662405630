#pragma once

#include "core/Error.h"
#include "core/csv/PathMapping.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace adphoto {

/// Whether a CSV's first record names its columns.
enum class CsvHeaderMode
{
    Auto,    ///< a header if it names known columns (AD_user, path_to_file, mail, photo ...)
    Present, ///< the first record is a header
    Absent,  ///< `--no-header`: every record is data
};

/// How to read a photo-import CSV: the `import --csv` flags `--encoding` (auto, utf-8,
/// utf-16, utf-16le, utf-16be, windows-1252 or any ICU name), `--delimiter` (auto , ; tab |),
/// `--no-header`, `--user-column` and `--file-column` (a header name or a 1-based number;
/// by default the column with a known name, else columns 1 and 2) and `--path-map`
/// (repeatable). A plain value; any thread.
struct CsvImportOptions
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::CsvImportOptions)

public:
    QString encoding = QStringLiteral("auto");
    QChar delimiter; ///< null: detect
    CsvHeaderMode header = CsvHeaderMode::Auto;
    QString userColumn;
    QString fileColumn;
    QList<PathMapping> pathMaps;

    /// "auto" (a null QChar), ",", ";", "tab" or "\t", "|", or any other single character.
    [[nodiscard]] static Result<QChar> parseDelimiter(const QString& text);
};

} // namespace adphoto
