#pragma once

#include "core/SecretStore.h"

#include <QObject>

namespace adphoto::gui {

/// SecretStore on the system keychain through QtKeychain (Secret Service/KWallet on Linux,
/// Keychain on macOS, Credential Manager on Windows). Never falls back to plain-text storage.
/// Without a keychain (SSH session, CI) every call fails quickly, or after `timeoutMs` when the
/// keychain does not answer, and the GUI then asks for the password. GUI thread only.
class QtKeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit QtKeychainSecretStore(QObject* parent = nullptr, int timeoutMs = 5000);

    [[nodiscard]] QFuture<Result<std::optional<QString>>> readPassword(const QString& key) override;
    [[nodiscard]] QFuture<Result<void>> writePassword(const QString& key, const QString& password) override;
    [[nodiscard]] QFuture<Result<void>> removePassword(const QString& key) override;

    /// The keychain service name entries are stored under.
    static constexpr auto kService = "adphoto";

private:
    int m_timeoutMs;
};

} // namespace adphoto::gui
