#pragma once

#include "core/Directory.h"
#include "core/Error.h"
#include "core/journal/Journal.h"

#include <QByteArray>
#include <QString>

namespace adphoto {

/// How one write ended, as the journal and the reports name it.
enum class WriteOutcome { Written, Unchanged };

/// Changes one user's photo safely: the current value is backed up in the journal (committed)
/// before the LDAP write, the write is a compare-and-swap against that value, and the outcome
/// is journalled after. A journal failure stops before anything is written.
///
/// Blocking (it waits for the directory's futures): use it from a worker thread or the CLI,
/// never from the GUI thread. The journal must belong to the calling thread.
class PhotoWriter
{
public:
    PhotoWriter(Directory& directory, Journal& journal, ConnectionInfo connection);

    /// Sets `photo` on `user` if its photo is still `expected` (the value read before).
    /// Identical bytes are not written (WriteOutcome::Unchanged).
    [[nodiscard]] Result<WriteOutcome> set(const QString& importId, const UserRecord& user, const QByteArray& expected,
                                           const QByteArray& photo, const QString& file = {},
                                           const QString& action = QStringLiteral("set"));
    /// Removes the photo if it is still `expected`.
    [[nodiscard]] Result<WriteOutcome> remove(const QString& importId, const UserRecord& user,
                                              const QByteArray& expected);

private:
    [[nodiscard]] Result<WriteOutcome> apply(const QString& importId, const UserRecord& user, const QByteArray& expected,
                                             const QByteArray& photo, const QString& file, const QString& action);

    Directory& m_directory;
    Journal& m_journal;
    ConnectionInfo m_connection;
};

} // namespace adphoto
