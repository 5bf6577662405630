#pragma once

#include "core/Error.h"

#include <QString>

namespace adphoto::ldaperrors {

/// What was being done when libldap returned an error; the same code means different things
/// (16 on a modify is a concurrent change, 21 on a photo write is "too large").
enum class Operation
{
    Connect,
    StartTls,
    Bind,
    Search,
    Modify,
    PhotoWrite,
    PhotoRemove
};

/// Turns a libldap result code plus the server's diagnostic text into a specific, readable
/// Error: AD's bind sub-codes (52e, 525, 530, 531, 532, 533, 701, 773, 775), Kerberos failures
/// (no ticket, expired ticket, clock skew, unknown service principal), TLS certificate problems,
/// strong-auth-required, access, size and conflict answers. Pure; any thread.
[[nodiscard]] Error fromLdap(int rc, const QString& diagnostic, Operation operation,
                             const QString& target = {});

/// The hex sub-code in AD's "AcceptSecurityContext error, data 52e" text, lower case, or empty.
[[nodiscard]] QString adSubCode(const QString& diagnostic);

} // namespace adphoto::ldaperrors
