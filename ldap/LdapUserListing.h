#pragma once

#include "core/Directory.h"

#include <QSet>
#include <QString>

#include <functional>
#include <vector>

struct ldapmsg; // libldap's LDAPMessage

namespace adphoto {

class LdapSession;

/// One LdapSession::listUsers call: the paged subtree search of a query's users and, when only
/// photo presence is wanted, the cheap "1.1" searches that tell who has a photo. Lives for the
/// call, on the session's thread, over the session's connected handle.
class LdapUserListing
{
public:
    using PageSink = std::function<void(UserBatch&&)>;
    using PhotoSink = std::function<void(const UserRecord&, const QByteArray&)>;

    LdapUserListing(LdapSession& session, const UserQuery& query, std::function<bool()> cancelled);

    /// See LdapSession::listUsers.
    [[nodiscard]] Result<void> run(const PageSink& onPage, const PhotoSink& onPhoto);

private:
    using EntrySink = std::function<void(ldapmsg*, UserBatch&)>;
    using Deliver = std::function<Result<void>(UserBatch&&)>;

    /// One paged subtree search of the base: every entry to `onEntry`, every page to `deliver`.
    [[nodiscard]] Result<void> pagedSearch(const QString& filter, std::vector<QByteArray> attrs,
                                           const EntrySink& onEntry, const Deliver& deliver);
    /// Learns who of `page` has a photo: the first page by its users' GUIDs, then, for all the
    /// later pages at once, one search for every user with a photo.
    [[nodiscard]] Result<void> learnPresence(const UserBatch& page);

    LdapSession& m_session;
    UserQuery m_query;
    QString m_base;
    std::function<bool()> m_cancelled;
    QSet<QString> m_withPhotoDns; ///< lower-cased
    bool m_firstPresence = true;
    bool m_presenceOfAll = false;
};

} // namespace adphoto
