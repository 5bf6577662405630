#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace adphoto {

/// Text decoded from a CSV file's bytes, and the encoding it was read as.
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252" or the name asked for
    bool bom = false;
};

/// Turns a CSV file's bytes into text. `auto` recognises a UTF-8 or UTF-16 (LE/BE) byte-order
/// mark, UTF-16 without one (Excel's "Unicode text" files always have one, other tools not),
/// then valid UTF-8, and falls back to Windows-1252 (what Excel writes as "CSV" on Western
/// Windows). Any other name is looked up in ICU's converters ("windows-1250", "iso-8859-2" ...).
/// Stateless; any thread.
class CsvTextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::CsvTextDecoder)

public:
    [[nodiscard]] static Result<DecodedText> decode(const QByteArray& data,
                                                    const QString& encoding = QStringLiteral("auto"));
    [[nodiscard]] static bool isValidUtf8(const QByteArray& data);
};

} // namespace adphoto
