// Finding the user a CSV line names, offline, never picking one of several.
#include "core/matching/UserSpecResolver.h"

#include "TestDirectory.h"

#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

UserSpecResolver resolver()
{
    QList<UserRecord> users = test::multilingualUsers();
    // Someone whose mail is another person's account name, to force an ambiguity.
    users.append(test::makeUser(u8("kmeier"), u8("Karl"), u8("Meier"), {}, u8("tweber"), {}));
    return UserSpecResolver(users);
}

QString account(const Result<UserRecord>& r)
{
    return r ? r->sAMAccountName : QString();
}

} // namespace

TEST(UserSpecResolver, AcceptsEveryWayOfNamingAUser)
{
    const UserSpecResolver r = resolver();
    EXPECT_EQ(account(r.resolve(u8("jmueller"))), u8("jmueller"));
    EXPECT_EQ(account(r.resolve(u8("  JMUELLER "))), u8("jmueller")) << "case and stray spaces do not matter";
    EXPECT_EQ(account(r.resolve(u8("jmueller@corp.example.test"))), u8("jmueller")) << "UPN";
    EXPECT_EQ(account(r.resolve(u8("Juergen.Mueller@corp.example.test"))), u8("jmueller")) << "mail";
    EXPECT_EQ(account(r.resolve(u8("004711"))), u8("tweber")) << "employeeID";
    EXPECT_EQ(account(r.resolve(u8("CORP\\lwisniewski"))), u8("lwisniewski"));
    EXPECT_EQ(account(r.resolve(u8("CN=Łukasz Wiśniewski,OU=Staff,DC=corp,DC=example,DC=test"))),
              u8("lwisniewski"));
    EXPECT_EQ(account(r.resolve(u8("cn=łukasz wiśniewski, ou=Staff, dc=corp, dc=example, dc=test"))),
              u8("lwisniewski"));
    EXPECT_EQ(account(r.resolve(test::nfd(u8("CN=Łukasz Wiśniewski,OU=Staff,DC=corp,DC=example,DC=test")))),
              u8("lwisniewski"))
        << "a DN in NFD, as a Mac writes it";
    const UserRecord zoltan = test::makeUser(u8("zkovacs"), u8("Zoltán"), u8("Kovács"), u8("Kovács Zoltán"));
    EXPECT_EQ(account(r.resolve(QStringLiteral("<GUID=%1>").arg(guidText(zoltan.objectGuid)))),
              u8("zkovacs"));
    EXPECT_EQ(account(r.resolve(guidText(zoltan.objectGuid))), u8("zkovacs"));
}

TEST(UserSpecResolver, UnknownEmptyAndAmbiguousAreReportedNotGuessed)
{
    const UserSpecResolver r = resolver();
    const auto unknown = r.resolve(u8("nobody"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(u8("nobody")));

    EXPECT_EQ(r.resolve(u8("   ")).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(r.resolve(u8("<GUID=not-a-guid>")).error().kind, ErrorKind::InvalidInput);
    // Names that fit by folding are not accepted here: the CSV must name the user exactly.
    EXPECT_FALSE(r.resolve(u8("Jurgen Muller")).has_value());

    const auto both = r.resolve(u8("tweber"));
    ASSERT_FALSE(both.has_value());
    EXPECT_EQ(both.error().kind, ErrorKind::Ambiguous);
    EXPECT_EQ(both.error().candidates, (QStringList{u8("tweber"), u8("kmeier")}));
}
