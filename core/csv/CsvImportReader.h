#pragma once

#include "core/Error.h"
#include "core/csv/CsvImport.h"
#include "core/csv/CsvImportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace adphoto {

/// Reads a photo-import CSV (the seed's `AD_user, path_to_file` and anything Excel or a script
/// writes): decodes it (CsvTextDecoder), splits records (CsvParser), finds the header and the
/// user and file columns, and resolves each file path (PathMapping). Problems of single lines
/// (an empty field, a missing column, an unclosed quote, an unmapped Windows path) stay with
/// their line so the good lines remain usable; only problems of the whole file (unreadable,
/// an unknown --user-column) are errors. Records whose fields are all empty (Excel's ",,,")
/// count as blank lines. Reads no photo files. Stateless; any thread.
class CsvImportReader
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::CsvImportReader)

public:
    [[nodiscard]] static Result<CsvImport> readFile(const QString& csvPath, const CsvImportOptions& options);
    /// `baseDir` is what relative paths are relative to (the CSV's folder).
    [[nodiscard]] static Result<CsvImport> read(const QByteArray& data, const QString& baseDir,
                                                const CsvImportOptions& options);

    /// Whether a header cell names a user column (AD_user, sAMAccountName, mail, UPN, DN ...).
    [[nodiscard]] static bool isUserColumnName(const QString& name);
    /// Whether a header cell names a file column (path_to_file, file, photo, picture ...).
    [[nodiscard]] static bool isFileColumnName(const QString& name);
};

} // namespace adphoto
