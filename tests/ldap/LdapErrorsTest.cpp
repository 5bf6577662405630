// Each way a bind or write fails reaches the admin as a specific sentence, not a number.
#include "ldap/LdapErrors.h"

#include <gtest/gtest.h>
#include <ldap.h>

using namespace adphoto;
using ldaperrors::Operation;

namespace {
Error bind(const char* diag)
{
    return ldaperrors::fromLdap(LDAP_INVALID_CREDENTIALS, QString::fromLatin1(diag), Operation::Bind);
}
} // namespace

TEST(LdapErrors, AdBindSubCodesGetTheirOwnMessages)
{
    const char* samba = "80090308: LdapErr: DSID-0C09041C, comment: AcceptSecurityContext error, data 52e, v1db1";
    EXPECT_EQ(ldaperrors::adSubCode(QString::fromLatin1(samba)), QStringLiteral("52e"));
    EXPECT_TRUE(bind(samba).message.contains(QStringLiteral("password")));
    EXPECT_TRUE(bind("AcceptSecurityContext error, data 775, v1db1").message.contains(QStringLiteral("locked")));
    EXPECT_TRUE(bind("AcceptSecurityContext error, data 533, v1db1").message.contains(QStringLiteral("disabled")));
    EXPECT_TRUE(bind("AcceptSecurityContext error, data 532, v1db1").message.contains(QStringLiteral("expired")));
    EXPECT_TRUE(bind("AcceptSecurityContext error, data 773, v1db1").message.contains(QStringLiteral("changed")));
    EXPECT_TRUE(bind("AcceptSecurityContext error, data 701, v1db1").message.contains(QStringLiteral("account has expired")));
    EXPECT_EQ(bind(samba).kind, ErrorKind::Authentication);
    EXPECT_TRUE(bind(samba).detail.contains(QStringLiteral("52e")));
}

TEST(LdapErrors, KerberosFailuresSayWhatToDo)
{
    auto e = ldaperrors::fromLdap(LDAP_LOCAL_ERROR,
                                  QStringLiteral("SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure.  "
                                                 "(No Kerberos credentials available (default cache: FILE:/tmp/x))"),
                                  Operation::Bind);
    EXPECT_EQ(e.kind, ErrorKind::Authentication);
    EXPECT_TRUE(e.message.contains(QStringLiteral("kinit")));
    auto skew = ldaperrors::fromLdap(LDAP_LOCAL_ERROR, QStringLiteral("GSSAPI Error: Clock skew too great"),
                                     Operation::Bind);
    EXPECT_TRUE(skew.message.contains(QStringLiteral("clock")));
    auto expired = ldaperrors::fromLdap(LDAP_LOCAL_ERROR, QStringLiteral("GSSAPI Error: Ticket expired"), Operation::Bind);
    EXPECT_TRUE(expired.message.contains(QStringLiteral("expired")));
}

TEST(LdapErrors, WriteAnswersMeanConflictOrTooLarge)
{
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_NO_SUCH_ATTRIBUTE, {}, Operation::PhotoWrite).kind, ErrorKind::Conflict);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_TYPE_OR_VALUE_EXISTS, {}, Operation::PhotoWrite).kind, ErrorKind::Conflict);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_INVALID_SYNTAX, {}, Operation::PhotoWrite).kind, ErrorKind::ValueTooLarge);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_CONSTRAINT_VIOLATION, {}, Operation::PhotoWrite).kind,
              ErrorKind::ValueTooLarge);
    EXPECT_TRUE(ldaperrors::fromLdap(LDAP_INVALID_SYNTAX, {}, Operation::PhotoWrite)
                    .message.contains(QStringLiteral("102,400")));
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_INSUFFICIENT_ACCESS, {}, Operation::PhotoWrite).kind,
              ErrorKind::InsufficientAccess);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_NO_SUCH_OBJECT, {}, Operation::PhotoWrite).kind, ErrorKind::NotFound);
}

TEST(LdapErrors, TransportProblemsAreConnectionTlsOrStrongAuth)
{
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_SERVER_DOWN, {}, Operation::Connect).kind, ErrorKind::Connection);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_SERVER_DOWN, QStringLiteral("TLS: peer cert untrusted or revoked"),
                                   Operation::Connect)
                  .kind,
              ErrorKind::Tls);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_CONNECT_ERROR, {}, Operation::StartTls).kind, ErrorKind::Tls);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_STRONG_AUTH_REQUIRED, QStringLiteral("BindSimple: Transport encryption required."),
                                   Operation::Bind)
                  .kind,
              ErrorKind::StrongAuthRequired);
    EXPECT_EQ(ldaperrors::fromLdap(LDAP_TIMEOUT, {}, Operation::Search).kind, ErrorKind::Timeout);
    EXPECT_EQ(exitCodeFor(ldaperrors::fromLdap(LDAP_SERVER_DOWN, {}, Operation::Search).kind), 4);
}
