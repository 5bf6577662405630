#include "ldap/LdapEntry.h"

#include "ldap/LdapEscape.h"

#include "core/PhotoHash.h"

namespace adphoto::ldapentry {

namespace {
constexpr int uacAccountDisable = 0x2;
}

QString userFilter(const QString& more)
{
    return QStringLiteral("(&(objectCategory=person)(objectClass=user)%1)").arg(more);
}

QString fromLdapString(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

std::vector<QByteArray> userAttributes(bool withPhoto)
{
    std::vector<QByteArray> attrs = {"objectGUID",  "sAMAccountName", "userPrincipalName",
                                     "displayName", "givenName",      "sn",
                                     "mail",        "employeeID",     "userAccountControl"};
    if (withPhoto)
        attrs.emplace_back("thumbnailPhoto");
    return attrs;
}

std::vector<char*> attributeArray(std::vector<QByteArray>& attrs)
{
    std::vector<char*> out;
    for (QByteArray& a : attrs)
        out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

QByteArray firstValue(LDAP* ld, LDAPMessage* entry, const char* attr)
{
    berval** values = ldap_get_values_len(ld, entry, attr);
    if (!values)
        return {};
    QByteArray value = values[0] ? QByteArray(values[0]->bv_val, qsizetype(values[0]->bv_len)) : QByteArray();
    ldap_value_free_len(values);
    return value;
}

QString entryDn(LDAP* ld, LDAPMessage* entry)
{
    char* dn = ldap_get_dn(ld, entry);
    QString text = fromLdapString(dn);
    ldap_memfree(dn);
    return text;
}

UserRecord parseUser(LDAP* ld, LDAPMessage* entry, bool withPhoto, QByteArray* photo)
{
    UserRecord u;
    u.dn = entryDn(ld, entry);
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

SearchResult parseSearchResult(LDAP* ld, LDAPMessage* message, LDAPControl*** controls)
{
    SearchResult result;
    char* diagnostic = nullptr;
    result.parsed = ldap_parse_result(ld, message, &result.code, nullptr, &diagnostic, nullptr, controls, 0);
    result.diagnostic = fromLdapString(diagnostic);
    ldap_memfree(diagnostic);
    return result;
}

QString guidFilter(const UserBatch& users)
{
    QString filter = QStringLiteral("(|");
    for (const UserRecord& u : users)
        filter += QStringLiteral("(objectGUID=%1)")
                      .arg(ldapescape::filterBytes(ldapescape::guidToBytes(u.objectGuid)));
    filter += QLatin1Char(')');
    return filter;
}

} // namespace adphoto::ldapentry
