#pragma once

#include "core/Error.h"
#include "core/UserRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace adphoto {

/// Finds the one user a CSV user column (or a command-line USER) names, among users already
/// listed — no directory access. The value may be a sAMAccountName (also DOMAIN\name), a
/// userPrincipalName, a mail address, an employeeID, a DN or `<GUID=...>`. Comparison is exact
/// apart from case (as AD compares these attributes); DNs also ignore spaces around `,` and `=`.
/// A value that fits several users is ErrorKind::Ambiguous with their sAMAccountNames as
/// candidates: it is reported, never picked. Immutable after construction; any thread.
class UserSpecResolver
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::UserSpecResolver)

public:
    explicit UserSpecResolver(QList<UserRecord> users);

    [[nodiscard]] Result<UserRecord> resolve(const QString& spec) const;
    [[nodiscard]] const QList<UserRecord>& users() const { return m_users; }

    /// A DN in the form the resolver compares (lower case, no spaces around separators).
    [[nodiscard]] static QString normalizedDn(const QString& dn);

private:
    QList<UserRecord> m_users;
    QHash<QString, QList<qsizetype>> m_byName; ///< sAMAccountName, UPN, mail, employeeID (lower case)
    QHash<QString, QList<qsizetype>> m_bySam;
    QHash<QString, QList<qsizetype>> m_byDn;
    QHash<QString, QList<qsizetype>> m_byGuid;
};

} // namespace adphoto
