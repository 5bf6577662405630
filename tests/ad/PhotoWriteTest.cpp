// Finding one user and changing one photo on the real DC: byte-identical, compare-and-swap,
// size limit, permissions.
#include "TestDc.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
template <class T> T get(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

QString dnOf(const QJsonObject& u)
{
    return u.value(QStringLiteral("dn")).toString();
}
} // namespace

TEST(FindUser, BySamUpnMailDnAndGuid)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const QJsonObject u = writeTarget(0);
    auto bySam = get(directory->findUser(u.value(QStringLiteral("sAMAccountName")).toString()));
    ASSERT_TRUE(bySam.has_value()) << bySam.error().text().toStdString();
    EXPECT_EQ(bySam->dn, dnOf(u));
    for (const QString& spec :
         {u.value(QStringLiteral("userPrincipalName")).toString(), u.value(QStringLiteral("mail")).toString(),
          dnOf(u), QStringLiteral("<GUID=%1>").arg(guidText(bySam->objectGuid)),
          TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_NETBIOS")) + QLatin1Char('\\') +
              u.value(QStringLiteral("sAMAccountName")).toString()}) {
        auto found = get(directory->findUser(spec));
        ASSERT_TRUE(found.has_value()) << spec.toStdString() << ": " << found.error().text().toStdString();
        EXPECT_EQ(found->objectGuid, bySam->objectGuid) << spec.toStdString();
    }
}

TEST(FindUser, UnknownAndHostileNamesFindNobody)
{
    auto directory = openDirectory(TestDc::instance().admin());
    for (const QString& spec : {QStringLiteral("no-such-user"), QStringLiteral("*"),
                                QStringLiteral("*)(sAMAccountName=*"), QStringLiteral("a*")}) {
        auto found = get(directory->findUser(spec));
        ASSERT_FALSE(found.has_value()) << spec.toStdString();
        EXPECT_EQ(found.error().kind, ErrorKind::NotFound) << spec.toStdString();
    }
}

TEST(FindUser, TwoUsersSharingAMailAddressAreAmbiguousAndListed)
{
    const TestDc& dc = TestDc::instance();
    const QJsonObject a = writeTarget(1);
    const QJsonObject b = writeTarget(2);
    // Give b the same mail as a, as happens with shared mailboxes.
    const QString mail = a.value(QStringLiteral("mail")).toString();
    const QByteArray ldif =
        QStringLiteral("dn: %1\nchangetype: modify\nreplace: mail\nmail: %2\n").arg(dnOf(b), mail).toUtf8();
    auto modified = ldapTool(QStringLiteral("ldapmodify"), ldif);
    ASSERT_EQ(modified.exitCode, 0) << modified.err.toStdString();

    auto directory = openDirectory(dc.admin());
    auto found = get(directory->findUser(mail));
    ASSERT_FALSE(found.has_value());
    EXPECT_EQ(found.error().kind, ErrorKind::Ambiguous);
    EXPECT_EQ(exitCodeFor(found.error().kind), 5);
    ASSERT_EQ(found.error().candidates.size(), 2);
    EXPECT_TRUE(found.error().candidates.join(QLatin1Char('\n')).contains(dnOf(a)));
    EXPECT_TRUE(found.error().candidates.join(QLatin1Char('\n')).contains(dnOf(b)));
}

TEST(PhotoWrite, SetThenReadIsByteIdenticalAndRemoveClearsIt)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const QString dn = dnOf(writeTarget(3));
    const QByteArray photo = sampleJpeg(96, 3);
    auto before = get(directory->readPhoto(dn));
    ASSERT_TRUE(before.has_value());
    ASSERT_TRUE(get(directory->writePhoto(dn, before->bytes, photo)).has_value());
    auto after = get(directory->readPhoto(dn));
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->bytes, photo);
    EXPECT_TRUE(after->user.hasPhoto);
    EXPECT_EQ(after->user.photoBytes, photo.size());

    const QByteArray replacement = sampleJpeg(192, 4);
    ASSERT_TRUE(get(directory->writePhoto(dn, photo, replacement)).has_value());
    EXPECT_EQ(get(directory->readPhoto(dn))->bytes, replacement);

    ASSERT_TRUE(get(directory->removePhoto(dn, replacement)).has_value());
    auto removed = get(directory->readPhoto(dn));
    ASSERT_TRUE(removed.has_value());
    EXPECT_TRUE(removed->bytes.isEmpty());
    EXPECT_FALSE(removed->user.hasPhoto);
}

TEST(PhotoWrite, AChangeBySomeoneElseSinceTheReadIsDetectedNotOverwritten)
{
    const QString dn = dnOf(writeTarget(4));
    auto mine = openDirectory(TestDc::instance().admin());
    auto theirs = openDirectory(TestDc::instance().admin(TlsMode::StartTls));
    const QByteArray original = sampleJpeg(96, 10);
    const auto start = get(mine->readPhoto(dn));
    ASSERT_TRUE(get(mine->writePhoto(dn, start->bytes, original)).has_value());

    const QByteArray read = get(mine->readPhoto(dn))->bytes; // what I saw
    const QByteArray theirPhoto = sampleJpeg(96, 20);
    ASSERT_TRUE(get(theirs->writePhoto(dn, read, theirPhoto)).has_value()); // they change it

    auto written = get(mine->writePhoto(dn, read, sampleJpeg(96, 30)));
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(get(mine->readPhoto(dn))->bytes, theirPhoto) << "their photo must survive";

    // Setting a photo on a user I believed had none, while they set one, is a conflict too.
    auto onEmpty = get(mine->writePhoto(dn, {}, sampleJpeg(96, 40)));
    ASSERT_FALSE(onEmpty.has_value());
    EXPECT_EQ(onEmpty.error().kind, ErrorKind::Conflict);
    // And removing a photo that changed since is refused.
    auto removed = get(mine->removePhoto(dn, read));
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(get(mine->readPhoto(dn))->bytes, theirPhoto);
    ASSERT_TRUE(get(mine->removePhoto(dn, theirPhoto)).has_value());
}

TEST(PhotoWrite, TheDcRefusesA150KbValueWithAClearMessage)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const QString dn = dnOf(writeTarget(5));
    QByteArray big = sampleJpeg(96, 5);
    big.append(QByteArray(150 * 1024 - big.size(), '\x42')); // bypasses any client-side size check
    auto written = get(directory->writePhoto(dn, get(directory->readPhoto(dn))->bytes, big));
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().kind, ErrorKind::ValueTooLarge) << written.error().text().toStdString();
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("102,400")));
    // 102,400 bytes exactly is accepted.
    QByteArray limit = sampleJpeg(96, 6);
    limit.append(QByteArray(102'400 - limit.size(), '\x00'));
    auto current = get(directory->readPhoto(dn))->bytes;
    ASSERT_TRUE(get(directory->writePhoto(dn, current, limit)).has_value());
    ASSERT_TRUE(get(directory->removePhoto(dn, limit)).has_value());
}

TEST(PhotoWrite, ANonAdminMayChangeOnlyTheirOwnPhoto)
{
    const TestDc& dc = TestDc::instance();
    auto directory = openDirectory(dc.nonAdmin());
    const QString other = dnOf(writeTarget(6));
    auto denied =
        get(directory->writePhoto(other, get(directory->readPhoto(other))->bytes, sampleJpeg(96, 7)));
    ASSERT_FALSE(denied.has_value());
    EXPECT_EQ(denied.error().kind, ErrorKind::InsufficientAccess) << denied.error().text().toStdString();
    auto mayOther = get(directory->canWritePhoto(other));
    ASSERT_TRUE(mayOther.has_value());
    EXPECT_FALSE(*mayOther);

    const QString own = dc.value(QStringLiteral("ADPHOTO_TEST_USER_DN"));
    auto mayOwn = get(directory->canWritePhoto(own));
    ASSERT_TRUE(mayOwn.has_value());
    EXPECT_TRUE(*mayOwn);
    const QByteArray before = get(directory->readPhoto(own))->bytes;
    const QByteArray mine = sampleJpeg(96, 8);
    ASSERT_TRUE(get(directory->writePhoto(own, before, mine)).has_value());
    EXPECT_EQ(get(directory->readPhoto(own))->bytes, mine);
    ASSERT_TRUE(get(directory->removePhoto(own, mine)).has_value());
    if (!before.isEmpty()) {
        ASSERT_TRUE(get(directory->writePhoto(own, {}, before)).has_value());
    }
}

TEST(PhotoWrite, TheAdminMayWriteAnyonesPhoto)
{
    auto directory = openDirectory(TestDc::instance().admin());
    auto may = get(directory->canWritePhoto(dnOf(writeTarget(6))));
    ASSERT_TRUE(may.has_value());
    EXPECT_TRUE(*may);
}
