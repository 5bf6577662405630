// The journal keeps every replaced photo and every outcome, durably, and lets one apply run at a time.
#include "core/journal/Journal.h"

#include <QLockFile>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <latch>
#include <thread>
#include <vector>

using namespace adphoto;

namespace {
ChangeRecord change(const QString& importId, const QByteArray& oldPhoto, const QByteArray& newPhoto)
{
    ChangeRecord c;
    c.importId = importId;
    c.objectGuid = QUuid::fromString(QStringLiteral("6f1c4b0e-0000-4000-8000-000000000001"));
    c.dn = QStringLiteral("CN=Anna Schmidt,OU=Staff,DC=example,DC=test");
    c.user = QStringLiteral("aschmidt");
    c.action = QStringLiteral("set");
    c.oldPhoto = oldPhoto;
    c.newPhoto = newPhoto;
    c.bindIdentity = QStringLiteral("admin@example.test");
    return c;
}
} // namespace

TEST(Journal, KeepsTheOldPhotoAndTheOutcomeAcrossReopening)
{
    QTemporaryDir dir;
    QString importId;
    const QByteArray oldPhoto("\xff\xd8\xff\xe0old", 7);
    {
        auto journal = Journal::open(dir.path());
        ASSERT_TRUE(journal.has_value()) << journal.error().text().toStdString();
        auto id = (*journal)->beginImport({{}, {}, QStringLiteral("import"), QStringLiteral("/photos"), {}, {}, {}, {}, {}});
        ASSERT_TRUE(id.has_value());
        importId = *id;
        auto changeId = (*journal)->recordIntent(change(importId, oldPhoto, QByteArray("new")));
        ASSERT_TRUE(changeId.has_value());
        ASSERT_TRUE((*journal)->recordOutcome(*changeId, QStringLiteral("ok")).has_value());
    }
    auto reopened = Journal::open(dir.path());
    ASSERT_TRUE(reopened.has_value());
    auto changes = (*reopened)->changes(importId);
    ASSERT_TRUE(changes.has_value());
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().oldPhoto, oldPhoto);
    EXPECT_EQ(changes->first().newPhoto, QByteArray("new"));
    EXPECT_EQ(changes->first().result, QStringLiteral("ok"));
    EXPECT_EQ(changes->first().user, QStringLiteral("aschmidt"));
    auto import = (*reopened)->import(importId);
    ASSERT_TRUE(import.has_value());
    EXPECT_EQ(import->state, QStringLiteral("running"));
}

TEST(Journal, AnIntentWithoutOutcomeStaysPending)
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    ASSERT_TRUE(journal.has_value());
    auto id = (*journal)->beginImport({{}, {}, QStringLiteral("import"), {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(id.has_value());
    ASSERT_TRUE((*journal)->recordIntent(change(*id, {}, QByteArray("new"))).has_value());
    auto changes = (*journal)->changes(*id);
    ASSERT_TRUE(changes.has_value());
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().result, QStringLiteral("pending"));
    EXPECT_TRUE(changes->first().oldPhoto.isEmpty());
    EXPECT_FALSE((*journal)->recordOutcome(9999, QStringLiteral("ok")).has_value());
}

TEST(Journal, FiltersByObjectGuid)
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    ASSERT_TRUE(journal.has_value());
    auto id = (*journal)->beginImport({{}, {}, QStringLiteral("import"), {}, {}, {}, {}, {}, {}});
    ChangeRecord other = change(*id, {}, QByteArray("x"));
    other.objectGuid = QUuid::fromString(QStringLiteral("6f1c4b0e-0000-4000-8000-000000000002"));
    ASSERT_TRUE((*journal)->recordIntent(change(*id, {}, QByteArray("a"))).has_value());
    ASSERT_TRUE((*journal)->recordIntent(other).has_value());
    auto mine = (*journal)->changes({}, other.objectGuid);
    ASSERT_TRUE(mine.has_value());
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->first().newPhoto, QByteArray("x"));
}

TEST(Journal, OnlyOneApplyHoldsTheLock)
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    ASSERT_TRUE(journal.has_value());
    auto first = (*journal)->lockForApply();
    ASSERT_TRUE(first.has_value());
    auto second = (*journal)->lockForApply();
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().kind, ErrorKind::Busy);
    first->reset();
    EXPECT_TRUE((*journal)->lockForApply().has_value());
}

TEST(Journal, AnUnwritableDirectoryIsAJournalError)
{
    auto journal = Journal::open(QStringLiteral("/proc/adphoto-cannot-exist"));
    ASSERT_FALSE(journal.has_value());
    EXPECT_EQ(journal.error().kind, ErrorKind::Journal);
}

// The GUI and a CLI run (or two CLI runs) may open a new journal at the same instant.
TEST(Journal, ManyConnectionsCreatingTheSchemaAtOnceAllSucceed)
{
    QTemporaryDir dir;
    constexpr int count = 8;
    std::latch start(count);
    std::vector<QString> errors(count);
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            auto journal = Journal::open(dir.path());
            if (!journal)
                errors[i] = journal.error().text();
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const QString& error : errors)
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

// Run by the next test in child processes: opens the journal in ADPHOTO_JOURNAL_CHILD_DIR.
TEST(Journal, ChildProcessOpensTheJournal)
{
    const QString directory = qEnvironmentVariable("ADPHOTO_JOURNAL_CHILD_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "only run as a child of ManyProcessesCreatingTheSchemaAtOnceAllSucceed";
    auto journal = Journal::open(directory);
    ASSERT_TRUE(journal.has_value()) << journal.error().text().toStdString();
}

TEST(Journal, ManyProcessesCreatingTheSchemaAtOnceAllSucceed)
{
    QTemporaryDir dir;
    constexpr int count = 8;
    std::vector<std::unique_ptr<QProcess>> children;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ADPHOTO_JOURNAL_CHILD_DIR"), dir.path());
    for (int i = 0; i < count; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessEnvironment(env);
        child->setProcessChannelMode(QProcess::MergedChannels);
        child->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--gtest_filter=Journal.ChildProcessOpensTheJournal")});
        children.push_back(std::move(child));
    }
    for (auto& child : children) {
        ASSERT_TRUE(child->waitForFinished(30000));
        EXPECT_EQ(child->exitCode(), 0) << child->readAll().toStdString();
    }
}
