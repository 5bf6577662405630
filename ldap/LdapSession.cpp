#include "ldap/LdapSession.h"

#include "ldap/DcLocator.h"
#include "ldap/LdapErrors.h"
#include "ldap/LdapEscape.h"

#include "core/PhotoHash.h"

#include <QCoreApplication>
#include <QSet>
#include <QTcpSocket>

#include <ldap.h>
#include <sasl/sasl.h>

#include <memory>

namespace adphoto {

using ldaperrors::Operation;

namespace {
const QString userFilter = QStringLiteral("(&(objectCategory=person)(objectClass=user))");
constexpr int uacAccountDisable = 0x2;

QString fromLdapString(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// The attributes of a UserRecord, and optionally the photo.
std::vector<QByteArray> userAttributes(bool withPhoto)
{
    std::vector<QByteArray> attrs = {"objectGUID",  "sAMAccountName", "userPrincipalName",
                                     "displayName", "givenName",      "sn",
                                     "mail",        "employeeID",     "userAccountControl"};
    if (withPhoto)
        attrs.emplace_back("thumbnailPhoto");
    return attrs;
}

// A NULL-terminated char* array over `attrs`, valid while `attrs` lives.
std::vector<char*> attributeArray(std::vector<QByteArray>& attrs)
{
    std::vector<char*> out;
    for (QByteArray& a : attrs)
        out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

QByteArray firstValue(LDAP* ld, LDAPMessage* entry, const char* attr, int* count = nullptr)
{
    berval** values = ldap_get_values_len(ld, entry, attr);
    if (!values) {
        if (count)
            *count = 0;
        return {};
    }
    if (count)
        *count = ldap_count_values_len(values);
    QByteArray value = values[0] ? QByteArray(values[0]->bv_val, qsizetype(values[0]->bv_len)) : QByteArray();
    ldap_value_free_len(values);
    return value;
}

UserRecord parseUser(LDAP* ld, LDAPMessage* entry, bool withPhoto, QByteArray* photo = nullptr)
{
    UserRecord u;
    char* dn = ldap_get_dn(ld, entry);
    u.dn = fromLdapString(dn);
    ldap_memfree(dn);
    auto text = [&](const char* attr) { return QString::fromUtf8(firstValue(ld, entry, attr)); };
    u.objectGuid = ldapescape::guidFromBytes(firstValue(ld, entry, "objectGUID"));
    u.sAMAccountName = text("sAMAccountName");
    u.userPrincipalName = text("userPrincipalName");
    u.displayName = text("displayName");
    u.givenName = text("givenName");
    u.sn = text("sn");
    u.mail = text("mail");
    u.employeeID = text("employeeID");
    u.disabled = (text("userAccountControl").toLongLong() & uacAccountDisable) != 0;
    if (withPhoto) {
        const QByteArray bytes = firstValue(ld, entry, "thumbnailPhoto");
        u.hasPhoto = !bytes.isEmpty();
        u.photoBytes = bytes.size();
        u.photoSha256 = photoSha256(bytes);
        if (photo)
            *photo = bytes;
    }
    return u;
}

int saslInteract(LDAP*, unsigned, void*, void* in)
{
    // GSSAPI takes everything from the ticket cache; answer any prompt with its default.
    for (auto* interact = static_cast<sasl_interact_t*>(in); interact->id != SASL_CB_LIST_END; ++interact) {
        interact->result = interact->defresult ? interact->defresult : "";
        interact->len = unsigned(strlen(static_cast<const char*>(interact->result)));
    }
    return LDAP_SUCCESS;
}

bool tcpReachable(const QString& uri, int timeoutSeconds)
{
    LDAPURLDesc* url = nullptr;
    if (ldap_url_parse(uri.toUtf8().constData(), &url) != LDAP_URL_SUCCESS || !url)
        return false;
    const QString host = QString::fromUtf8(url->lud_host ? url->lud_host : "");
    const int port = url->lud_port;
    ldap_free_urldesc(url);
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    const bool reachable = socket.waitForConnected(timeoutSeconds * 1000);
    socket.abort();
    return reachable;
}

struct MessageDeleter
{
    void operator()(LDAPMessage* m) const { ldap_msgfree(m); }
};
using MessagePtr = std::unique_ptr<LDAPMessage, MessageDeleter>;
} // namespace

LdapSession::LdapSession(ConnectionSettings settings)
    : m_settings(std::move(settings))
{}

LdapSession::~LdapSession()
{
    drop();
    // The password is not needed after the session ends.
    m_settings.password.fill(QLatin1Char('\0'));
}

void LdapSession::drop()
{
    if (m_ld) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
}

Result<int> LdapSession::nextMessage(int messageId, const QString& target, LDAPMessage** message)
{
    timeval wait{m_settings.timeoutSeconds, 0};
    const int type = ldap_result(m_ld, messageId, LDAP_MSG_ONE, &wait, message);
    if (type == 0) {
        ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
        return std::unexpected(lastError(LDAP_TIMEOUT, int(Operation::Search), target));
    }
    if (type < 0) {
        int code = LDAP_OTHER;
        ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &code);
        return std::unexpected(lastError(code, int(Operation::Search), target));
    }
    return type;
}

Error LdapSession::lastError(int rc, int operation, const QString& target)
{
    QString diag;
    if (m_ld) {
        char* msg = nullptr;
        if (ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &msg) == LDAP_OPT_SUCCESS && msg) {
            diag = QString::fromUtf8(msg).trimmed();
            ldap_memfree(msg);
        }
    }
    Error error = ldaperrors::fromLdap(rc, diag, static_cast<Operation>(operation), target);
    if (rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR || rc == LDAP_TIMEOUT)
        drop(); // the next call reconnects to the same DC
    return error;
}

Result<void> LdapSession::connectTo(const QString& uri)
{
    drop();
    const QByteArray uriBytes = uri.toUtf8();
    if (ldap_initialize(&m_ld, uriBytes.constData()) != LDAP_SUCCESS || !m_ld)
        return fail(ErrorKind::Usage, tr("\"%1\" is not a usable LDAP URI.").arg(uri));

    const bool ldaps = uri.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
    const BindMethod bind = m_settings.effectiveBind();
    TlsMode tls = m_settings.tls;
    if (ldaps)
        tls = TlsMode::Ldaps;
    else if (tls == TlsMode::Default || tls == TlsMode::Ldaps)
        tls = bind == BindMethod::Gssapi && tls == TlsMode::Default ? TlsMode::None : TlsMode::StartTls;

    int version = LDAP_VERSION3;
    ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval timeout{m_settings.timeoutSeconds, 0};
    ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &timeout);
    // Certificates are always checked unless the user said otherwise on this very run;
    // LDAPTLS_REQCERT from the environment or ldap.conf does not weaken this.
    int reqcert = m_settings.insecureSkipVerify ? LDAP_OPT_X_TLS_NEVER : LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &reqcert);
    if (!m_settings.caFile.isEmpty()) {
        const QByteArray ca = m_settings.caFile.toLocal8Bit();
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, ca.constData());
    }
    int newContext = 0;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &newContext);
    if (bind == BindMethod::Gssapi)
        ldap_set_option(m_ld, LDAP_OPT_X_SASL_NOCANON, LDAP_OPT_ON);

    int rc = ldap_connect(m_ld);
    if (rc != LDAP_SUCCESS) {
        // libldap says "can't contact" both for a closed port and a failed LDAPS handshake;
        // a plain TCP connect tells the two apart.
        const bool tlsFailed = ldaps && tcpReachable(uri, m_settings.timeoutSeconds);
        return std::unexpected(lastError(rc, int(tlsFailed ? Operation::StartTls : Operation::Connect), uri));
    }
    if (tls == TlsMode::StartTls) {
        rc = ldap_start_tls_s(m_ld, nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return std::unexpected(lastError(rc, int(Operation::StartTls), uri));
    }
    const bool tlsInPlace = ldap_tls_inplace(m_ld) != 0;
    if (tls != TlsMode::None && !tlsInPlace)
        return fail(ErrorKind::Tls, tr("TLS was not established with %1.").arg(uri));

    m_info.uri = uri;
    m_info.tls = tlsModeName(tls);
    m_info.bindMethod = bindMethodName(bind);
    if (bind == BindMethod::Simple) {
        if (!tlsInPlace)
            return fail(ErrorKind::Usage, tr("Refusing to send a password over an unprotected connection."));
        if (m_settings.password.isEmpty())
            // AD treats a simple bind with an empty password as an anonymous bind that "succeeds".
            return fail(ErrorKind::Authentication, tr("The password is empty."));
        QByteArray user = m_settings.user.toUtf8();
        QByteArray password = m_settings.password.toUtf8();
        berval credentials{ber_len_t(password.size()), password.data()};
        rc = ldap_sasl_bind_s(m_ld, user.constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr,
                              nullptr);
        password.fill('\0');
        if (rc != LDAP_SUCCESS)
            return std::unexpected(lastError(rc, int(Operation::Bind), m_settings.user));
        m_info.bindIdentity = m_settings.user;
        m_info.ssf = 0;
    } else {
        // AD refuses SASL sign/seal inside TLS; on plain LDAP it is what makes signing work.
        const char* secprops = tlsInPlace ? "maxssf=0" : "minssf=56";
        ldap_set_option(m_ld, LDAP_OPT_X_SASL_SECPROPS, secprops);
#ifdef LDAP_OPT_X_SASL_CBINDING
        if (tlsInPlace) {
            int binding = LDAP_OPT_X_SASL_CBINDING_TLS_ENDPOINT;
            ldap_set_option(m_ld, LDAP_OPT_X_SASL_CBINDING, &binding);
        }
#endif
        rc = ldap_sasl_interactive_bind_s(m_ld, nullptr, "GSSAPI", nullptr, nullptr, LDAP_SASL_QUIET,
                                          saslInteract, nullptr);
        if (rc != LDAP_SUCCESS)
            return std::unexpected(lastError(rc, int(Operation::Bind), uri));
        sasl_ssf_t ssf = 0;
        ldap_get_option(m_ld, LDAP_OPT_X_SASL_SSF, &ssf);
        m_info.ssf = int(ssf);
        if (!tlsInPlace && ssf < 56)
            return fail(
                ErrorKind::StrongAuthRequired,
                tr("The Kerberos session is not sealed (SSF %1 < 56); refusing an unprotected connection.")
                    .arg(ssf));
        char* name = nullptr;
        if (ldap_get_option(m_ld, LDAP_OPT_X_SASL_USERNAME, &name) == LDAP_OPT_SUCCESS && name) {
            m_info.bindIdentity = QString::fromUtf8(name);
            ldap_memfree(name);
        }
    }
    return {};
}

Result<ConnectionInfo> LdapSession::open()
{
    QStringList uris;
    const bool ldapsWanted = m_settings.tls == TlsMode::Ldaps;
    if (!m_settings.server.isEmpty()) {
        if (m_settings.server.contains(QLatin1String("://"))) {
            QString uri = m_settings.server;
            if (ldapsWanted && uri.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive))
                uri = QStringLiteral("ldaps://") + uri.mid(7);
            uris << uri;
        } else {
            uris << (ldapsWanted ? QStringLiteral("ldaps://") : QStringLiteral("ldap://")) +
                        m_settings.server;
        }
    } else if (!m_settings.domain.isEmpty()) {
        auto dcs = DcLocator::find(m_settings.domain, m_settings.dnsServer, m_settings.timeoutSeconds);
        if (!dcs)
            return std::unexpected(dcs.error());
        for (const DcRecord& dc : *dcs) {
            uris << (ldapsWanted ? QStringLiteral("ldaps://%1").arg(dc.host)
                                 : QStringLiteral("ldap://%1:%2").arg(dc.host).arg(dc.port));
        }
    } else {
        char* configured = nullptr;
        if (ldap_get_option(nullptr, LDAP_OPT_URI, &configured) == LDAP_OPT_SUCCESS && configured) {
            uris = QString::fromUtf8(configured).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            ldap_memfree(configured);
        }
        if (uris.isEmpty())
            return fail(ErrorKind::Usage,
                        tr("No server given: use --server URI or --domain NAME (or ADPHOTO_SERVER, "
                           "ADPHOTO_DOMAIN, a profile, or URI in ldap.conf)."));
    }

    Error lastFailure;
    for (const QString& uri : uris) {
        auto connected = connectTo(uri);
        if (connected) {
            m_uri = uri;
            lastFailure = {};
            break;
        }
        lastFailure = connected.error();
        // Only an unreachable DC is a reason to try the next one; a refused bind is final.
        if (lastFailure.kind != ErrorKind::Connection && lastFailure.kind != ErrorKind::Timeout)
            break;
    }
    if (m_uri.isEmpty())
        return std::unexpected(lastFailure);

    // RootDSE: where to search and which DC we are on.
    std::vector<QByteArray> attrs = {"defaultNamingContext", "dnsHostName"};
    auto attrArray = attributeArray(attrs);
    LDAPMessage* raw = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    const int rc = ldap_search_ext_s(m_ld, "", LDAP_SCOPE_BASE, "(objectClass=*)", attrArray.data(), 0,
                                     nullptr, nullptr, &timeout, 0, &raw);
    MessagePtr result(raw);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(lastError(rc, int(Operation::Search), QStringLiteral("RootDSE")));
    if (LDAPMessage* entry = ldap_first_entry(m_ld, result.get())) {
        m_info.defaultNamingContext = QString::fromUtf8(firstValue(m_ld, entry, "defaultNamingContext"));
        m_info.dcHost = QString::fromUtf8(firstValue(m_ld, entry, "dnsHostName"));
    }
    m_info.baseDn = m_settings.baseDn.isEmpty() ? m_info.defaultNamingContext : m_settings.baseDn;
    if (m_info.baseDn.isEmpty())
        return fail(ErrorKind::Directory,
                    tr("The DC did not tell its defaultNamingContext; give --base DN."));
    return m_info;
}

Result<void> LdapSession::ensureConnected()
{
    if (m_ld)
        return {};
    if (m_uri.isEmpty())
        return fail(ErrorKind::Internal, tr("The directory is not open."));
    return connectTo(m_uri);
}

Result<void> LdapSession::listUsers(const UserQuery& query, const std::function<void(UserBatch&&)>& onPage,
                                    const std::function<bool()>& cancelled,
                                    const std::function<void(const UserRecord&, const QByteArray&)>& onPhoto)
{
    if (auto c = ensureConnected(); !c)
        return c;
    const QString base = query.baseDn.isEmpty() ? m_info.baseDn : query.baseDn;
    QString filter = userFilter;
    bool withPhoto = query.photoSizes || bool(onPhoto);
    if (query.missingOnly) {
        filter = QStringLiteral("(&(objectCategory=person)(objectClass=user)(!(thumbnailPhoto=*)))");
        withPhoto = false;
    }

    // With presence only, cheap searches without values ("1.1") find who has a photo: for the
    // first page by its users' GUIDs, then one paged search for all the others. Samba evaluates a
    // subtree search in full before it sends its first entry, so a presence search before the
    // listing would double the wait for the first rows.
    QSet<QString> withPhotoDns;
    bool firstPresence = true; ///< the first page asks by GUID
    bool presenceOfAll = false;
    const bool presenceOnly = !withPhoto && !query.missingOnly;

    using Deliver = std::function<Result<void>(UserBatch &&)>;
    auto pagedSearch = [&](const QString& searchFilter, std::vector<QByteArray> attrs,
                           const std::function<void(LDAPMessage*, UserBatch&)>& onEntry,
                           const Deliver& deliver) -> Result<void> {
        auto attrArray = attributeArray(attrs);
        const QByteArray baseBytes = base.toUtf8();
        const QByteArray filterBytes = searchFilter.toUtf8();
        QByteArray cookie;
        bool first = true;
        do {
            berval cookieValue{ber_len_t(cookie.size()), cookie.data()};
            LDAPControl* pageControl = nullptr;
            // RFC 2696 lets the client change the page size between the pages of one search.
            const int pageSize = first && query.firstPageSize > 0
                                     ? std::min(query.firstPageSize, m_settings.pageSize)
                                     : m_settings.pageSize;
            first = false;
            int rc = ldap_create_page_control(m_ld, ber_int_t(pageSize),
                                              cookie.isEmpty() ? nullptr : &cookieValue, 1, &pageControl);
            if (rc != LDAP_SUCCESS)
                return std::unexpected(lastError(rc, int(Operation::Search), base));
            LDAPControl* controls[] = {pageControl, nullptr};
            int messageId = 0;
            timeval timeout{m_settings.timeoutSeconds, 0};
            rc = ldap_search_ext(m_ld, baseBytes.constData(), LDAP_SCOPE_SUBTREE, filterBytes.constData(),
                                 attrArray.data(), 0, controls, nullptr, &timeout, 0, &messageId);
            ldap_control_free(pageControl);
            if (rc != LDAP_SUCCESS)
                return std::unexpected(lastError(rc, int(Operation::Search), base));
            cookie.clear();
            UserBatch batch;
            for (;;) {
                LDAPMessage* raw = nullptr;
                // One message at a time: an entry (with its photo) is freed before the next arrives.
                const auto got = nextMessage(messageId, base, &raw);
                MessagePtr message(raw);
                if (!got)
                    return std::unexpected(got.error());
                rc = *got;
                if (rc == LDAP_RES_SEARCH_ENTRY) {
                    onEntry(message.get(), batch);
                    if (cancelled()) {
                        ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                        return fail(ErrorKind::Cancelled, tr("Cancelled."));
                    }
                    continue;
                }
                if (rc == LDAP_RES_SEARCH_REFERENCE)
                    continue; // Configuration, DomainDnsZones, ...: not users
                if (rc != LDAP_RES_SEARCH_RESULT)
                    continue;
                int code = LDAP_SUCCESS;
                char* diagnostic = nullptr;
                LDAPControl** serverControls = nullptr;
                rc = ldap_parse_result(m_ld, message.get(), &code, nullptr, &diagnostic, nullptr,
                                       &serverControls, 0);
                const QString diag = fromLdapString(diagnostic);
                ldap_memfree(diagnostic);
                if (rc != LDAP_SUCCESS || code != LDAP_SUCCESS) {
                    ldap_controls_free(serverControls);
                    return std::unexpected(
                        ldaperrors::fromLdap(rc != LDAP_SUCCESS ? rc : code, diag, Operation::Search, base));
                }
                if (LDAPControl* page =
                        ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr)) {
                    ber_int_t estimate = 0;
                    berval next{0, nullptr};
                    if (ldap_parse_pageresponse_control(m_ld, page, &estimate, &next) == LDAP_SUCCESS &&
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
            if (!cookie.isEmpty() && cancelled())
                return fail(ErrorKind::Cancelled, tr("Cancelled."));
        } while (!cookie.isEmpty());
        return {};
    };

    const QString withPhotoFilter =
        QStringLiteral("(&(objectCategory=person)(objectClass=user)(thumbnailPhoto=*)%1)");
    auto collectDn = [&](LDAPMessage* entry, UserBatch&) {
        char* dn = ldap_get_dn(m_ld, entry);
        withPhotoDns.insert(fromLdapString(dn).toLower());
        ldap_memfree(dn);
    };
    auto presenceOf = [&](const UserBatch& batch) -> Result<void> {
        if (presenceOfAll || batch.isEmpty())
            return {};
        if (firstPresence) {
            firstPresence = false;
            QString byGuid = QStringLiteral("(|");
            for (const UserRecord& u : batch)
                byGuid += QStringLiteral("(objectGUID=%1)")
                              .arg(ldapescape::filterBytes(ldapescape::guidToBytes(u.objectGuid)));
            byGuid += QLatin1Char(')');
            return pagedSearch(withPhotoFilter.arg(byGuid), {QByteArray("1.1")}, collectDn,
                               [](UserBatch&&) -> Result<void> { return {}; });
        }
        presenceOfAll = true;
        return pagedSearch(withPhotoFilter.arg(QString()), {QByteArray("1.1")}, collectDn,
                           [](UserBatch&&) -> Result<void> { return {}; });
    };
    return pagedSearch(
        filter, userAttributes(withPhoto),
        [&](LDAPMessage* entry, UserBatch& batch) {
            QByteArray photo;
            UserRecord user = parseUser(m_ld, entry, withPhoto, onPhoto ? &photo : nullptr);
            if (onPhoto)
                onPhoto(user, photo);
            else
                batch.append(std::move(user));
        },
        [&](UserBatch&& batch) -> Result<void> {
            if (presenceOnly) {
                if (auto known = presenceOf(batch); !known)
                    return known;
                for (UserRecord& user : batch) {
                    user.hasPhoto = withPhotoDns.contains(user.dn.toLower());
                    user.photoBytes = user.hasPhoto ? -1 : 0;
                }
            }
            onPage(std::move(batch));
            return {};
        });
    // Every page reached the caller through onPage.
}

Result<void> LdapSession::previewUsers(const UserQuery& query, int rows,
                                       const std::function<void(UserBatch&&)>& onBatch,
                                       const std::function<bool()>& cancelled)
{
    if (rows <= 0)
        return {};
    if (auto c = ensureConnected(); !c)
        return c;
    const QString base = query.baseDn.isEmpty() ? m_info.baseDn : query.baseDn;
    const QByteArray baseBytes = base.toUtf8();
    timeval timeout{m_settings.timeoutSeconds, 0};

    // The containers: few objects, so the server answers at once (OU first, CN=System last).
    char noAttrs[] = "1.1";
    char* containerAttrs[] = {noAttrs, nullptr};
    LDAPMessage* raw = nullptr;
    int rc = ldap_search_ext_s(m_ld, baseBytes.constData(), LDAP_SCOPE_SUBTREE,
                               "(|(objectClass=organizationalUnit)(objectClass=container)"
                               "(objectClass=builtinDomain)(objectClass=domainDNS))",
                               containerAttrs, 0, nullptr, nullptr, &timeout, kPreviewContainers, &raw);
    MessagePtr containersResult(raw);
    if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED)
        return std::unexpected(lastError(rc, int(Operation::Search), base));
    QStringList ous;
    QStringList others;
    QStringList system;
    const QString systemSuffix = QStringLiteral("CN=System,") + m_info.defaultNamingContext;
    for (LDAPMessage* e = ldap_first_entry(m_ld, containersResult.get()); e; e = ldap_next_entry(m_ld, e)) {
        char* dn = ldap_get_dn(m_ld, e);
        const QString container = fromLdapString(dn);
        ldap_memfree(dn);
        if (container.endsWith(systemSuffix, Qt::CaseInsensitive))
            system << container;
        else if (container.startsWith(QLatin1String("OU="), Qt::CaseInsensitive))
            ous << container;
        else
            others << container;
    }
    containersResult.reset();
    const QStringList containers = ous + others + system;

    const bool presence = !query.missingOnly;
    const QString filter =
        query.missingOnly ? QStringLiteral("(&%1(!(thumbnailPhoto=*)))").arg(userFilter) : userFilter;
    const QByteArray filterBytes = filter.toUtf8();
    auto attrs = userAttributes(false);
    auto attrArray = attributeArray(attrs);

    // Waits for every message of search `id`, handing each entry to `onEntry`. A container that
    // went away meanwhile (noSuchObject) and a server's size limit are not errors here.
    auto collect = [&](int id, const QString& dn, const std::function<void(LDAPMessage*)>& onEntry,
                       bool* truncated = nullptr) -> Result<void> {
        for (;;) {
            LDAPMessage* message = nullptr;
            const auto got = nextMessage(id, dn, &message);
            MessagePtr owned(message);
            if (!got)
                return std::unexpected(got.error());
            if (*got == LDAP_RES_SEARCH_ENTRY) {
                onEntry(owned.get());
                continue;
            }
            if (*got != LDAP_RES_SEARCH_RESULT)
                continue;
            int code = LDAP_SUCCESS;
            char* diagnostic = nullptr;
            const int parsed =
                ldap_parse_result(m_ld, owned.get(), &code, nullptr, &diagnostic, nullptr, nullptr, 0);
            const QString diag = fromLdapString(diagnostic);
            ldap_memfree(diagnostic);
            if (parsed != LDAP_SUCCESS)
                return std::unexpected(ldaperrors::fromLdap(parsed, diag, Operation::Search, dn));
            if (code != LDAP_SUCCESS && code != LDAP_SIZELIMIT_EXCEEDED && code != LDAP_NO_SUCH_OBJECT)
                return std::unexpected(ldaperrors::fromLdap(code, diag, Operation::Search, dn));
            if (truncated)
                *truncated = code == LDAP_SIZELIMIT_EXCEEDED;
            return {};
        }
    };
    auto collectDn = [&](QSet<QString>& into) {
        return [&](LDAPMessage* e) {
            char* entryDn = ldap_get_dn(m_ld, e);
            into.insert(fromLdapString(entryDn).toLower());
            ldap_memfree(entryDn);
        };
    };
    const QByteArray photoFilterBytes = QStringLiteral("(&%1(thumbnailPhoto=*))").arg(userFilter).toUtf8();

    // Who of `batch` has a photo, when the container's presence search was cut short by the
    // server's size limit: one "1.1" search for exactly these users, by GUID.
    auto presenceByGuid = [&](const UserBatch& batch, const QString& dn,
                              QSet<QString>& withPhoto) -> Result<void> {
        withPhoto.clear();
        if (batch.isEmpty())
            return {};
        QString byGuid = QStringLiteral("(|");
        for (const UserRecord& u : batch)
            byGuid += QStringLiteral("(objectGUID=%1)")
                          .arg(ldapescape::filterBytes(ldapescape::guidToBytes(u.objectGuid)));
        byGuid += QLatin1Char(')');
        const QByteArray photoFilter =
            QStringLiteral("(&%1(thumbnailPhoto=*)%2)").arg(userFilter, byGuid).toUtf8();
        const QByteArray dnBytes = dn.toUtf8();
        int id = 0;
        const int sent =
            ldap_search_ext(m_ld, dnBytes.constData(), LDAP_SCOPE_ONELEVEL, photoFilter.constData(),
                            containerAttrs, 0, nullptr, nullptr, &timeout, 0, &id);
        if (sent != LDAP_SUCCESS)
            return std::unexpected(lastError(sent, int(Operation::Search), dn));
        return collect(id, dn, collectDn(withPhoto));
    };

    // One-level searches use the server's parent index: each costs what its container holds.
    // They go out a window at a time, so the server always has the next one queued.
    int delivered = 0;
    for (qsizetype first = 0; first < containers.size() && delivered < rows; first += kPreviewWindow) {
        const qsizetype last = std::min(containers.size(), first + kPreviewWindow);
        std::vector<int> ids; // per container: the users search, then (with presence) the photos one
        const size_t perContainer = presence ? 2 : 1;
        // Searches still open when the preview stops are abandoned, so that none keeps the
        // server busy or leaves replies on the connection. After a timeout or a lost
        // connection the handle is gone (lastError drops it) and nothing is left to abandon.
        // (Abandoning a search that has already ended is harmless: the server ignores it.)
        auto abandonFrom = [&](size_t container) {
            for (size_t k = container * perContainer; m_ld && k < ids.size(); ++k)
                ldap_abandon_ext(m_ld, ids[k], nullptr, nullptr);
        };
        for (qsizetype i = first; i < last; ++i) {
            const QByteArray dn = containers.at(i).toUtf8();
            int id = 0;
            rc = ldap_search_ext(m_ld, dn.constData(), LDAP_SCOPE_ONELEVEL, filterBytes.constData(),
                                 attrArray.data(), 0, nullptr, nullptr, &timeout, rows, &id);
            if (rc == LDAP_SUCCESS)
                ids.push_back(id);
            // Every user with a photo in the container, without values: exact for whichever
            // users the size-limited users search returns, unless the server cuts it short too.
            if (rc == LDAP_SUCCESS && presence) {
                rc = ldap_search_ext(m_ld, dn.constData(), LDAP_SCOPE_ONELEVEL, photoFilterBytes.constData(),
                                     containerAttrs, 0, nullptr, nullptr, &timeout, 0, &id);
                if (rc == LDAP_SUCCESS)
                    ids.push_back(id);
            }
            if (rc != LDAP_SUCCESS) {
                abandonFrom(0);
                return std::unexpected(lastError(rc, int(Operation::Search), containers.at(i)));
            }
        }
        for (size_t k = 0; k * perContainer < ids.size(); ++k) {
            const QString& dn = containers.at(first + qsizetype(k));
            UserBatch batch;
            QSet<QString> withPhoto;
            auto users = collect(ids[k * perContainer], dn,
                                 [&](LDAPMessage* e) { batch.append(parseUser(m_ld, e, false)); });
            if (batch.size() > rows - delivered)
                batch.resize(rows - delivered);
            if (users && presence) {
                bool truncated = false;
                users = collect(ids[k * perContainer + 1], dn, collectDn(withPhoto), &truncated);
                if (users && truncated)
                    users = presenceByGuid(batch, dn, withPhoto);
            }
            if (!users) {
                abandonFrom(k); // this container's photo search too
                return users;
            }
            for (UserRecord& user : batch) {
                user.hasPhoto = withPhoto.contains(user.dn.toLower());
                user.photoBytes = user.hasPhoto ? -1 : 0;
            }
            delivered += int(batch.size());
            if (!batch.isEmpty())
                onBatch(std::move(batch));
            if (cancelled()) {
                abandonFrom(k + 1);
                return fail(ErrorKind::Cancelled, tr("Cancelled."));
            }
            if (delivered >= rows) {
                abandonFrom(k + 1);
                break;
            }
        }
    }
    return {};
}

Result<QList<UserRecord>> LdapSession::searchUsers(const QString& base, int scope, const QString& filter,
                                                   bool withPhoto, int limit)
{
    if (auto c = ensureConnected(); !c)
        return std::unexpected(c.error());
    auto attrs = userAttributes(withPhoto);
    auto attrArray = attributeArray(attrs);
    LDAPMessage* raw = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    const QByteArray baseBytes = base.toUtf8();
    const QByteArray filterBytes = filter.toUtf8();
    const int rc = ldap_search_ext_s(m_ld, baseBytes.constData(), scope, filterBytes.constData(),
                                     attrArray.data(), 0, nullptr, nullptr, &timeout, limit, &raw);
    MessagePtr result(raw);
    if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED)
        return std::unexpected(lastError(rc, int(Operation::Search), base));
    QList<UserRecord> users;
    for (LDAPMessage* e = ldap_first_entry(m_ld, result.get()); e; e = ldap_next_entry(m_ld, e))
        users << parseUser(m_ld, e, withPhoto);
    return users;
}

Result<UserRecord> LdapSession::findUser(const QString& rawSpec)
{
    const QString spec = rawSpec.trimmed();
    if (spec.isEmpty())
        return fail(ErrorKind::Usage, tr("No user given."));
    Result<QList<UserRecord>> found;
    if (const auto guid = ldapescape::parseGuidSpec(spec)) {
        found = searchUsers(m_info.baseDn, LDAP_SCOPE_SUBTREE,
                            QStringLiteral("(&%1(objectGUID=%2))")
                                .arg(userFilter, ldapescape::filterBytes(ldapescape::guidToBytes(*guid))),
                            true, 20);
    } else if (ldapescape::looksLikeDn(spec)) {
        found = searchUsers(spec, LDAP_SCOPE_BASE, userFilter, true, 20);
        if (!found && found.error().kind == ErrorKind::NotFound)
            found = QList<UserRecord>();
    } else {
        QString name = spec;
        // DOMAIN\user names the same account as its sAMAccountName.
        if (const qsizetype slash = name.indexOf(QLatin1Char('\\')); slash > 0)
            name = name.mid(slash + 1);
        const QString v = ldapescape::filterValue(name);
        found = searchUsers(
            m_info.baseDn, LDAP_SCOPE_SUBTREE,
            QStringLiteral("(&%1(|(sAMAccountName=%2)(userPrincipalName=%2)(mail=%2)))").arg(userFilter, v),
            true, 20);
    }
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorKind::NotFound, tr("No user \"%1\" under %2.").arg(spec, m_info.baseDn));
    if (found->size() > 1) {
        Error error{ErrorKind::Ambiguous,
                    tr("\"%1\" matches %2 users; nothing was done. Name one by DN or <GUID=...>.")
                        .arg(spec)
                        .arg(found->size()),
                    {},
                    {}};
        for (const UserRecord& u : *found)
            error.candidates
                << QStringLiteral("%1  %2  <GUID=%3>").arg(u.sAMAccountName, u.dn, guidText(u.objectGuid));
        return std::unexpected(error);
    }
    return found->first();
}

Result<PhotoValue> LdapSession::readPhoto(const QString& dn)
{
    if (auto c = ensureConnected(); !c)
        return std::unexpected(c.error());
    auto attrs = userAttributes(true);
    auto attrArray = attributeArray(attrs);
    LDAPMessage* raw = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    const QByteArray dnBytes = dn.toUtf8();
    const int rc = ldap_search_ext_s(m_ld, dnBytes.constData(), LDAP_SCOPE_BASE, "(objectClass=*)",
                                     attrArray.data(), 0, nullptr, nullptr, &timeout, 0, &raw);
    MessagePtr result(raw);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(lastError(rc, int(Operation::Search), dn));
    LDAPMessage* entry = ldap_first_entry(m_ld, result.get());
    if (!entry)
        return fail(ErrorKind::NotFound, tr("No such user: %1").arg(dn));
    PhotoValue value;
    value.user = parseUser(m_ld, entry, true, &value.bytes);
    return value;
}

Result<void> LdapSession::writePhoto(const QString& dn, const QByteArray& expected, const QByteArray& photo)
{
    if (auto c = ensureConnected(); !c)
        return c;
    if (photo.isEmpty())
        return fail(ErrorKind::Usage, tr("An empty photo cannot be written; remove the photo instead."));
    char attribute[] = "thumbnailPhoto";
    QByteArray oldBytes = expected;
    QByteArray newBytes = photo;
    berval oldValue{ber_len_t(oldBytes.size()), oldBytes.data()};
    berval newValue{ber_len_t(newBytes.size()), newBytes.data()};
    berval* oldValues[] = {&oldValue, nullptr};
    berval* newValues[] = {&newValue, nullptr};
    LDAPMod remove{};
    remove.mod_op = LDAP_MOD_DELETE | LDAP_MOD_BVALUES;
    remove.mod_type = attribute;
    remove.mod_bvalues = oldValues;
    LDAPMod add{};
    add.mod_op = LDAP_MOD_ADD | LDAP_MOD_BVALUES;
    add.mod_type = attribute;
    add.mod_bvalues = newValues;
    // Delete-old + add-new in one modify is atomic on the DC: if the old value is no longer
    // there, nothing changes (16), and an add onto an existing value fails (20).
    LDAPMod* withOld[] = {&remove, &add, nullptr};
    LDAPMod* withoutOld[] = {&add, nullptr};
    const QByteArray dnBytes = dn.toUtf8();
    const int rc = ldap_modify_ext_s(m_ld, dnBytes.constData(), expected.isEmpty() ? withoutOld : withOld,
                                     nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(lastError(rc, int(Operation::PhotoWrite), dn));
    return {};
}

Result<void> LdapSession::removePhoto(const QString& dn, const QByteArray& expected)
{
    if (auto c = ensureConnected(); !c)
        return c;
    if (expected.isEmpty())
        return fail(ErrorKind::NotFound, tr("The user has no photo to remove."));
    char attribute[] = "thumbnailPhoto";
    QByteArray oldBytes = expected;
    berval oldValue{ber_len_t(oldBytes.size()), oldBytes.data()};
    berval* oldValues[] = {&oldValue, nullptr};
    LDAPMod remove{};
    remove.mod_op = LDAP_MOD_DELETE | LDAP_MOD_BVALUES;
    remove.mod_type = attribute;
    remove.mod_bvalues = oldValues;
    LDAPMod* mods[] = {&remove, nullptr};
    const QByteArray dnBytes = dn.toUtf8();
    const int rc = ldap_modify_ext_s(m_ld, dnBytes.constData(), mods, nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(lastError(rc, int(Operation::PhotoRemove), dn));
    return {};
}

Result<bool> LdapSession::canWritePhoto(const QString& dn)
{
    if (auto c = ensureConnected(); !c)
        return std::unexpected(c.error());
    char attr[] = "allowedAttributesEffective";
    char* attrs[] = {attr, nullptr};
    LDAPMessage* raw = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    const QByteArray dnBytes = dn.toUtf8();
    const int rc = ldap_search_ext_s(m_ld, dnBytes.constData(), LDAP_SCOPE_BASE, "(objectClass=*)", attrs, 0,
                                     nullptr, nullptr, &timeout, 0, &raw);
    MessagePtr result(raw);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(lastError(rc, int(Operation::Search), dn));
    LDAPMessage* entry = ldap_first_entry(m_ld, result.get());
    if (!entry)
        return fail(ErrorKind::NotFound, tr("No such object: %1").arg(dn));
    berval** values = ldap_get_values_len(m_ld, entry, attr);
    bool allowed = false;
    for (int i = 0; values && values[i]; ++i) {
        if (QByteArray(values[i]->bv_val, qsizetype(values[i]->bv_len))
                .compare("thumbnailPhoto", Qt::CaseInsensitive) == 0)
            allowed = true;
    }
    ldap_value_free_len(values);
    return allowed;
}

Result<QStringList> LdapSession::childContainers(const QString& dn)
{
    if (auto c = ensureConnected(); !c)
        return std::unexpected(c.error());
    char noAttrs[] = "1.1";
    char* attrs[] = {noAttrs, nullptr};
    LDAPMessage* raw = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    const QByteArray dnBytes = (dn.isEmpty() ? m_info.baseDn : dn).toUtf8();
    const int rc = ldap_search_ext_s(
        m_ld, dnBytes.constData(), LDAP_SCOPE_ONELEVEL,
        "(|(objectClass=organizationalUnit)(objectClass=container)(objectClass=builtinDomain))", attrs, 0,
        nullptr, nullptr, &timeout, 0, &raw);
    MessagePtr result(raw);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(lastError(rc, int(Operation::Search), dn));
    QStringList children;
    for (LDAPMessage* e = ldap_first_entry(m_ld, result.get()); e; e = ldap_next_entry(m_ld, e)) {
        char* childDn = ldap_get_dn(m_ld, e);
        children << fromLdapString(childDn);
        ldap_memfree(childDn);
    }
    children.sort(Qt::CaseInsensitive);
    return children;
}

} // namespace adphoto
