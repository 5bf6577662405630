#include "ldap/LdapUserPreview.h"

#include "ldap/LdapEntry.h"
#include "ldap/LdapErrors.h"
#include "ldap/LdapSession.h"

#include <ldap.h>

namespace adphoto {

using ldaperrors::Operation;
using namespace ldapentry;

namespace {
char noAttrs[] = "1.1";
char* noAttrArray[] = {noAttrs, nullptr};

QString photoFilter(const QString& extra = {})
{
    return QStringLiteral("(&%1(thumbnailPhoto=*)%2)").arg(userFilter(), extra);
}
} // namespace

LdapUserPreview::LdapUserPreview(LdapSession& session, const UserQuery& query, int rows,
                                 std::function<bool()> cancelled)
    : m_session(session)
    , m_base(query.baseDn.isEmpty() ? session.m_info.baseDn : query.baseDn)
    , m_rows(rows)
    , m_presence(!query.missingOnly)
    , m_filter(
          (query.missingOnly ? QStringLiteral("(&%1(!(thumbnailPhoto=*)))").arg(userFilter()) : userFilter())
              .toUtf8())
    , m_cancelled(std::move(cancelled))
{}

Result<QStringList> LdapUserPreview::containers()
{
    LDAP* const ld = m_session.m_ld;
    // Few objects, so the server answers at once.
    timeval timeout{m_session.m_settings.timeoutSeconds, 0};
    LDAPMessage* raw = nullptr;
    const QByteArray baseBytes = m_base.toUtf8();
    const int rc = ldap_search_ext_s(ld, baseBytes.constData(), LDAP_SCOPE_SUBTREE,
                                     "(|(objectClass=organizationalUnit)(objectClass=container)"
                                     "(objectClass=builtinDomain)(objectClass=domainDNS))",
                                     noAttrArray, 0, nullptr, nullptr, &timeout, kMaxContainers, &raw);
    MessagePtr result(raw);
    if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED)
        return std::unexpected(m_session.lastError(rc, int(Operation::Search), m_base));
    QStringList ous;
    QStringList others;
    QStringList system;
    const QString systemSuffix = QStringLiteral("CN=System,") + m_session.m_info.defaultNamingContext;
    for (LDAPMessage* e = ldap_first_entry(ld, result.get()); e; e = ldap_next_entry(ld, e)) {
        const QString container = entryDn(ld, e);
        if (container.endsWith(systemSuffix, Qt::CaseInsensitive))
            system << container;
        else if (container.startsWith(QLatin1String("OU="), Qt::CaseInsensitive))
            ous << container;
        else
            others << container;
    }
    return ous + others + system;
}

Result<void> LdapUserPreview::collect(int id, const QString& dn, const EntrySink& onEntry, bool* truncated)
{
    for (;;) {
        LDAPMessage* message = nullptr;
        const auto got = m_session.nextMessage(id, dn, &message);
        MessagePtr owned(message);
        if (!got)
            return std::unexpected(got.error());
        if (*got == LDAP_RES_SEARCH_ENTRY) {
            onEntry(owned.get());
            continue;
        }
        if (*got != LDAP_RES_SEARCH_RESULT)
            continue;
        const SearchResult result = parseSearchResult(m_session.m_ld, owned.get());
        if (result.parsed != LDAP_SUCCESS)
            return std::unexpected(
                ldaperrors::fromLdap(result.parsed, result.diagnostic, Operation::Search, dn));
        if (result.code != LDAP_SUCCESS && result.code != LDAP_SIZELIMIT_EXCEEDED &&
            result.code != LDAP_NO_SUCH_OBJECT)
            return std::unexpected(
                ldaperrors::fromLdap(result.code, result.diagnostic, Operation::Search, dn));
        if (truncated)
            *truncated = result.code == LDAP_SIZELIMIT_EXCEEDED;
        return {};
    }
}

Result<void> LdapUserPreview::presenceByGuid(const UserBatch& batch, const QString& dn,
                                             QSet<QString>* withPhoto)
{
    withPhoto->clear();
    if (batch.isEmpty())
        return {};
    LDAP* const ld = m_session.m_ld;
    const QByteArray filter = photoFilter(guidFilter(batch)).toUtf8();
    const QByteArray dnBytes = dn.toUtf8();
    timeval timeout{m_session.m_settings.timeoutSeconds, 0};
    int id = 0;
    const int sent = ldap_search_ext(ld, dnBytes.constData(), LDAP_SCOPE_ONELEVEL, filter.constData(),
                                     noAttrArray, 0, nullptr, nullptr, &timeout, 0, &id);
    if (sent != LDAP_SUCCESS)
        return std::unexpected(m_session.lastError(sent, int(Operation::Search), dn));
    return collect(id, dn, [&](LDAPMessage* e) { withPhoto->insert(entryDn(ld, e).toLower()); });
}

void LdapUserPreview::abandon(const std::vector<int>& ids, size_t from)
{
    // Abandoning a search that has already ended is harmless: the server ignores it.
    for (size_t k = from; m_session.m_ld && k < ids.size(); ++k)
        ldap_abandon_ext(m_session.m_ld, ids[k], nullptr, nullptr);
}

Result<void> LdapUserPreview::send(const QStringList& containers, std::vector<int>* ids)
{
    LDAP* const ld = m_session.m_ld;
    timeval timeout{m_session.m_settings.timeoutSeconds, 0};
    auto attrs = userAttributes(false);
    auto attrArray = attributeArray(attrs);
    const QByteArray photoFilterBytes = photoFilter().toUtf8();
    for (const QString& container : containers) {
        const QByteArray dn = container.toUtf8();
        int id = 0;
        int rc = ldap_search_ext(ld, dn.constData(), LDAP_SCOPE_ONELEVEL, m_filter.constData(),
                                 attrArray.data(), 0, nullptr, nullptr, &timeout, m_rows, &id);
        if (rc == LDAP_SUCCESS)
            ids->push_back(id);
        // Every user with a photo in the container, without values: exact for whichever users
        // the size-limited users search returns, unless the server cuts it short too.
        if (rc == LDAP_SUCCESS && m_presence) {
            rc = ldap_search_ext(ld, dn.constData(), LDAP_SCOPE_ONELEVEL, photoFilterBytes.constData(),
                                 noAttrArray, 0, nullptr, nullptr, &timeout, 0, &id);
            if (rc == LDAP_SUCCESS)
                ids->push_back(id);
        }
        if (rc != LDAP_SUCCESS) {
            abandon(*ids, 0);
            return std::unexpected(m_session.lastError(rc, int(Operation::Search), container));
        }
    }
    return {};
}

Result<void> LdapUserPreview::read(const QStringList& containers, const std::vector<int>& ids,
                                   const BatchSink& onBatch, bool* done)
{
    // Per container: the users search, then (with presence) the photos one.
    const size_t perContainer = m_presence ? 2 : 1;
    for (size_t k = 0; k * perContainer < ids.size(); ++k) {
        const QString& dn = containers.at(qsizetype(k));
        UserBatch batch;
        QSet<QString> withPhoto;
        LDAP* const ld = m_session.m_ld;
        auto users = collect(ids[k * perContainer], dn,
                             [&](LDAPMessage* e) { batch.append(parseUser(ld, e, false)); });
        if (batch.size() > m_rows - m_delivered)
            batch.resize(m_rows - m_delivered);
        if (users && m_presence) {
            bool truncated = false;
            users = collect(
                ids[k * perContainer + 1], dn,
                [&](LDAPMessage* e) { withPhoto.insert(entryDn(ld, e).toLower()); }, &truncated);
            if (users && truncated)
                users = presenceByGuid(batch, dn, &withPhoto);
        }
        if (!users) {
            abandon(ids, k * perContainer); // this container's photo search too
            return users;
        }
        for (UserRecord& user : batch) {
            user.hasPhoto = withPhoto.contains(user.dn.toLower());
            user.photoBytes = user.hasPhoto ? -1 : 0;
        }
        m_delivered += int(batch.size());
        if (!batch.isEmpty())
            onBatch(std::move(batch));
        if (m_cancelled()) {
            abandon(ids, (k + 1) * perContainer);
            return std::unexpected(LdapSession::cancelledError());
        }
        if (m_delivered >= m_rows) {
            abandon(ids, (k + 1) * perContainer);
            *done = true;
            return {};
        }
    }
    return {};
}

Result<void> LdapUserPreview::run(const BatchSink& onBatch)
{
    if (m_rows <= 0)
        return {};
    const Result<QStringList> all = containers();
    if (!all)
        return std::unexpected(all.error());
    bool done = false;
    for (qsizetype first = 0; first < all->size() && !done; first += kWindow) {
        const QStringList window = all->mid(first, kWindow);
        std::vector<int> ids;
        if (auto sent = send(window, &ids); !sent)
            return sent;
        if (auto answered = read(window, ids, onBatch, &done); !answered)
            return answered;
    }
    return {};
}

} // namespace adphoto
