// history, restore and undo from the journal, against the real DC.
#include "TestDc.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
struct Session
{
    QTemporaryDir home;
    QProcessEnvironment env = TestDc::instance().environment(home.path());
    Session()
    {
        const TestDc& dc = TestDc::instance();
        env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
        env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    }
    CliRun run(const QStringList& args) const { return runCli(args, env); }
    CliRun set(const QString& user, const QByteArray& photo) const
    {
        const QString path = home.filePath(QStringLiteral("p%1.jpg").arg(qHash(photo)));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(photo);
        f.close();
        return run({QStringLiteral("photo"), QStringLiteral("set"), user, path});
    }
    QByteArray current(const QString& user) const
    {
        auto got = run({QStringLiteral("photo"), QStringLiteral("get"), user, QStringLiteral("-o"), QStringLiteral("-")});
        return got.exitCode == 0 ? got.out : QByteArray();
    }
    QJsonArray history(const QString& user) const
    {
        auto h = run({QStringLiteral("history"), QStringLiteral("--user"), user, QStringLiteral("--format"),
                      QStringLiteral("json")});
        EXPECT_EQ(h.exitCode, 0) << h.err.toStdString();
        return QJsonDocument::fromJson(h.out).array();
    }
};

QString sam(int n)
{
    return writeTarget(n).value(QStringLiteral("sAMAccountName")).toString();
}
} // namespace

TEST(Revert, RestorePutsBackThePreviousPhotoAndHistoryShowsEveryStep)
{
    Session s;
    const QString user = sam(12);
    ASSERT_EQ(s.set(user, sampleJpeg(96, 101)).exitCode, 0);
    const QByteArray a = s.current(user);
    ASSERT_EQ(s.set(user, sampleJpeg(96, 102)).exitCode, 0);
    ASSERT_NE(s.current(user), a);
    auto restored = s.run({QStringLiteral("restore"), user, QStringLiteral("--yes")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(s.current(user), a);

    const QJsonArray history = s.history(user);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("set"));
    EXPECT_EQ(history.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("restore"));
    for (const QJsonValue& v : history) {
        const QJsonObject c = v.toObject();
        EXPECT_EQ(c.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(c.value(QStringLiteral("user")).toString(), user);
        EXPECT_TRUE(c.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
        EXPECT_FALSE(c.value(QStringLiteral("importId")).toString().isEmpty());
        EXPECT_EQ(c.value(QStringLiteral("objectGUID")).toString().size(), 36);
    }
    EXPECT_LE(history.at(0).toObject().value(QStringLiteral("time")).toString(),
              history.at(1).toObject().value(QStringLiteral("time")).toString());
}

TEST(Revert, RestoreAtATimeGoesBackToThatState)
{
    Session s;
    const QString user = sam(13);
    ASSERT_EQ(s.set(user, sampleJpeg(96, 111)).exitCode, 0);
    const QByteArray first = s.current(user);
    QThread::msleep(1100);
    const QString between = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QThread::msleep(1100);
    ASSERT_EQ(s.set(user, sampleJpeg(96, 112)).exitCode, 0);
    auto r = s.run({QStringLiteral("restore"), user, QStringLiteral("--at"), between, QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(s.current(user), first);
    // Before the first change the user had no photo: restoring that state removes it.
    auto before = s.run({QStringLiteral("restore"), user, QStringLiteral("--at"), QStringLiteral("2000-01-01T00:00:00Z"),
                         QStringLiteral("--yes")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(s.current(user).isEmpty());
    auto bad = s.run({QStringLiteral("restore"), user, QStringLiteral("--at"), QStringLiteral("yesterday")});
    EXPECT_EQ(bad.exitCode, 2);
}

TEST(Revert, UndoRevertsAnImportUnlessThePhotoChangedSince)
{
    Session s;
    const QString user = sam(14);
    ASSERT_EQ(s.set(user, sampleJpeg(96, 121)).exitCode, 0);
    const QByteArray first = s.current(user);
    const QString firstImport = s.history(user).last().toObject().value(QStringLiteral("importId")).toString();
    ASSERT_EQ(s.set(user, sampleJpeg(96, 122)).exitCode, 0);
    const QByteArray second = s.current(user);
    const QString secondImport = s.history(user).last().toObject().value(QStringLiteral("importId")).toString();

    // The first import's photo was replaced since: undoing it must not touch the user.
    auto conflict = s.run({QStringLiteral("undo"), firstImport, QStringLiteral("--yes"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    EXPECT_EQ(conflict.exitCode, 3) << conflict.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(conflict.out).array().first().toObject().value(QStringLiteral("result")).toString(),
              QStringLiteral("conflict"));
    EXPECT_EQ(s.current(user), second);

    auto undone = s.run({QStringLiteral("undo"), secondImport, QStringLiteral("--yes")});
    ASSERT_EQ(undone.exitCode, 0) << undone.err.toStdString();
    EXPECT_EQ(s.current(user), first);
    auto refused = s.run({QStringLiteral("undo"), secondImport});
    EXPECT_EQ(refused.exitCode, 2) << "no terminal, no --yes";
    auto unknown = s.run({QStringLiteral("undo"), QStringLiteral("no-such-import"), QStringLiteral("--yes")});
    EXPECT_EQ(unknown.exitCode, 1);
}
