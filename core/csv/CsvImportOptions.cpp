#include "core/csv/CsvImportOptions.h"

namespace adphoto {

Result<QChar> CsvImportOptions::parseDelimiter(const QString& text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == QLatin1String("auto"))
        return QChar();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t") || t == QLatin1String("\t"))
        return QChar(QLatin1Char('\t'));
    if (t == QLatin1String("comma"))
        return QChar(QLatin1Char(','));
    if (t == QLatin1String("semicolon"))
        return QChar(QLatin1Char(';'));
    if (text.size() == 1 && text != QLatin1String("\"") && text != QLatin1String("\n") &&
        text != QLatin1String("\r"))
        return text.front();
    return fail(ErrorKind::Usage,
                tr("--delimiter takes one character, \"tab\" or \"auto\" (got \"%1\").").arg(text));
}

} // namespace adphoto
