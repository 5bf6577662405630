// Listing users from the real DC: every seeded user, right photo flags and sizes, paged.
#include "TestDc.h"

#include "ldap/LdapSession.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
struct Listing
{
    QList<UserRecord> users;
    int pages = 0;
    QList<int> pageSizes;
    std::optional<Error> error;
    bool canceled = false;
};

Listing collect(QFuture<Result<UserBatch>> future, int cancelAfterPages = -1)
{
    Listing result;
    if (cancelAfterPages >= 0) {
        while (future.resultCount() < cancelAfterPages && !future.isFinished())
            QThread::msleep(5);
        future.cancel();
    }
    future.waitForFinished();
    result.canceled = future.isCanceled();
    for (int i = 0; i < future.resultCount(); ++i) {
        const auto& page = future.resultAt(i);
        if (!page) {
            result.error = page.error();
            continue;
        }
        ++result.pages;
        result.pageSizes << int(page->size());
        result.users += *page;
    }
    return result;
}

Listing list(Directory& directory, const UserQuery& query, int cancelAfterPages = -1)
{
    return collect(directory.listUsers(query), cancelAfterPages);
}

QHash<QString, QJsonObject> seedByDn()
{
    QHash<QString, QJsonObject> byDn;
    for (const QJsonValue& v : TestDc::instance().seed())
        byDn.insert(v.toObject().value(QStringLiteral("dn")).toString().toLower(), v.toObject());
    return byDn;
}

QString seedBase()
{
    return TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_SEED_BASE"));
}
} // namespace

TEST(ListUsers, EverySeededUserWithTheRightFlagsAndPhotoSizes)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = seedBase();
    const Listing listing = list(*directory, query);
    ASSERT_FALSE(listing.error) << listing.error->text().toStdString();
    const auto seed = seedByDn();
    int expectedUnderBase = 0;
    for (const QJsonObject& u : seed) {
        if (u.value(QStringLiteral("dn")).toString().endsWith(seedBase(), Qt::CaseInsensitive))
            ++expectedUnderBase;
    }
    ASSERT_EQ(listing.users.size(), expectedUnderBase);
    int checkedPhotos = 0;
    for (const UserRecord& user : listing.users) {
        const QJsonObject truth = seed.value(user.dn.toLower());
        ASSERT_FALSE(truth.isEmpty()) << "unexpected user " << user.dn.toStdString();
        EXPECT_EQ(user.sAMAccountName, truth.value(QStringLiteral("sAMAccountName")).toString());
        EXPECT_FALSE(user.objectGuid.isNull());
        // The write tests change their targets' photos and mail (Cli.AnAmbiguousUser... gives
        // two of them one address), in whatever order ctest runs them.
        if (isWriteTarget(user.dn))
            continue;
        EXPECT_EQ(user.mail, truth.value(QStringLiteral("mail")).toString());
        EXPECT_EQ(user.givenName, truth.value(QStringLiteral("givenName")).toString());
        EXPECT_EQ(user.sn, truth.value(QStringLiteral("sn")).toString());
        EXPECT_EQ(user.disabled, truth.value(QStringLiteral("disabled")).toBool()) << user.dn.toStdString();
        EXPECT_EQ(user.hasPhoto, truth.value(QStringLiteral("hasPhoto")).toBool()) << user.dn.toStdString();
        EXPECT_EQ(user.photoBytes, truth.value(QStringLiteral("photoBytes")).toInteger())
            << user.dn.toStdString();
        checkedPhotos += user.hasPhoto ? 1 : 0;
    }
    EXPECT_GT(checkedPhotos, 100);
}

TEST(ListUsers, SmallPagesDeliverEveryUserOnceOverSeveralPages)
{
    ConnectionSettings settings = TestDc::instance().admin();
    settings.pageSize = 97;
    auto directory = openDirectory(settings);
    UserQuery query;
    query.baseDn = seedBase();
    query.photoSizes = false;
    const Listing listing = list(*directory, query);
    ASSERT_FALSE(listing.error);
    EXPECT_GE(listing.pages, listing.users.size() / 97);
    EXPECT_GT(listing.pages, 10);
    QSet<QString> dns;
    for (const UserRecord& u : listing.users)
        dns.insert(u.dn.toLower());
    EXPECT_EQ(dns.size(), listing.users.size()) << "a user was delivered twice";
}

TEST(ListUsers, ASmallFirstPageComesFirstThenPagesOfTheUsualSize)
{
    ConnectionSettings settings = TestDc::instance().admin();
    settings.pageSize = 97;
    auto directory = openDirectory(settings);
    UserQuery query;
    query.baseDn = seedBase();
    query.photoSizes = false;
    const Listing whole = list(*directory, query);
    ASSERT_FALSE(whole.error);
    ASSERT_GT(whole.users.size(), 97 + 10);
    query.firstPageSize = 10;
    const Listing listing = list(*directory, query);
    ASSERT_FALSE(listing.error);
    ASSERT_GE(listing.pageSizes.size(), 3);
    EXPECT_EQ(listing.pageSizes.at(0), 10) << "the first rows come in a small page";
    EXPECT_EQ(listing.pageSizes.at(1), 97) << "then the connection's page size";
    QSet<QString> dns;
    for (const UserRecord& u : listing.users)
        dns.insert(u.dn.toLower());
    EXPECT_EQ(dns.size(), listing.users.size()) << "a user was delivered twice";
    EXPECT_EQ(listing.users.size(), whole.users.size()) << "the small first page loses nobody";
    // Presence is asked by GUID for the first page and in one search for the others: both right.
    const auto seed = seedByDn();
    int withPhoto = 0;
    for (const UserRecord& user : listing.users) {
        if (isWriteTarget(user.dn) || !seed.contains(user.dn.toLower()))
            continue;
        const bool truth = seed.value(user.dn.toLower()).value(QStringLiteral("hasPhoto")).toBool();
        EXPECT_EQ(user.hasPhoto, truth) << user.dn.toStdString();
        EXPECT_EQ(user.photoBytes, truth ? -1 : 0);
        withPhoto += truth;
    }
    EXPECT_GT(withPhoto, 0);

    query.firstPageSize = 5000; // never more than the connection's page size
    const Listing capped = list(*directory, query);
    ASSERT_FALSE(capped.error);
    EXPECT_EQ(capped.pageSizes.value(0), 97);
}

TEST(ListUsers, PresenceOnlyKnowsWhoHasAPhotoWithoutDownloadingIt)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = seedBase();
    query.photoSizes = false;
    const Listing listing = list(*directory, query);
    ASSERT_FALSE(listing.error);
    const auto seed = seedByDn();
    for (const UserRecord& user : listing.users) {
        if (isWriteTarget(user.dn))
            continue;
        const bool truth = seed.value(user.dn.toLower()).value(QStringLiteral("hasPhoto")).toBool();
        EXPECT_EQ(user.hasPhoto, truth) << user.dn.toStdString();
        EXPECT_EQ(user.photoBytes, truth ? -1 : 0);
    }
}

TEST(ListUsers, MissingOnlyListsExactlyTheUsersWithoutAPhoto)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = seedBase();
    query.missingOnly = true;
    const Listing listing = list(*directory, query);
    ASSERT_FALSE(listing.error);
    const auto seed = seedByDn();
    int expected = 0;
    for (const QJsonObject& u : seed) {
        if (!u.value(QStringLiteral("hasPhoto")).toBool() &&
            !isWriteTarget(u.value(QStringLiteral("dn")).toString()) &&
            u.value(QStringLiteral("dn")).toString().endsWith(seedBase(), Qt::CaseInsensitive))
            ++expected;
    }
    int listed = 0;
    for (const UserRecord& user : listing.users) {
        EXPECT_FALSE(user.hasPhoto);
        if (isWriteTarget(user.dn))
            continue;
        EXPECT_FALSE(seed.value(user.dn.toLower()).value(QStringLiteral("hasPhoto")).toBool())
            << user.dn.toStdString();
        ++listed;
    }
    EXPECT_EQ(listed, expected);
}

TEST(ListUsers, AnOuLimitsTheSubtree)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const QString ou = QStringLiteral("OU=Europe,") + seedBase();
    UserQuery query;
    query.baseDn = ou;
    query.photoSizes = false;
    const Listing listing = list(*directory, query);
    ASSERT_FALSE(listing.error);
    int expected = 0;
    for (const QJsonObject& u : seedByDn())
        expected += u.value(QStringLiteral("dn")).toString().endsWith(ou, Qt::CaseInsensitive) ? 1 : 0;
    EXPECT_GT(expected, 0);
    EXPECT_EQ(listing.users.size(), expected);
}

TEST(ListUsers, CancelStopsTheSearchBetweenPages)
{
    ConnectionSettings settings = TestDc::instance().admin();
    settings.pageSize = 50;
    auto directory = openDirectory(settings);
    UserQuery query;
    query.baseDn = seedBase();
    const Listing listing = list(*directory, query, 2);
    EXPECT_TRUE(listing.canceled);
    EXPECT_LT(listing.users.size(), TestDc::instance().seed().size() / 2);
    // The session is still usable afterwards.
    auto again = directory->findUser(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_USER_SAM")));
    again.waitForFinished();
    EXPECT_TRUE(again.result().has_value());
}

TEST(ListUsers, ANonExistentOuIsNotFound)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = QStringLiteral("OU=Nowhere,") + seedBase();
    const Listing listing = list(*directory, query);
    ASSERT_TRUE(listing.error.has_value());
    EXPECT_EQ(listing.error->kind, ErrorKind::NotFound);
}

TEST(ListUsers, APreviewShowsUpToRowsRealUsersWithTheirPhotoPresence)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = seedBase();
    query.photoSizes = false;
    constexpr int rows = 25;
    const Listing preview = collect(directory->previewUsers(query, rows));
    ASSERT_FALSE(preview.error) << preview.error->text().toStdString();
    ASSERT_EQ(preview.users.size(), rows); // the seed has far more users under its base
    const auto seed = seedByDn();
    QSet<QString> seen;
    int withPhoto = 0;
    for (const UserRecord& user : preview.users) {
        EXPECT_TRUE(user.dn.endsWith(seedBase(), Qt::CaseInsensitive)) << user.dn.toStdString();
        EXPECT_FALSE(seen.contains(user.dn.toLower())) << "twice: " << user.dn.toStdString();
        seen.insert(user.dn.toLower());
        const QJsonObject truth = seed.value(user.dn.toLower());
        ASSERT_FALSE(truth.isEmpty()) << "not a seeded user: " << user.dn.toStdString();
        EXPECT_EQ(user.sAMAccountName, truth.value(QStringLiteral("sAMAccountName")).toString());
        if (isWriteTarget(user.dn))
            continue;
        const bool hasPhoto = truth.value(QStringLiteral("hasPhoto")).toBool();
        EXPECT_EQ(user.hasPhoto, hasPhoto) << user.dn.toStdString();
        EXPECT_EQ(user.photoBytes, hasPhoto ? -1 : 0);
        withPhoto += hasPhoto ? 1 : 0;
    }
    // The seed is about half with photos: a preview that never saw one would be suspicious.
    EXPECT_GT(withPhoto, 0);
}

TEST(ListUsers, AMissingOnlyPreviewHasOnlyUsersWithoutAPhoto)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = seedBase();
    query.missingOnly = true;
    query.photoSizes = false;
    const Listing preview = collect(directory->previewUsers(query, 40));
    ASSERT_FALSE(preview.error);
    ASSERT_FALSE(preview.users.isEmpty());
    const auto seed = seedByDn();
    for (const UserRecord& user : preview.users) {
        EXPECT_FALSE(user.hasPhoto);
        if (!isWriteTarget(user.dn)) {
            EXPECT_FALSE(seed.value(user.dn.toLower()).value(QStringLiteral("hasPhoto")).toBool())
                << user.dn.toStdString();
        }
    }
}

TEST(ListUsers, APreviewOfAnOuStaysInsideIt)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const QString ou = QStringLiteral("OU=Europe,") + seedBase();
    UserQuery query;
    query.baseDn = ou;
    query.photoSizes = false;
    int underOu = 0;
    for (const QJsonObject& u : seedByDn())
        underOu += u.value(QStringLiteral("dn")).toString().endsWith(ou, Qt::CaseInsensitive) ? 1 : 0;
    const Listing preview = collect(directory->previewUsers(query, underOu + 100));
    ASSERT_FALSE(preview.error);
    // With rows to spare, the preview reads every container of the OU: all of its users, once.
    EXPECT_EQ(preview.users.size(), underOu);
    for (const UserRecord& user : preview.users)
        EXPECT_TRUE(user.dn.endsWith(ou, Qt::CaseInsensitive)) << user.dn.toStdString();
}

TEST(ListUsers, ACancelledPreviewStopsAfterTheBatchAndLeavesNothingBehind)
{
    // On the session itself, so that the cancel comes at a known point.
    LdapSession session(TestDc::instance().admin());
    const auto opened = session.open();
    ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    UserQuery query;
    query.baseDn = seedBase();
    query.photoSizes = false;
    int batches = 0;
    qsizetype before = 0;
    const auto stopped = session.previewUsers(
        query, 100000,
        [&](UserBatch&& batch) {
            ++batches;
            before += batch.size();
        },
        [&] { return batches >= 1; });
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(batches, 1);

    // The searches it abandoned left no replies behind: the same session previews every user
    // under the base next, each once.
    int underBase = 0;
    for (const QJsonObject& u : seedByDn())
        underBase +=
            u.value(QStringLiteral("dn")).toString().endsWith(seedBase(), Qt::CaseInsensitive) ? 1 : 0;
    QSet<QString> seen;
    const auto complete = session.previewUsers(
        query, 100000,
        [&](UserBatch&& batch) {
            for (const UserRecord& u : batch)
                seen.insert(u.dn.toLower());
        },
        [] { return false; });
    ASSERT_TRUE(complete.has_value()) << complete.error().text().toStdString();
    EXPECT_EQ(seen.size(), underBase);
    EXPECT_LT(before, underBase);
    EXPECT_TRUE(
        session.findUser(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_USER_SAM"))).has_value());
}

TEST(ListUsers, APreviewOfANonExistentOuIsNotFound)
{
    auto directory = openDirectory(TestDc::instance().admin());
    UserQuery query;
    query.baseDn = QStringLiteral("OU=Nowhere,") + seedBase();
    const Listing preview = collect(directory->previewUsers(query, 10));
    ASSERT_TRUE(preview.error.has_value());
    EXPECT_EQ(preview.error->kind, ErrorKind::NotFound);
}

TEST(ListUsers, WaitingForALaterCallDoesNotRunItBesideTheListing)
{
    // Qt runs a QtConcurrent job that has not started on the thread that waits for it; a
    // directory call must still run on the session thread, after the calls before it.
    ConnectionSettings settings = TestDc::instance().admin();
    settings.pageSize = 10;
    auto directory = openDirectory(settings);
    UserQuery query;
    query.baseDn = seedBase();
    QFuture<Result<UserBatch>> listing = directory->listUsers(query);
    QFuture<Result<UserRecord>> found =
        directory->findUser(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_USER_SAM")));
    found.waitForFinished();
    EXPECT_TRUE(listing.isFinished()) << "the later call ran beside the listing, on the same LDAP handle";
    ASSERT_TRUE(found.result().has_value()) << found.result().error().text().toStdString();
    const Listing all = collect(listing);
    ASSERT_FALSE(all.error) << all.error->text().toStdString();
    EXPECT_GT(all.pages, 5);
}
