#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace adphoto::ldapescape {

/// RFC 4515: a value for an LDAP filter assertion, with * ( ) \ NUL and non-ASCII-safe bytes
/// escaped as \XX. Every user-typed value goes through this before it reaches a filter.
[[nodiscard]] QString filterValue(const QString& value);
/// RFC 4515 for binary values (objectGUID, photo bytes): every byte as \XX.
[[nodiscard]] QString filterBytes(const QByteArray& bytes);
/// RFC 4514: one attribute value for a DN (escapes , + " \ < > ; = leading # or space,
/// trailing space, NUL).
[[nodiscard]] QString dnValue(const QString& value);

/// objectGUID bytes as AD stores them (Microsoft's mixed-endian layout) <-> QUuid.
[[nodiscard]] QUuid guidFromBytes(const QByteArray& bytes);
[[nodiscard]] QByteArray guidToBytes(const QUuid& guid);

/// Parses "<GUID=xxxxxxxx-...>" (braces optional); nullopt if `spec` is not of that form.
[[nodiscard]] std::optional<QUuid> parseGuidSpec(const QString& spec);
/// Whether `text` parses as an LDAP DN with at least one RDN of the form attr=value.
[[nodiscard]] bool looksLikeDn(const QString& text);

} // namespace adphoto::ldapescape
