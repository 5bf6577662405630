#pragma once

#include "core/ConnectionSettings.h"
#include "core/Error.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace adphoto {

/// Where remembered bind passwords live: the system keychain in the GUI (QtKeychain, in
/// app/gui), an in-memory store in tests (core/secrets/MemorySecretStore). Never QSettings,
/// never a command line. Calls return at once with a future; a store that cannot reach its
/// keychain answers with an error, and callers then ask for the password instead. Use a store
/// from the thread that created it (keychain jobs are tied to that thread's event loop).
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The password stored under `key`, or nullopt when none is stored.
    [[nodiscard]] virtual QFuture<Result<std::optional<QString>>> readPassword(const QString& key) = 0;
    /// Stores (replaces) the password under `key`.
    [[nodiscard]] virtual QFuture<Result<void>> writePassword(const QString& key,
                                                              const QString& password) = 0;
    /// Forgets the password under `key`; forgetting a missing one is not an error.
    [[nodiscard]] virtual QFuture<Result<void>> removePassword(const QString& key) = 0;

    /// The key a connection's password is stored under: the bind user and where it binds, so
    /// that the same account on the same server shares one entry across profiles.
    [[nodiscard]] static QString passwordKey(const ConnectionSettings& settings)
    {
        const QString where = settings.server.isEmpty() ? settings.domain : settings.server;
        return settings.user.trimmed().toLower() + QLatin1Char('@') + where.trimmed().toLower();
    }
};

} // namespace adphoto
