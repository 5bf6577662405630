#pragma once

#include "core/Directory.h"

#include <QByteArray>
#include <QString>

#include <ldap.h>

#include <memory>
#include <vector>

/// What the ldap layer's searches share: the user filter and attributes, and reading a user
/// out of a search entry. Private to ldap/ (it includes <ldap.h>).
namespace adphoto::ldapentry {

/// User accounts: people, not contacts or computers; with `more`, only those that also match
/// these further terms, in the same AND ("(&(objectCategory=person)(objectClass=user)MORE)").
[[nodiscard]] QString userFilter(const QString& more = {});

[[nodiscard]] QString fromLdapString(const char* s);

/// The attributes of a UserRecord, and optionally the photo.
[[nodiscard]] std::vector<QByteArray> userAttributes(bool withPhoto);

/// A NULL-terminated char* array over `attrs`, valid while `attrs` lives.
[[nodiscard]] std::vector<char*> attributeArray(std::vector<QByteArray>& attrs);

[[nodiscard]] QByteArray firstValue(LDAP* ld, LDAPMessage* entry, const char* attr);

[[nodiscard]] QString entryDn(LDAP* ld, LDAPMessage* entry);

/// The user in `entry`; with `withPhoto`, its photo's size and hash too (and its bytes in `photo`).
[[nodiscard]] UserRecord parseUser(LDAP* ld, LDAPMessage* entry, bool withPhoto, QByteArray* photo = nullptr);

/// "(|(objectGUID=...)...)" for exactly `users`, each GUID escaped.
[[nodiscard]] QString guidFilter(const UserBatch& users);

/// What a search's final message says: `parsed`, libldap's code for reading it; `code`, the
/// server's result code; its diagnostic text.
struct SearchResult
{
    int parsed = LDAP_SUCCESS;
    int code = LDAP_SUCCESS;
    QString diagnostic;
};

/// Reads the search result `message`; with `controls`, also its server controls (the caller's
/// to free with ldap_controls_free).
[[nodiscard]] SearchResult parseSearchResult(LDAP* ld, LDAPMessage* message,
                                             LDAPControl*** controls = nullptr);

struct MessageDeleter
{
    void operator()(LDAPMessage* m) const { ldap_msgfree(m); }
};
using MessagePtr = std::unique_ptr<LDAPMessage, MessageDeleter>;

} // namespace adphoto::ldapentry
