#include "ldap/LdapUserListing.h"

#include "ldap/LdapEntry.h"
#include "ldap/LdapErrors.h"
#include "ldap/LdapSession.h"

#include <ldap.h>

namespace adphoto {

using ldaperrors::Operation;
using namespace ldapentry;

LdapUserListing::LdapUserListing(LdapSession& session, const UserQuery& query,
                                 std::function<bool()> cancelled)
    : m_session(session)
    , m_query(query)
    , m_base(query.baseDn.isEmpty() ? session.m_info.baseDn : query.baseDn)
    , m_cancelled(std::move(cancelled))
{}

Result<void> LdapUserListing::pagedSearch(const QString& filter, std::vector<QByteArray> attrs,
                                          const EntrySink& onEntry, const Deliver& deliver)
{
    LDAP* const ld = m_session.m_ld;
    const ConnectionSettings& settings = m_session.m_settings;
    auto attrArray = attributeArray(attrs);
    const QByteArray baseBytes = m_base.toUtf8();
    const QByteArray filterBytes = filter.toUtf8();
    QByteArray cookie;
    bool first = true;
    do {
        berval cookieValue{ber_len_t(cookie.size()), cookie.data()};
        LDAPControl* pageControl = nullptr;
        // RFC 2696 lets the client change the page size between the pages of one search.
        const int pageSize = first && m_query.firstPageSize > 0
                                 ? std::min(m_query.firstPageSize, settings.pageSize)
                                 : settings.pageSize;
        first = false;
        int rc = ldap_create_page_control(ld, ber_int_t(pageSize), cookie.isEmpty() ? nullptr : &cookieValue,
                                          1, &pageControl);
        if (rc != LDAP_SUCCESS)
            return std::unexpected(m_session.lastError(rc, int(Operation::Search), m_base));
        LDAPControl* controls[] = {pageControl, nullptr};
        int messageId = 0;
        timeval timeout{settings.timeoutSeconds, 0};
        rc = ldap_search_ext(ld, baseBytes.constData(), LDAP_SCOPE_SUBTREE, filterBytes.constData(),
                             attrArray.data(), 0, controls, nullptr, &timeout, 0, &messageId);
        ldap_control_free(pageControl);
        if (rc != LDAP_SUCCESS)
            return std::unexpected(m_session.lastError(rc, int(Operation::Search), m_base));
        cookie.clear();
        UserBatch batch;
        for (;;) {
            LDAPMessage* raw = nullptr;
            // One message at a time: an entry (with its photo) is freed before the next arrives.
            const auto got = m_session.nextMessage(messageId, m_base, &raw);
            MessagePtr message(raw);
            if (!got)
                return std::unexpected(got.error());
            rc = *got;
            if (rc == LDAP_RES_SEARCH_ENTRY) {
                onEntry(message.get(), batch);
                if (m_cancelled()) {
                    ldap_abandon_ext(ld, messageId, nullptr, nullptr);
                    return std::unexpected(LdapSession::cancelledError());
                }
                continue;
            }
            if (rc == LDAP_RES_SEARCH_REFERENCE)
                continue; // Configuration, DomainDnsZones, ...: not users
            if (rc != LDAP_RES_SEARCH_RESULT)
                continue;
            LDAPControl** serverControls = nullptr;
            const SearchResult result = parseSearchResult(ld, message.get(), &serverControls);
            if (result.parsed != LDAP_SUCCESS || result.code != LDAP_SUCCESS) {
                ldap_controls_free(serverControls);
                return std::unexpected(
                    ldaperrors::fromLdap(result.parsed != LDAP_SUCCESS ? result.parsed : result.code,
                                         result.diagnostic, Operation::Search, m_base));
            }
            if (LDAPControl* page = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr)) {
                ber_int_t estimate = 0;
                berval next{0, nullptr};
                if (ldap_parse_pageresponse_control(ld, page, &estimate, &next) == LDAP_SUCCESS &&
                    next.bv_val) {
                    cookie = QByteArray(next.bv_val, qsizetype(next.bv_len));
                    ldap_memfree(next.bv_val);
                }
            }
            ldap_controls_free(serverControls);
            break;
        }
        if (auto delivered = deliver(std::move(batch)); !delivered)
            return delivered;
        if (!cookie.isEmpty() && m_cancelled())
            return std::unexpected(LdapSession::cancelledError());
    } while (!cookie.isEmpty());
    return {};
}

Result<void> LdapUserListing::learnPresence(const UserBatch& page)
{
    if (m_presenceOfAll || page.isEmpty())
        return {};
    const QString withPhotoFilter =
        userFilter(QStringLiteral("(thumbnailPhoto=*)") + (m_firstPresence ? guidFilter(page) : QString()));
    m_presenceOfAll = !m_firstPresence;
    m_firstPresence = false;
    LDAP* const ld = m_session.m_ld;
    return pagedSearch(
        withPhotoFilter, {QByteArray("1.1")},
        [&](LDAPMessage* entry, UserBatch&) { m_withPhotoDns.insert(entryDn(ld, entry).toLower()); },
        [](UserBatch&&) -> Result<void> { return {}; });
}

Result<void> LdapUserListing::run(const PageSink& onPage, const PhotoSink& onPhoto)
{
    QString filter = userFilter();
    bool withPhoto = m_query.photoSizes || bool(onPhoto);
    if (m_query.missingOnly) {
        filter = userFilter(QStringLiteral("(!(thumbnailPhoto=*))"));
        withPhoto = false;
    }
    // With presence only, cheap searches without values ("1.1") find who has a photo: for the
    // first page by its users' GUIDs, then one paged search for all the others. Samba evaluates a
    // subtree search in full before it sends its first entry, so a presence search before the
    // listing would double the wait for the first rows.
    const bool presenceOnly = !withPhoto && !m_query.missingOnly;
    LDAP* const ld = m_session.m_ld;
    return pagedSearch(
        filter, userAttributes(withPhoto),
        [&](LDAPMessage* entry, UserBatch& batch) {
            QByteArray photo;
            UserRecord user = parseUser(ld, entry, withPhoto, onPhoto ? &photo : nullptr);
            if (onPhoto)
                onPhoto(user, photo);
            else
                batch.append(std::move(user));
        },
        [&](UserBatch&& batch) -> Result<void> {
            if (presenceOnly) {
                if (auto known = learnPresence(batch); !known)
                    return known;
                for (UserRecord& user : batch) {
                    user.hasPhoto = m_withPhotoDns.contains(user.dn.toLower());
                    user.photoBytes = user.hasPhoto ? -1 : 0;
                }
            }
            onPage(std::move(batch));
            return {};
        });
    // Every page reached the caller through onPage.
}

} // namespace adphoto
