#include "core/Error.h"

namespace adphoto {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return QStringLiteral("usage");
    case ErrorKind::InvalidInput: return QStringLiteral("invalidInput");
    case ErrorKind::NotFound: return QStringLiteral("notFound");
    case ErrorKind::Ambiguous: return QStringLiteral("ambiguous");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Connection: return QStringLiteral("connection");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::Authentication: return QStringLiteral("authentication");
    case ErrorKind::StrongAuthRequired: return QStringLiteral("strongAuthRequired");
    case ErrorKind::InsufficientAccess: return QStringLiteral("insufficientAccess");
    case ErrorKind::ValueTooLarge: return QStringLiteral("valueTooLarge");
    case ErrorKind::Directory: return QStringLiteral("directory");
    case ErrorKind::Image: return QStringLiteral("image");
    case ErrorKind::ImageTooLarge: return QStringLiteral("imageTooLarge");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Journal: return QStringLiteral("journal");
    case ErrorKind::Busy: return QStringLiteral("busy");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return 2;
    case ErrorKind::Connection:
    case ErrorKind::Timeout:
    case ErrorKind::Tls:
    case ErrorKind::Authentication:
    case ErrorKind::StrongAuthRequired: return 4;
    case ErrorKind::Ambiguous:
    case ErrorKind::Conflict: return 5;
    case ErrorKind::Cancelled: return 130;
    default: return 1;
    }
}

} // namespace adphoto
