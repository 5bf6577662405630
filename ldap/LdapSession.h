#pragma once

#include "core/ConnectionSettings.h"
#include "core/Directory.h"

#include <functional>

#include <QCoreApplication>

struct ldap;    // libldap's LDAP handle; <ldap.h> stays inside ldap/*.cpp
struct ldapmsg; // libldap's LDAPMessage

namespace adphoto {

/// One synchronous LDAP connection to one DC. Not thread-safe: LdapDirectory owns it and
/// uses it only from its session thread. After a lost connection the next call reconnects to
/// the same DC (one import talks to one DC from start to end).
class LdapSession
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::LdapSession)

public:
    explicit LdapSession(ConnectionSettings settings);
    ~LdapSession();
    LdapSession(const LdapSession&) = delete;
    LdapSession& operator=(const LdapSession&) = delete;

    [[nodiscard]] Result<ConnectionInfo> open();

    /// Calls `onPage` once per page; stops early (returning Cancelled) when `cancelled()` says so,
    /// checked between entries and between pages. With `onPhoto`, each entry goes to it with its
    /// photo bytes as it arrives (and not into the pages' batches), so photos are never held.
    [[nodiscard]] Result<void>
    listUsers(const UserQuery& query, const std::function<void(UserBatch&&)>& onPage,
              const std::function<bool()>& cancelled,
              const std::function<void(const UserRecord&, const QByteArray&)>& onPhoto = {});
    /// A quick first look at up to `rows` users of query's subtree, for a screen to fill while
    /// the full listing runs: one-level searches of its containers (OUs first), each answered at
    /// once even where the server evaluates a whole subtree before its first entry. Photo
    /// presence only (photoBytes -1 or 0). The users come in `onBatch` calls, one per container.
    /// Not a listing: containers past the first `rows` users are never read.
    [[nodiscard]] Result<void> previewUsers(const UserQuery& query, int rows,
                                            const std::function<void(UserBatch&&)>& onBatch,
                                            const std::function<bool()>& cancelled);
    [[nodiscard]] Result<UserRecord> findUser(const QString& spec);
    [[nodiscard]] Result<PhotoValue> readPhoto(const QString& dn);
    [[nodiscard]] Result<void> writePhoto(const QString& dn, const QByteArray& expected,
                                          const QByteArray& photo);
    [[nodiscard]] Result<void> removePhoto(const QString& dn, const QByteArray& expected);
    [[nodiscard]] Result<bool> canWritePhoto(const QString& dn);
    [[nodiscard]] Result<QStringList> childContainers(const QString& dn);

private:
    // They run one listUsers or previewUsers call each, over this session's handle.
    friend class LdapUserListing;
    friend class LdapUserPreview;

    /// The error of a call stopped because its caller cancelled it.
    [[nodiscard]] static Error cancelledError();
    [[nodiscard]] Result<void> connectTo(const QString& uri);
    [[nodiscard]] Result<void> ensureConnected();
    [[nodiscard]] Result<QList<UserRecord>> searchUsers(const QString& base, int scope, const QString& filter,
                                                        bool withPhoto, int limit);
    [[nodiscard]] Error lastError(int rc, int operation, const QString& target = {});
    /// Waits for the next message of search `messageId` (one at a time) and returns its type,
    /// the message in `message` for the caller to free. A timeout abandons the search; a timeout
    /// or a lost connection is an error about `target` (and drops the handle).
    [[nodiscard]] Result<int> nextMessage(int messageId, const QString& target, ldapmsg** message);
    void drop();

    ConnectionSettings m_settings;
    ConnectionInfo m_info;
    QString m_uri;
    ldap* m_ld = nullptr;
};

} // namespace adphoto
