// Where connection settings come from (flag > variable > profile) and which combinations are refused.
#include "core/ConnectionResolver.h"
#include "core/Settings.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("adphoto.ini"))};
    QProcessEnvironment env;

    Result<ConnectionSettings> resolve(const QMap<QString, QString>& flags, QStringList* warnings = nullptr)
    {
        return ConnectionResolver::resolve(flags, env, settings, warnings);
    }
};
} // namespace

TEST(ConnectionResolver, FlagBeatsVariableBeatsProfile)
{
    Fixture f;
    f.settings.saveProfile(QStringLiteral("corp"), {{QStringLiteral("server"), QStringLiteral("ldaps://profile")},
                                                    {QStringLiteral("user"), QStringLiteral("p@corp")},
                                                    {QStringLiteral("base"), QStringLiteral("DC=profile")}});
    f.env.insert(QStringLiteral("ADPHOTO_PROFILE"), QStringLiteral("corp"));
    f.env.insert(QStringLiteral("ADPHOTO_USER"), QStringLiteral("env@corp"));
    f.env.insert(QStringLiteral("ADPHOTO_SERVER"), QStringLiteral("ldaps://env"));
    auto s = f.resolve({{QStringLiteral("server"), QStringLiteral("ldaps://flag")}});
    ASSERT_TRUE(s.has_value()) << s.error().text().toStdString();
    EXPECT_EQ(s->server, QStringLiteral("ldaps://flag"));
    EXPECT_EQ(s->user, QStringLiteral("env@corp"));
    EXPECT_EQ(s->baseDn, QStringLiteral("DC=profile"));
    EXPECT_EQ(s->effectiveBind(), BindMethod::Simple);
}

TEST(ConnectionResolver, BindDefaultsToGssapiWithoutAUser)
{
    Fixture f;
    auto s = f.resolve({{QStringLiteral("domain"), QStringLiteral("example.test")}});
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->effectiveBind(), BindMethod::Gssapi);
    EXPECT_EQ(s->pageSize, 1000);
    EXPECT_EQ(s->timeoutSeconds, 30);
}

TEST(ConnectionResolver, PlainSimpleBindIsRefused)
{
    Fixture f;
    auto s = f.resolve({{QStringLiteral("server"), QStringLiteral("ldap://dc")},
                        {QStringLiteral("user"), QStringLiteral("a@b")},
                        {QStringLiteral("tls"), QStringLiteral("none")}});
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().kind, ErrorKind::Usage);
}

TEST(ConnectionResolver, LdapsUriWithStartTlsIsAUsageError)
{
    Fixture f;
    auto s = f.resolve({{QStringLiteral("server"), QStringLiteral("ldaps://dc")},
                        {QStringLiteral("user"), QStringLiteral("a@b")},
                        {QStringLiteral("tls"), QStringLiteral("starttls")}});
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().kind, ErrorKind::Usage);
}

TEST(ConnectionResolver, ServerFlagOverridesDomainFromEnvironment)
{
    Fixture f;
    f.env.insert(QStringLiteral("ADPHOTO_DOMAIN"), QStringLiteral("example.test"));
    auto s = f.resolve({{QStringLiteral("server"), QStringLiteral("ldap://dc1")}});
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(s->domain.isEmpty());
    f.env.insert(QStringLiteral("ADPHOTO_SERVER"), QStringLiteral("ldap://dc2"));
    auto both = f.resolve({});
    ASSERT_FALSE(both.has_value());
    EXPECT_EQ(both.error().kind, ErrorKind::Usage);
}

TEST(ConnectionResolver, BadNumbersAndUnknownWordsAreUsageErrors)
{
    Fixture f;
    EXPECT_FALSE(f.resolve({{QStringLiteral("timeout"), QStringLiteral("soon")}}).has_value());
    EXPECT_FALSE(f.resolve({{QStringLiteral("page-size"), QStringLiteral("-3")}}).has_value());
    EXPECT_FALSE(f.resolve({{QStringLiteral("tls"), QStringLiteral("ssl3")}}).has_value());
    EXPECT_FALSE(f.resolve({{QStringLiteral("bind"), QStringLiteral("ntlm")}}).has_value());
    EXPECT_FALSE(f.resolve({{QStringLiteral("profile"), QStringLiteral("nope")}}).has_value());
    auto big = f.resolve({{QStringLiteral("page-size"), QStringLiteral("5000")}});
    ASSERT_TRUE(big.has_value());
    EXPECT_EQ(big->pageSize, 1000); // AD's MaxPageSize
}

TEST(ConnectionResolver, WeakeningLdaptlsReqcertIsIgnoredWithAWarning)
{
    Fixture f;
    f.env.insert(QStringLiteral("LDAPTLS_REQCERT"), QStringLiteral("never"));
    QStringList warnings;
    auto s = f.resolve({{QStringLiteral("server"), QStringLiteral("ldaps://dc")}}, &warnings);
    ASSERT_TRUE(s.has_value());
    EXPECT_FALSE(s->insecureSkipVerify);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("LDAPTLS_REQCERT")));
}

TEST(ConnectionResolver, PasswordComesOnlyFromTheEnvironmentNeverFromAProfile)
{
    Fixture f;
    f.settings.saveProfile(QStringLiteral("p"), {{QStringLiteral("user"), QStringLiteral("u@x")},
                                                 {QStringLiteral("password"), QStringLiteral("secret")}});
    f.settings.sync();
    QFile ini(f.settings.path());
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains("secret"));
    auto s = f.resolve({{QStringLiteral("profile"), QStringLiteral("p")}});
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(s->password.isEmpty());
    f.env.insert(QStringLiteral("ADPHOTO_PASSWORD"), QStringLiteral("pw"));
    EXPECT_EQ(f.resolve({{QStringLiteral("profile"), QStringLiteral("p")}})->password, QStringLiteral("pw"));
}
