#pragma once

#include "core/ConnectionSettings.h"
#include "core/Directory.h"

#include <memory>

namespace adphoto {

/// Directory on OpenLDAP's libldap and Cyrus SASL. Owns one LDAP connection that lives on a
/// private session thread; every call is queued there and answered through a QFuture, so no
/// caller ever blocks on the network (STYLE.md, pattern 2). Create and destroy it on one thread;
/// the destructor cancels queued work and waits for the call in progress to end.
class LdapDirectory final : public Directory
{
public:
    explicit LdapDirectory(ConnectionSettings settings);
    ~LdapDirectory() override;
    LdapDirectory(const LdapDirectory&) = delete;
    LdapDirectory& operator=(const LdapDirectory&) = delete;

    [[nodiscard]] QFuture<Result<ConnectionInfo>> open() override;
    [[nodiscard]] QFuture<Result<UserBatch>> listUsers(const UserQuery& query) override;
    [[nodiscard]] QFuture<Result<UserBatch>> previewUsers(const UserQuery& query, int rows) override;
    [[nodiscard]] QFuture<Result<void>> visitPhotos(const UserQuery& query, PhotoVisitor visitor) override;
    [[nodiscard]] QFuture<Result<UserRecord>> findUser(const QString& spec) override;
    [[nodiscard]] QFuture<Result<PhotoValue>> readPhoto(const QString& dn) override;
    [[nodiscard]] QFuture<Result<void>> writePhoto(const QString& dn, const QByteArray& expected,
                                                   const QByteArray& photo) override;
    [[nodiscard]] QFuture<Result<void>> removePhoto(const QString& dn, const QByteArray& expected) override;
    [[nodiscard]] QFuture<Result<bool>> canWritePhoto(const QString& dn) override;
    [[nodiscard]] QFuture<Result<QStringList>> childContainers(const QString& dn) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace adphoto
