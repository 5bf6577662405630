#pragma once

#include <QJsonValue>
#include <QString>

namespace adphoto {

/// How every CSV adphoto writes (CLI `--format csv`, audit and import-result exports, the
/// export index) turns values into fields, so the GUI's and the CLI's files are byte-identical.
class CsvField
{
public:
    /// One field, quoted when a spreadsheet would misread it (comma, quote, line break, outer
    /// spaces); a leading = + - @ is neutralised so a hostile value cannot become a formula.
    [[nodiscard]] static QString quote(const QString& text);
    /// A JSON value as CSV text: null is empty, arrays are joined with ';'.
    [[nodiscard]] static QString plainText(const QJsonValue& value);
};

} // namespace adphoto
