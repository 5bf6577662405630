#pragma once

#include <QByteArray>
#include <QString>

/// The byte encodings Windows expects of each generated file. Pure functions: any thread.
namespace adphoto::deploy {

/// Windows line ends: every LF not already preceded by CR becomes CRLF.
[[nodiscard]] QString withCrLf(const QString& text);

/// UTF-8 with a byte-order mark (EF BB BF) and CRLF line ends: what PowerShell 5.1 needs to
/// read a script as UTF-8 rather than the ANSI code page.
[[nodiscard]] QByteArray utf8WithBom(const QString& text);
/// UTF-8 without a byte-order mark and with CRLF line ends (XML, README files).
[[nodiscard]] QByteArray utf8(const QString& text);
/// UTF-16 little-endian with a byte-order mark (FF FE) and CRLF line ends: scripts.ini,
/// psscripts.ini, GptTmpl.inf and Task Scheduler XML.
[[nodiscard]] QByteArray utf16LeWithBom(const QString& text);
/// UTF-16 little-endian code units without BOM or line-end changes (Registry.pol strings).
[[nodiscard]] QByteArray utf16Le(const QString& text);

} // namespace adphoto::deploy
