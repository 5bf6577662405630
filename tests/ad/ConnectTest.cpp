// Connecting to a real AD: TLS checked, binds that work, and the refusals an admin must see.
#include "TestDc.h"

#include "ldap/LdapDirectory.h"

#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
Result<ConnectionInfo> tryOpen(const ConnectionSettings& settings)
{
    LdapDirectory directory(settings);
    auto future = directory.open();
    future.waitForFinished();
    return future.result();
}
} // namespace

TEST(Connect, LdapsWithTheDcsCaBindsAndFindsTheNamingContext)
{
    const TestDc& dc = TestDc::instance();
    auto info = tryOpen(dc.admin(TlsMode::Ldaps));
    ASSERT_TRUE(info.has_value()) << info.error().text().toStdString();
    EXPECT_EQ(info->tls, QStringLiteral("ldaps"));
    EXPECT_EQ(info->baseDn, dc.value(QStringLiteral("ADPHOTO_TEST_BASE")));
    EXPECT_EQ(info->dcHost.toLower(), dc.value(QStringLiteral("ADPHOTO_TEST_HOST")));
    EXPECT_EQ(info->bindIdentity, dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
}

TEST(Connect, StartTlsOnPort389Works)
{
    auto info = tryOpen(TestDc::instance().admin(TlsMode::StartTls));
    ASSERT_TRUE(info.has_value()) << info.error().text().toStdString();
    EXPECT_EQ(info->tls, QStringLiteral("starttls"));
}

TEST(Connect, AnUntrustedCertificateIsRefused)
{
    for (TlsMode mode : {TlsMode::Ldaps, TlsMode::StartTls}) {
        ConnectionSettings s = TestDc::instance().admin(mode);
        s.caFile = TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_UNTRUSTED_CA"));
        auto info = tryOpen(s);
        ASSERT_FALSE(info.has_value()) << "mode " << int(mode);
        EXPECT_EQ(info.error().kind, ErrorKind::Tls) << info.error().text().toStdString();
        EXPECT_TRUE(info.error().message.contains(QStringLiteral("certificate")));
    }
}

TEST(Connect, InsecureSkipVerifyIsTheOnlyWayPastAnUntrustedCertificate)
{
    ConnectionSettings s = TestDc::instance().admin(TlsMode::Ldaps);
    s.caFile = TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_UNTRUSTED_CA"));
    s.insecureSkipVerify = true;
    auto info = tryOpen(s);
    EXPECT_TRUE(info.has_value()) << info.error().text().toStdString();
}

TEST(Connect, AWrongPasswordIsReportedAsSuch)
{
    ConnectionSettings s = TestDc::instance().admin();
    s.password = QStringLiteral("not-the-password");
    auto info = tryOpen(s);
    ASSERT_FALSE(info.has_value());
    EXPECT_EQ(info.error().kind, ErrorKind::Authentication);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("password"))) << info.error().text().toStdString();
    EXPECT_EQ(exitCodeFor(info.error().kind), 4);
}

TEST(Connect, AnEmptyPasswordIsNeverSentAsAnAnonymousBind)
{
    ConnectionSettings s = TestDc::instance().admin();
    s.password.clear();
    auto info = tryOpen(s);
    ASSERT_FALSE(info.has_value());
    EXPECT_EQ(info.error().kind, ErrorKind::Authentication);
}

TEST(Connect, APasswordIsNeverSentOverPlainLdap)
{
    ConnectionSettings s = TestDc::instance().admin(TlsMode::StartTls);
    s.tls = TlsMode::None; // what ConnectionResolver refuses; the session refuses it too
    auto info = tryOpen(s);
    ASSERT_FALSE(info.has_value());
    EXPECT_NE(info.error().kind, ErrorKind::Authentication) << "the bind must not even be tried";
}

TEST(Connect, AnUnreachableDcIsAConnectionError)
{
    ConnectionSettings s = TestDc::instance().admin();
    s.server = QStringLiteral("ldaps://127.0.0.1:1");
    s.timeoutSeconds = 5;
    auto info = tryOpen(s);
    ASSERT_FALSE(info.has_value());
    EXPECT_EQ(info.error().kind, ErrorKind::Connection) << info.error().text().toStdString();
}

TEST(Connect, TheNonAdminUserCanBind)
{
    auto info = tryOpen(TestDc::instance().nonAdmin());
    ASSERT_TRUE(info.has_value()) << info.error().text().toStdString();
}
