#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace adphoto {

/// One CSV record: its fields as written (unquoted, nothing trimmed) and the 1-based physical
/// line it starts on. `problem` says (for people) what was wrong with it when it is malformed.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString problem;
};

/// An RFC 4180 reader that also copes with what real files contain: CRLF, LF or CR line ends,
/// quoted fields with delimiters, doubled quotes and line breaks, spaces before an opening or
/// after a closing quote, and quotes inside unquoted fields (kept literally). Lines that are
/// empty or only spaces make no record. A quote that is never closed makes an error record of
/// its line, and reading resumes on the next line, so one broken line does not swallow the rest.
/// Never throws or crashes on hostile input. Stateless; any thread.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::CsvParser)

public:
    /// The most consistent of `,` `;` tab and `|` over the first lines (`,` when none is used).
    [[nodiscard]] static QChar detectDelimiter(QStringView text);
    [[nodiscard]] static QList<CsvRecord> parse(QStringView text, QChar delimiter);
};

} // namespace adphoto
