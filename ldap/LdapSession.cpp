#include "ldap/LdapSession.h"

#include "ldap/DcLocator.h"
#include "ldap/LdapEntry.h"
#include "ldap/LdapErrors.h"
#include "ldap/LdapEscape.h"
#include "ldap/LdapUserListing.h"
#include "ldap/LdapUserPreview.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <ldap.h>
#include <sasl/sasl.h>

#include <memory>

namespace adphoto {

using ldaperrors::Operation;
using namespace ldapentry;

namespace {
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
    return LdapUserListing(*this, query, cancelled).run(onPage, onPhoto);
}

Result<void> LdapSession::previewUsers(const UserQuery& query, int rows,
                                       const std::function<void(UserBatch&&)>& onBatch,
                                       const std::function<bool()>& cancelled)
{
    if (rows <= 0)
        return {};
    if (auto c = ensureConnected(); !c)
        return c;
    return LdapUserPreview(*this, query, rows, cancelled).run(onBatch);
}

Error LdapSession::cancelledError()
{
    return Error{ErrorKind::Cancelled, tr("Cancelled."), {}, {}};
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
                                .arg(userFilter(), ldapescape::filterBytes(ldapescape::guidToBytes(*guid))),
                            true, 20);
    } else if (ldapescape::looksLikeDn(spec)) {
        found = searchUsers(spec, LDAP_SCOPE_BASE, userFilter(), true, 20);
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
            QStringLiteral("(&%1(|(sAMAccountName=%2)(userPrincipalName=%2)(mail=%2)))").arg(userFilter(), v),
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
        children << entryDn(m_ld, e);
    }
    children.sort(Qt::CaseInsensitive);
    return children;
}

} // namespace adphoto
