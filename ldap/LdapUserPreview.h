#pragma once

#include "core/Directory.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

struct ldapmsg; // libldap's LDAPMessage

namespace adphoto {

class LdapSession;

/// One LdapSession::previewUsers call: a quick first look at up to `rows` users of a query's
/// subtree. One small search finds the containers (OUs first, CN=System last); one-level user
/// searches of them then go out kWindow at a time, each with a "1.1" search for the users with
/// a photo, so that the server always has the next one queued. One-level searches use the
/// server's parent index, so each is answered at once, where a subtree search is evaluated in
/// full before its first entry. Lives for the call, on the session's thread.
class LdapUserPreview
{
public:
    using BatchSink = std::function<void(UserBatch&&)>;

    LdapUserPreview(LdapSession& session, const UserQuery& query, int rows, std::function<bool()> cancelled);

    /// See LdapSession::previewUsers.
    [[nodiscard]] Result<void> run(const BatchSink& onBatch);

private:
    static constexpr int kMaxContainers = 5000; ///< containers a preview looks at, at most
    static constexpr int kWindow = 8;           ///< one-level searches sent at once

    using EntrySink = std::function<void(ldapmsg*)>;

    /// The base's containers in the order they are read: OUs, other containers, CN=System.
    [[nodiscard]] Result<QStringList> containers();
    /// Sends the searches of `containers` (users, then photos when presence is wanted) and
    /// appends their ids to `ids`; on an error, abandons what it sent.
    [[nodiscard]] Result<void> send(const QStringList& containers, std::vector<int>* ids);
    /// Reads the answers of one window of `containers` (sent as `ids`) to `onBatch`. Sets `done`
    /// once `rows` users were delivered. Abandons what is left on an error, a cancel or when done.
    [[nodiscard]] Result<void> read(const QStringList& containers, const std::vector<int>& ids,
                                    const BatchSink& onBatch, bool* done);
    /// Waits for every message of search `id`, handing each entry to `onEntry`. A container that
    /// went away meanwhile (noSuchObject) and a server's size limit are not errors here.
    [[nodiscard]] Result<void> collect(int id, const QString& dn, const EntrySink& onEntry,
                                       bool* truncated = nullptr);
    /// Who of `batch` has a photo, when the container's presence search was cut short by the
    /// server's size limit: one "1.1" search for exactly these users, by GUID.
    [[nodiscard]] Result<void> presenceByGuid(const UserBatch& batch, const QString& dn,
                                              QSet<QString>* withPhoto);
    /// Abandons the searches `ids` from index `from` on. After a timeout or a lost connection
    /// the handle is gone (lastError drops it) and nothing is left to abandon.
    void abandon(const std::vector<int>& ids, size_t from);

    LdapSession& m_session;
    QString m_base;
    int m_rows;
    bool m_presence; ///< photo presence wanted (not for a missing-only query, where all lack one)
    QByteArray m_filter;
    std::function<bool()> m_cancelled;
    int m_delivered = 0;
};

} // namespace adphoto
