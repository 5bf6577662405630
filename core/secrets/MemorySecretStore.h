#pragma once

#include "core/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace adphoto {

/// A SecretStore that keeps passwords in memory for the lifetime of the object: for tests, and
/// for sessions where no keychain is wanted. `setAvailable(false)` makes every call fail as a
/// missing keychain would. Thread-safe; futures are ready when returned.
class MemorySecretStore final : public SecretStore
{
public:
    [[nodiscard]] QFuture<Result<std::optional<QString>>> readPassword(const QString& key) override;
    [[nodiscard]] QFuture<Result<void>> writePassword(const QString& key, const QString& password) override;
    [[nodiscard]] QFuture<Result<void>> removePassword(const QString& key) override;

    /// Simulates a machine without a keychain (no Secret Service over SSH, in CI).
    void setAvailable(bool available);
    /// How many passwords are stored, for tests.
    [[nodiscard]] int count() const;

private:
    [[nodiscard]] Error unavailable() const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
    bool m_available = true;
};

} // namespace adphoto
