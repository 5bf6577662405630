// The user index: each rule by name, each normalisation level, patterns, suggestions.
#include "core/matching/UserIndex.h"

#include "TestDirectory.h"
#include "core/WorkPool.h"

#include <QThreadPool>
#include <gtest/gtest.h>

using namespace adphoto;
using adphoto::test::makeUser;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

UserIndex indexOf(QList<UserRecord> users, const QStringList& patterns = {})
{
    auto index = UserIndex::build(std::move(users), patterns);
    EXPECT_TRUE(index.has_value());
    return index ? *index : UserIndex();
}

// The single user `name` fits and the rule reported, or "" when it fits none or several.
std::pair<QString, QString> only(const UserIndex& index, const QString& name)
{
    const auto found = index.lookup(name);
    if (found.size() != 1)
        return {};
    return {index.users().at(found.front().user).sAMAccountName, index.ruleName(found.front())};
}

} // namespace

TEST(UserIndex, EveryRuleIsTriedAndReportedByName)
{
    const UserIndex index = indexOf({makeUser(u8("tweber"), u8("Thomas"), u8("Weber"), u8("Tom Weber (IT)"),
                                              u8("t.weber@mail.example.test"), u8("004711"))});
    using P = std::pair<QString, QString>;
    EXPECT_EQ(only(index, u8("tweber")), (P{u8("tweber"), u8("sAMAccountName")}));
    EXPECT_EQ(only(index, u8("tweber@corp.example.test")), (P{u8("tweber"), u8("userPrincipalName")}));
    EXPECT_EQ(only(index, u8("t.weber@mail.example.test")), (P{u8("tweber"), u8("mail")}));
    EXPECT_EQ(only(index, u8("t.weber")), (P{u8("tweber"), u8("mail local part")}));
    EXPECT_EQ(only(index, u8("004711")), (P{u8("tweber"), u8("employeeID")}));
    EXPECT_EQ(only(index, u8("Tom Weber (IT)")), (P{u8("tweber"), u8("displayName")}));
    EXPECT_EQ(only(index, u8("Thomas Weber")), (P{u8("tweber"), u8("given surname")}));
    EXPECT_EQ(only(index, u8("Weber Thomas")), (P{u8("tweber"), u8("surname given")}));
    EXPECT_EQ(only(index, u8("Weber, Thomas")), (P{u8("tweber"), u8("surname, given")}));
    EXPECT_EQ(only(index, u8("T_Weber")), (P{u8("tweber"), u8("mail local part")}))
        << "t weber is both the mail's local part and initial + surname; mail is the stricter rule";
    EXPECT_EQ(only(index, u8("ThomasWeber")), (P{u8("tweber"), u8("given surname")}));
    EXPECT_TRUE(index.lookup(u8("Weber")).isEmpty()) << "a surname alone fits nobody";
    EXPECT_TRUE(index.lookup(u8("Thomas")).isEmpty());
}

TEST(UserIndex, InitialAndSurnameRule)
{
    const UserIndex index = indexOf({makeUser(u8("u1001"), u8("Łukasz"), u8("Wiśniewski"))});
    const auto found = index.lookup(u8("l.wisniewski"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(index.ruleName(found.front()), u8("initial surname"));
    EXPECT_EQ(found.front().level, MatchLevel::Folded);
    EXPECT_EQ(only(index, u8("LWisniewski")).first, u8("u1001"));
}

TEST(UserIndex, LevelsAreReported)
{
    const UserIndex index = indexOf({makeUser(u8("jmueller"), u8("Jürgen"), u8("Müller"))});
    auto level = [&](const char* name) {
        const auto found = index.lookup(u8(name));
        EXPECT_EQ(found.size(), 1) << name;
        return found.isEmpty() ? MatchLevel::Exact : found.front().level;
    };
    EXPECT_EQ(level("Jürgen Müller"), MatchLevel::Exact);
    EXPECT_EQ(level("Jurgen Muller"), MatchLevel::Folded);
    EXPECT_EQ(level("Juergen Mueller"), MatchLevel::Alternative);
    EXPECT_EQ(level("JuergenMueller"), MatchLevel::Compact);
}

TEST(UserIndex, FoldingCollisionsMakeEveryFormAmbiguous)
{
    // Anna Müller folds to "anna muller" and is spelt "anna mueller"; Anna Mueller is "anna mueller".
    const UserIndex index = indexOf({makeUser(u8("amueller"), u8("Anna"), u8("Müller")),
                                     makeUser(u8("amueller2"), u8("Anna"), u8("Mueller"))});
    EXPECT_EQ(index.lookup(u8("Anna Mueller")).size(), 2);
    // The exact form fits only Anna Müller, but the German spelling fits both: never a guess.
    EXPECT_EQ(index.lookup(u8("Anna Müller")).size(), 2);
    // The plain folding fits only Anna Müller, and no other form points elsewhere.
    EXPECT_EQ(only(index, u8("Anna Muller")).first, u8("amueller"));
}

TEST(UserIndex, UserDefinedPatterns)
{
    const UserIndex index = indexOf({makeUser(u8("x1"), u8("Jiří"), u8("Dvořák"), {}, {}, u8("E-77")),
                                     makeUser(u8("x2"), u8("Petr"), u8("Dvořák"))},
                                    {u8("{sn}_{givenName:1}"), u8("photo-{employeeID}")});
    const auto found = index.lookup(u8("dvorak_j"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(index.users().at(found.front().user).sAMAccountName, u8("x1"));
    EXPECT_EQ(index.ruleName(found.front()), u8("pattern {sn}_{givenName:1}"));
    EXPECT_EQ(only(index, u8("Photo_E77")), (std::pair{u8("x1"), u8("pattern photo-{employeeID}")}));
    EXPECT_EQ(only(index, u8("dvorak_p")).first, u8("x2"));
}

TEST(UserIndex, BadPatternsAreUsageErrors)
{
    for (const char* bad : {"{givenName", "{nope}.{sn}", "sn}", "plain text", "{givenName:0}"}) {
        const auto index = UserIndex::build({}, {u8(bad)});
        ASSERT_FALSE(index.has_value()) << bad;
        EXPECT_EQ(index.error().kind, ErrorKind::Usage) << bad;
    }
}

TEST(UserIndex, SuggestsNearMissesButNotStrangers)
{
    const UserIndex index = indexOf({makeUser(u8("jmueller"), u8("Jürgen"), u8("Müller")),
                                     makeUser(u8("tweber"), u8("Thomas"), u8("Weber")),
                                     makeUser(u8("kschmidt"), u8("Klaus"), u8("Schmidt"))});
    ASSERT_TRUE(index.lookup(u8("Jurgen Mueler")).isEmpty());
    const auto suggestions = index.suggest(u8("Jurgen Mueler"));
    ASSERT_FALSE(suggestions.isEmpty());
    EXPECT_EQ(index.users().at(suggestions.front().user).sAMAccountName, u8("jmueller"));
    EXPECT_EQ(suggestions.front().distance, 1);
    EXPECT_EQ(suggestions.size(), 1);

    const auto swapped = index.suggest(u8("Thoams Weber"));
    ASSERT_EQ(swapped.size(), 1);
    EXPECT_EQ(index.users().at(swapped.front().user).sAMAccountName, u8("tweber"));

    EXPECT_TRUE(index.suggest(u8("Maximilian Mustermann")).isEmpty());
    EXPECT_TRUE(index.suggest(u8("IMG_4711")).isEmpty());
}

TEST(UserIndex, EmptyIndexAndEmptyNames)
{
    const UserIndex empty;
    EXPECT_TRUE(empty.lookup(u8("anyone")).isEmpty());
    EXPECT_TRUE(empty.suggest(u8("anyone")).isEmpty());
    const UserIndex index = indexOf({makeUser(u8("tweber"), u8("Thomas"), u8("Weber"))});
    EXPECT_TRUE(index.lookup(u8("")).isEmpty());
    EXPECT_TRUE(index.lookup(u8(" _-. ")).isEmpty());
}

// The index is built on the global thread pool over fixed chunks of users: what a lookup or a
// suggestion reports (users, rules, levels, order) must not depend on how many threads ran.
TEST(UserIndex, ResultsDoNotDependOnTheThreadCount)
{
    QList<UserRecord> users = adphoto::test::multilingualUsers();
    const QList<UserRecord> people = users;
    // Several chunks of users, full of namesakes across them.
    for (int i = 0; i < 6000; ++i) {
        const UserRecord& p = people.at(i % people.size());
        users.append(makeUser(QStringLiteral("g%1").arg(i), p.givenName,
                              i % 3 == 0 ? p.sn : p.sn + QString::number(i % 97), {},
                              QStringLiteral("m%1@corp.example.test").arg(i), QString::number(500000 + i)));
    }
    QStringList names;
    for (qsizetype i = 0; i < users.size(); i += i < people.size() ? 1 : 13) {
        const UserRecord& u = users.at(i);
        names << u.displayName << u.sn + QStringLiteral(", ") + u.givenName << u.sAMAccountName
              << adphoto::test::nfd(u.givenName + QLatin1Char('.') + u.sn)
              << u.givenName + u.sn + QLatin1Char('x');
    }
    auto describe = [&names](const UserIndex& index) {
        QStringList out;
        for (const QString& name : std::as_const(names)) {
            QString line = name + QLatin1Char(':');
            for (const NameCandidate& c : index.lookup(name))
                line += QStringLiteral(" %1/%2/%3").arg(c.user).arg(index.ruleName(c)).arg(int(c.level));
            line += QLatin1String(" |");
            for (const NameSuggestion& s : index.suggest(name))
                line += QStringLiteral(" %1/%2").arg(s.user).arg(s.distance);
            out << line;
        }
        return out;
    };
    QThreadPool* pool = workPool();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const UserIndex single = indexOf(users, {u8("{sn}_{givenName:1}")});
    pool->setMaxThreadCount(4);
    const UserIndex several = indexOf(users, {u8("{sn}_{givenName:1}")});
    pool->setMaxThreadCount(threads);

    EXPECT_EQ(single.keyCount(), several.keyCount());
    const QStringList a = describe(single);
    const QStringList b = describe(several);
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        ASSERT_EQ(a.at(i), b.at(i));
    EXPECT_EQ(only(single, u8("g5001")).first, u8("g5001")) << "a user past the first chunk is found";
}
