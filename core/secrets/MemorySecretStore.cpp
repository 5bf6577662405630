#include "core/secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace adphoto {

QFuture<Result<std::optional<QString>>> MemorySecretStore::readPassword(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_available)
        return QtFuture::makeReadyFuture(Result<std::optional<QString>>(std::unexpected(unavailable())));
    const auto it = m_passwords.constFind(key);
    const std::optional<QString> value =
        it == m_passwords.cend() ? std::nullopt : std::optional<QString>(*it);
    return QtFuture::makeReadyFuture(Result<std::optional<QString>>(value));
}

QFuture<Result<void>> MemorySecretStore::writePassword(const QString& key, const QString& password)
{
    QMutexLocker lock(&m_mutex);
    if (!m_available)
        return QtFuture::makeReadyFuture(Result<void>(std::unexpected(unavailable())));
    m_passwords.insert(key, password);
    return QtFuture::makeReadyFuture(Result<void>());
}

QFuture<Result<void>> MemorySecretStore::removePassword(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_available)
        return QtFuture::makeReadyFuture(Result<void>(std::unexpected(unavailable())));
    m_passwords.remove(key);
    return QtFuture::makeReadyFuture(Result<void>());
}

void MemorySecretStore::setAvailable(bool available)
{
    QMutexLocker lock(&m_mutex);
    m_available = available;
}

int MemorySecretStore::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_passwords.size());
}

Error MemorySecretStore::unavailable() const
{
    return Error{ErrorKind::Io,
                 QCoreApplication::translate("adphoto::MemorySecretStore", "No keychain is available."),
                 {},
                 {}};
}

} // namespace adphoto
