// Values typed by users never change the structure of an LDAP filter or DN.
#include "ldap/LdapEscape.h"

#include <gtest/gtest.h>

using namespace adphoto;

TEST(LdapEscape, FilterSpecialCharactersAreHexEscaped)
{
    EXPECT_EQ(ldapescape::filterValue(QStringLiteral("*)(objectClass=*")),
              QStringLiteral("\\2a\\29\\28objectClass=\\2a"));
    EXPECT_EQ(ldapescape::filterValue(QStringLiteral("a\\b")), QStringLiteral("a\\5cb"));
    EXPECT_EQ(ldapescape::filterValue(QString(QChar(0)) + QStringLiteral("x")), QStringLiteral("\\00x"));
    EXPECT_EQ(ldapescape::filterValue(QStringLiteral("jdoe")), QStringLiteral("jdoe"));
}

TEST(LdapEscape, NonAsciiIsEscapedAsUtf8Bytes)
{
    EXPECT_EQ(ldapescape::filterValue(QStringLiteral("Müller")), QStringLiteral("M\\c3\\bcller"));
}

TEST(LdapEscape, BinaryValuesAreFullyEscaped)
{
    EXPECT_EQ(ldapescape::filterBytes(QByteArray("\xff\xd8\x00(", 4)), QStringLiteral("\\ff\\d8\\00\\28"));
}

TEST(LdapEscape, DnValuesFollowRfc4514)
{
    EXPECT_EQ(ldapescape::dnValue(QStringLiteral("Smith, John")), QStringLiteral("Smith\\, John"));
    EXPECT_EQ(ldapescape::dnValue(QStringLiteral("#1 fan ")), QStringLiteral("\\#1 fan\\ "));
    EXPECT_EQ(ldapescape::dnValue(QStringLiteral("a+b=c;d<e>\"f\\")), QStringLiteral("a\\+b\\=c\\;d\\<e\\>\\\"f\\\\"));
}

TEST(LdapEscape, GuidBytesUseAdsMixedEndianLayout)
{
    // objectGUID bytes as AD returns them for {01020304-0506-0708-090a-0b0c0d0e0f10}.
    const QByteArray bytes("\x04\x03\x02\x01\x06\x05\x08\x07\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10", 16);
    const QUuid guid = ldapescape::guidFromBytes(bytes);
    EXPECT_EQ(guid.toString(QUuid::WithoutBraces), QStringLiteral("01020304-0506-0708-090a-0b0c0d0e0f10"));
    EXPECT_EQ(ldapescape::guidToBytes(guid), bytes);
    EXPECT_TRUE(ldapescape::guidFromBytes(QByteArray(3, 'x')).isNull());
}

TEST(LdapEscape, RecognisesGuidSpecsAndDns)
{
    const auto guid = ldapescape::parseGuidSpec(QStringLiteral("<GUID=01020304-0506-0708-090a-0b0c0d0e0f10>"));
    ASSERT_TRUE(guid.has_value());
    EXPECT_FALSE(ldapescape::parseGuidSpec(QStringLiteral("<GUID=nope>")).has_value());
    EXPECT_FALSE(ldapescape::parseGuidSpec(QStringLiteral("jdoe")).has_value());
    EXPECT_TRUE(ldapescape::looksLikeDn(QStringLiteral("CN=John Doe,OU=Staff,DC=example,DC=test")));
    EXPECT_FALSE(ldapescape::looksLikeDn(QStringLiteral("jdoe@example.test")));
    EXPECT_FALSE(ldapescape::looksLikeDn(QStringLiteral("a=b=c,,")));
}
