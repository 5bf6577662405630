#pragma once

#include "core/ConnectionSettings.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace adphoto {

class Settings;

/// Builds ConnectionSettings from the four sources CONTRACT.md orders:
/// command-line flag > ADPHOTO_* variable > named profile > ldap.conf/LDAPTLS_* (the last one is
/// applied by libldap itself in ldap/). Both executables use it, so they agree. Pure; any thread.
class ConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::ConnectionResolver)

public:
    /// The connection keys, as flag names without dashes (also the profile keys).
    [[nodiscard]] static QStringList keys();
    /// The ADPHOTO_* variable for a key ("ca-file" -> "ADPHOTO_CA_FILE").
    [[nodiscard]] static QString environmentName(const QString& key);

    /// `flags` holds only the flags the user gave. The profile is `flags["profile"]`, else
    /// ADPHOTO_PROFILE. The password comes from ADPHOTO_PASSWORD only here; prompting and
    /// --password-file are the caller's business. Warnings (e.g. ignored LDAPTLS_REQCERT) are
    /// appended to `warnings`.
    [[nodiscard]] static Result<ConnectionSettings> resolve(const QMap<QString, QString>& flags,
                                                            const QProcessEnvironment& env,
                                                            const Settings& settings, QStringList* warnings);
};

} // namespace adphoto
