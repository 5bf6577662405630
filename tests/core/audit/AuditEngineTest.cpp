// The audit engine's rules on synthetic users and photos: every finding kind, its edges, OU
// counts per subtree and direct, duplicates by content.
#include "FakeImageInspector.h"

#include "core/audit/AuditEngine.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
const QString base = QStringLiteral("OU=Corp,DC=example,DC=test");

UserRecord user(const QString& sam, const QString& ou, bool disabled = false)
{
    UserRecord u;
    u.sAMAccountName = sam;
    u.displayName = sam.toUpper();
    u.dn = QStringLiteral("CN=%1,%2").arg(sam, ou);
    u.objectGuid = QUuid::createUuid();
    u.disabled = disabled;
    return u;
}

QString ou(const QString& path)
{
    return path.isEmpty() ? base : path + QLatin1Char(',') + base;
}

QStringList usersOf(const AuditReport& report, FindingKind kind)
{
    QStringList users;
    for (const AuditFinding& f : report.findings) {
        if (f.kind == kind)
            users << f.user;
    }
    users.sort();
    return users;
}

const OuCount* row(const AuditReport& report, const QString& dn)
{
    for (const OuCount& r : report.ous) {
        if (r.ou.compare(dn, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}
} // namespace

TEST(AuditEngine, AConformingPhotoHasNoFindingAtAll)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    engine.add(user(QStringLiteral("good"), base), inspector.jpeg("good", 96, 30'000));
    const AuditReport report = engine.report();
    EXPECT_EQ(report.users, 1);
    EXPECT_EQ(report.withPhoto, 1);
    EXPECT_TRUE(report.findings.isEmpty());
}

TEST(AuditEngine, OversizedMeansMoreBytesThanTheLimitNotEqual)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 10'240, 96});
    engine.add(user(QStringLiteral("at"), base), inspector.jpeg("at", 96, 10'240));
    engine.add(user(QStringLiteral("over"), base), inspector.jpeg("over", 96, 10'241));
    engine.add(user(QStringLiteral("under"), base), inspector.jpeg("under", 96, 2'000));
    const AuditReport report = engine.report();
    EXPECT_EQ(usersOf(report, FindingKind::Oversized), QStringList{QStringLiteral("over")});
    EXPECT_EQ(report.findings.first().photoBytes, 10'241);
}

TEST(AuditEngine, EachShapeAndFormatProblemIsItsOwnFinding)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    engine.add(user(QStringLiteral("png"), base),
               inspector.photo("png-bytes", QStringLiteral("png"), 96, 96));
    engine.add(user(QStringLiteral("garbage"), base), QByteArray("not an image at all"));
    engine.add(user(QStringLiteral("cut"), base),
               inspector.photo("cut", QStringLiteral("jpeg"), 96, 96, false));
    engine.add(user(QStringLiteral("wide"), base), inspector.photo("wide", QStringLiteral("jpeg"), 120, 96));
    engine.add(user(QStringLiteral("small"), base), inspector.photo("small", QStringLiteral("jpeg"), 95, 95));
    engine.add(user(QStringLiteral("tinywide"), base), inspector.photo("tw", QStringLiteral("gif"), 64, 48));
    engine.add(user(QStringLiteral("edge"), base), inspector.jpeg("edge", 96));
    const AuditReport report = engine.report();

    EXPECT_EQ(usersOf(report, FindingKind::NotJpeg),
              (QStringList{QStringLiteral("garbage"), QStringLiteral("png"), QStringLiteral("tinywide")}));
    EXPECT_EQ(usersOf(report, FindingKind::Damaged),
              (QStringList{QStringLiteral("cut"), QStringLiteral("garbage")}));
    EXPECT_EQ(usersOf(report, FindingKind::NotSquare),
              (QStringList{QStringLiteral("tinywide"), QStringLiteral("wide")}));
    EXPECT_EQ(usersOf(report, FindingKind::TooSmall),
              (QStringList{QStringLiteral("small"), QStringLiteral("tinywide")}));
    EXPECT_TRUE(usersOf(report, FindingKind::Oversized).isEmpty());
    EXPECT_TRUE(usersOf(report, FindingKind::Missing).isEmpty());

    for (const AuditFinding& f : report.findings) {
        if (f.user == QLatin1String("tinywide")) {
            EXPECT_EQ(f.image.format, QStringLiteral("gif"));
            EXPECT_EQ(f.image.width, 64);
            EXPECT_EQ(f.image.height, 48);
        }
        // The unreadable value has no size, so it is neither "not square" nor "too small".
        if (f.user == QLatin1String("garbage")) {
            EXPECT_FALSE(f.image.hasSize());
        }
    }
}

TEST(AuditEngine, DisabledAccountsWithAPhotoAreReportedAndWithoutOneAreMissing)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    engine.add(user(QStringLiteral("gone"), base, true), inspector.jpeg("gone"));
    engine.add(user(QStringLiteral("gonebare"), base, true), {});
    engine.add(user(QStringLiteral("here"), base), inspector.jpeg("here"));
    const AuditReport report = engine.report();
    EXPECT_EQ(usersOf(report, FindingKind::DisabledWithPhoto), QStringList{QStringLiteral("gone")});
    EXPECT_EQ(usersOf(report, FindingKind::Missing), QStringList{QStringLiteral("gonebare")});
    EXPECT_TRUE(report.findings.last().disabled);
}

TEST(AuditEngine, TheSamePhotoOnSeveralUsersIsFoundByContentAndNamesTheOthers)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    const QByteArray shared = inspector.jpeg("team photo", 96, 5000);
    const QByteArray pair = inspector.jpeg("pair photo", 96, 6000);
    engine.add(user(QStringLiteral("a"), ou(QStringLiteral("OU=Sales"))), shared);
    engine.add(user(QStringLiteral("b"), ou(QStringLiteral("OU=IT"))), shared);
    engine.add(user(QStringLiteral("c"), base), QByteArray(shared)); // equal bytes, another buffer
    engine.add(user(QStringLiteral("d"), base), pair);
    engine.add(user(QStringLiteral("e"), base), pair);
    engine.add(user(QStringLiteral("f"), base), inspector.jpeg("unique", 96, 6000)); // same size, other bytes
    const AuditReport report = engine.report();

    EXPECT_EQ(report.duplicateGroups, 2);
    EXPECT_EQ(usersOf(report, FindingKind::Duplicate),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                           QStringLiteral("e")}));
    QHash<QString, QStringList> sameAs;
    QHash<QString, QString> sha;
    for (const AuditFinding& f : report.findings) {
        sameAs.insert(f.user, f.sameAs);
        sha.insert(f.user, f.sha256);
    }
    EXPECT_EQ(sameAs.value(QStringLiteral("a")), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(sameAs.value(QStringLiteral("e")), QStringList{QStringLiteral("d")});
    EXPECT_EQ(sha.value(QStringLiteral("a")), sha.value(QStringLiteral("c")));
    EXPECT_NE(sha.value(QStringLiteral("a")), sha.value(QStringLiteral("d")));
    EXPECT_EQ(sha.value(QStringLiteral("a")).size(), 64);
    // A group's members are listed together.
    QStringList order;
    for (const AuditFinding& f : report.findings)
        order << f.user;
    const qsizetype ia = order.indexOf(QStringLiteral("a"));
    EXPECT_EQ(QSet<QString>(order.begin() + ia, order.begin() + ia + 3),
              (QSet<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

TEST(AuditEngine, OuCountsAreGivenPerSubtreeAndDirectlyUpToTheBase)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    const QString europe = ou(QStringLiteral("OU=Europe"));
    const QString berlin = ou(QStringLiteral("OU=Berlin,OU=Europe"));
    const QString sales = ou(QStringLiteral("OU=Sales,OU=Berlin,OU=Europe"));
    const QString paris = ou(QStringLiteral("OU=Paris,OU=Europe"));
    int n = 0;
    auto add = [&](const QString& where, bool photo) {
        const QString sam = QStringLiteral("u%1").arg(++n);
        engine.add(user(sam, where), photo ? inspector.jpeg(sam.toUtf8()) : QByteArray());
    };
    add(base, false);  // directly in the base
    add(berlin, true); // Berlin: 1 with, 2 without
    add(berlin, false);
    add(berlin, false);
    add(sales, false); // Sales: 1 without, 1 with
    add(sales, true);
    add(paris, true); // Paris: all have photos
    // Europe itself holds nobody directly.
    const AuditReport report = engine.report();

    struct Expect
    {
        QString ou;
        int users, missing, directUsers, directMissing, depth;
    };
    const Expect expected[] = {
        {base, 7, 4, 1, 1, 0},  {europe, 6, 3, 0, 0, 1}, {berlin, 5, 3, 3, 2, 2},
        {sales, 2, 1, 2, 1, 3}, {paris, 1, 0, 1, 0, 2},
    };
    ASSERT_EQ(report.ous.size(), std::size(expected));
    for (const Expect& e : expected) {
        const OuCount* r = row(report, e.ou);
        ASSERT_NE(r, nullptr) << e.ou.toStdString();
        EXPECT_EQ(r->users, e.users) << e.ou.toStdString();
        EXPECT_EQ(r->missing, e.missing) << e.ou.toStdString();
        EXPECT_EQ(r->directUsers, e.directUsers) << e.ou.toStdString();
        EXPECT_EQ(r->directMissing, e.directMissing) << e.ou.toStdString();
        EXPECT_EQ(r->depth, e.depth) << e.ou.toStdString();
    }
    // Tree order: each OU after its parent; Berlin's subtree before Paris.
    QStringList order;
    for (const OuCount& r : report.ous)
        order << r.ou;
    EXPECT_EQ(order, (QStringList{base, europe, berlin, sales, paris}));
    EXPECT_EQ(report.count(FindingKind::Missing), 4);
}

TEST(AuditEngine, EscapedCommasAndCaseDoNotSplitAnOu)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    const QString marketing = ou(QStringLiteral("OU=Sales\\, Marketing & PR"));
    UserRecord quoted = user(QStringLiteral("obrien"), marketing);
    quoted.dn = QStringLiteral("CN=O'Brien\\, Siobhán,") + marketing;
    engine.add(quoted, {});
    UserRecord upper = user(QStringLiteral("x"), marketing.toUpper());
    engine.add(upper, {});
    const AuditReport report = engine.report();
    ASSERT_EQ(report.ous.size(), 2);
    const OuCount* r = row(report, marketing);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->directMissing, 2);
    EXPECT_EQ(row(report, base)->missing, 2);
    for (const AuditFinding& f : report.findings)
        EXPECT_EQ(f.ou.compare(marketing, Qt::CaseInsensitive), 0);
}

TEST(AuditEngine, UsersOutsideTheBaseCountOnlyInTheirOwnContainer)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    engine.add(user(QStringLiteral("inside"), base), {});
    engine.add(user(QStringLiteral("outside"), QStringLiteral("CN=Users,DC=example,DC=test")), {});
    const AuditReport report = engine.report();
    EXPECT_EQ(row(report, base)->users, 1);
    ASSERT_NE(row(report, QStringLiteral("CN=Users,DC=example,DC=test")), nullptr);
    EXPECT_EQ(row(report, QStringLiteral("DC=example,DC=test")), nullptr);
}

TEST(AuditEngine, FindingsAreOrderedByKindThenDn)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 100, 96});
    engine.add(user(QStringLiteral("zed"), base), {});
    engine.add(user(QStringLiteral("amy"), base), {});
    engine.add(user(QStringLiteral("big"), base), inspector.photo("big-png", QStringLiteral("png"), 96, 96));
    const AuditReport report = engine.report();
    QStringList seen;
    for (const AuditFinding& f : report.findings)
        seen << findingKindName(f.kind) + QLatin1Char(':') + f.user;
    EXPECT_EQ(seen, (QStringList{QStringLiteral("missing:amy"), QStringLiteral("missing:zed"),
                                 QStringLiteral("notJpeg:big")}));
}
