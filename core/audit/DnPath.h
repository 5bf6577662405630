#pragma once

#include <QString>
#include <QStringList>

namespace adphoto::dnpath {

/// Small, allocation-light helpers over RFC 4514 DN strings as AD returns them, for grouping
/// users by their OU. They respect escapes ("CN=O\, Brien", "OU=Sales\2C Marketing") and
/// compare case-insensitively, as AD does. Pure functions; any thread.

/// The RDNs of `dn`, leftmost first, as written (escapes kept, spaces around commas trimmed).
[[nodiscard]] QStringList split(const QString& dn);
/// Everything after the first RDN ("" for a single RDN or an empty DN).
[[nodiscard]] QString parent(const QString& dn);
/// Whether `dn` equals `base` or lies below it (case-insensitive, RDN by RDN).
[[nodiscard]] bool isWithin(const QString& dn, const QString& base);
/// Orders DNs as a tree listing does: a parent before its children, siblings alphabetically.
[[nodiscard]] bool treeLess(const QString& a, const QString& b);

} // namespace adphoto::dnpath
