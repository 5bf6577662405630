#pragma once

#include <QString>
#include <QStringView>

/// Quoting for each format the deploy generator writes. Every value an administrator typed
/// goes through one of these (after DeployOptions::validate()), never into a format raw.
/// Pure functions: any thread.
namespace adphoto::deploy {

/// A PowerShell single-quoted string literal: no variable or sub-expression expansion happens
/// inside it. Every character PowerShell accepts as a single quote (' U+2018 U+2019 U+201A
/// U+201B) is doubled, which is the only escape such a literal knows.
[[nodiscard]] QString psSingleQuoted(QStringView text);

/// Whether PowerShell treats `c` as a single quote.
[[nodiscard]] bool isPowerShellSingleQuote(QChar c);

/// XML character data: & < > escaped; characters XML 1.0 forbids become U+FFFD.
[[nodiscard]] QString xmlText(QStringView text);
/// An XML attribute value for double quotes: & < > " ' and tab/CR/LF as references.
[[nodiscard]] QString xmlAttribute(QStringView text);
/// One or more CDATA sections holding `text`: "]]>" is split across two sections, and
/// characters XML 1.0 forbids become U+FFFD.
[[nodiscard]] QString xmlCData(QStringView text);

/// HTML text or double-quoted attribute content (& < > " ').
[[nodiscard]] QString htmlText(QStringView text);

} // namespace adphoto::deploy
