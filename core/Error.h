#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>

namespace adphoto {

/// What went wrong, as a category callers can act on. The English names returned by
/// errorKindName() appear in JSON output and are never translated.
enum class ErrorKind {
    Usage,              ///< bad command line or API arguments
    InvalidInput,       ///< a file, CSV line or value the user gave is unusable
    NotFound,           ///< no such user, file or entry
    Ambiguous,          ///< more than one object fits; nothing was done
    Conflict,           ///< someone else changed the value since it was read
    Connection,         ///< server down, unreachable, connection lost
    Timeout,            ///< the server did not answer in time
    Tls,                ///< TLS negotiation or certificate verification failed
    Authentication,     ///< bind refused (wrong password, locked, expired, no ticket ...)
    StrongAuthRequired, ///< the DC wants signing/sealing or TLS
    InsufficientAccess, ///< the bound identity may not do this
    ValueTooLarge,      ///< the server refused the value's size
    Directory,          ///< any other LDAP error
    Image,              ///< an image could not be decoded or encoded
    ImageTooLarge,      ///< the image exceeds the pixel or byte limits
    Io,                 ///< a local file could not be read or written
    Journal,            ///< the local journal (SQLite) failed
    Busy,               ///< another apply holds the journal lock
    Cancelled,          ///< the user cancelled
    Internal,           ///< a programming error surfaced as an error value
};

/// An error value: `message` is for people (translated), `detail` carries what the server or
/// library said (diagnostic text, DN, sub-code) and `candidates` lists the objects that made a
/// lookup ambiguous.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString detail;
    QStringList candidates;

    /// "message (detail)" or just the message, for one-line reports.
    [[nodiscard]] QString text() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template <class T> using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorKind kind, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{kind, std::move(message), std::move(detail), {}});
}

/// The stable English name of an error kind, used in JSON ("kind": "conflict").
[[nodiscard]] QString errorKindName(ErrorKind kind);

/// The process exit code CONTRACT.md assigns to an error kind (1, 2, 4, 5 or 130).
[[nodiscard]] int exitCodeFor(ErrorKind kind);

} // namespace adphoto
