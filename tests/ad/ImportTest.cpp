// Bulk import against the real DC: apply, read back, kill -9 and resume, DC loss, undo, and a
// change made between plan and apply.
#include "TestDc.h"

#include "core/journal/Journal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
struct Import
{
    QTemporaryDir home;
    QProcessEnvironment env = TestDc::instance().environment(home.path());
    QString ouDn;
    QList<MadeUser> users;

    Import(const QString& ou, int count)
    {
        const TestDc& dc = TestDc::instance();
        env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
        env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"),
                   dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
        users = makeUsers(ou, count);
        ouDn = QStringLiteral("OU=%1,%2").arg(ou, dc.value(QStringLiteral("ADPHOTO_TEST_BASE")));
        QDir().mkpath(photos());
        for (int i = 0; i < users.size(); ++i) {
            QFile f(QStringLiteral("%1/%2 %3.jpg").arg(photos(), users.at(i).givenName, users.at(i).sn));
            f.open(QIODevice::WriteOnly);
            f.write(sampleJpeg(240, i * 3 + 1));
        }
    }
    QString photos() const { return home.filePath(QStringLiteral("photos")); }
    QString data() const { return home.filePath(QStringLiteral("data")); }
    CliRun run(QStringList args) const
    {
        args << QStringLiteral("--ou") << ouDn;
        return runCli(args, env);
    }
    QStringList folderImport() const
    {
        return {QStringLiteral("import"), QStringLiteral("--folder"), photos(), QStringLiteral("--ou"), ouDn,
                QStringLiteral("--yes")};
    }
    // Every user's photo as the DC holds it now, by DN.
    QHash<QString, QByteArray> photosOnDc() const
    {
        auto directory = openDirectory(TestDc::instance().admin());
        QHash<QString, QByteArray> result;
        for (const MadeUser& u : users) {
            auto f = directory->readPhoto(u.dn);
            f.waitForFinished();
            result.insert(u.dn.toLower(), f.result() ? f.result()->bytes : QByteArray());
        }
        return result;
    }
};

QString importIdFrom(const CliRun& run)
{
    return QString::fromUtf8(run.err.split('\n').value(0)).trimmed();
}

// After an import has finished: every user has exactly the photo of its one successful change,
// nothing is pending, and no user was written twice.
void expectConsistent(const Import& imp, const QString& importId)
{
    auto journal = Journal::open(imp.data());
    ASSERT_TRUE(journal.has_value());
    auto changes = (*journal)->changes(importId);
    ASSERT_TRUE(changes.has_value());
    QHash<QString, QByteArray> written;
    QHash<QString, int> writes;
    for (const ChangeRecord& c : *changes) {
        EXPECT_NE(c.result, QStringLiteral("pending")) << c.user.toStdString();
        if (c.result == QLatin1String("ok")) {
            written.insert(c.dn.toLower(), c.newPhoto);
            ++writes[c.dn.toLower()];
        }
    }
    const auto onDc = imp.photosOnDc();
    EXPECT_EQ(written.size(), imp.users.size());
    for (const MadeUser& u : imp.users) {
        EXPECT_EQ(writes.value(u.dn.toLower()), 1)
            << u.sam.toStdString() << " written more than once or never";
        EXPECT_EQ(onDc.value(u.dn.toLower()), written.value(u.dn.toLower())) << u.sam.toStdString();
        QImage image;
        EXPECT_TRUE(image.loadFromData(onDc.value(u.dn.toLower()), "JPEG")) << u.sam.toStdString();
        EXPECT_EQ(image.width(), image.height());
    }
    auto import = (*journal)->import(importId);
    ASSERT_TRUE(import.has_value());
    EXPECT_EQ(import->state, QStringLiteral("finished"));
}

int journalChanges(const QString& dataDir)
{
    if (!QFile::exists(dataDir + QStringLiteral("/journal.sqlite")))
        return 0;
    auto journal = Journal::open(dataDir);
    if (!journal)
        return 0;
    auto changes = (*journal)->changes();
    return changes ? int(changes->size()) : 0;
}
} // namespace

TEST(Import, AFolderOfHundredsIsWrittenAndReadsBackExactly)
{
    Import imp(QStringLiteral("imp-folder"), 200);
    auto dry = imp.run({QStringLiteral("import"), QStringLiteral("--folder"), imp.photos(),
                        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonArray plan = QJsonDocument::fromJson(dry.out).array();
    ASSERT_EQ(plan.size(), 200);
    for (const QJsonValue& row : plan) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        EXPECT_FALSE(row.toObject().value(QStringLiteral("hasPhoto")).toBool());
    }
    EXPECT_EQ(journalChanges(imp.data()), 0) << "a dry run writes nothing";

    auto applied = imp.run({QStringLiteral("import"), QStringLiteral("--folder"), imp.photos(),
                            QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const QString importId = importIdFrom(applied);
    const QJsonArray results = QJsonDocument::fromJson(applied.out).array();
    ASSERT_EQ(results.size(), 200);
    for (const QJsonValue& r : results) {
        EXPECT_EQ(r.toObject().value(QStringLiteral("importId")).toString(), importId);
        EXPECT_EQ(r.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        EXPECT_LE(r.toObject().value(QStringLiteral("bytes")).toInt(), 102'400);
    }
    expectConsistent(imp, importId);

    // The same folder again changes nothing.
    auto again = imp.run(
        {QStringLiteral("import"), QStringLiteral("--folder"), imp.photos(), QStringLiteral("--yes")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains("0 written, 200 unchanged")) << again.err.toStdString();

    // Undo puts every user back to no photo.
    auto undone = runCli({QStringLiteral("undo"), importId, QStringLiteral("--yes")}, imp.env);
    ASSERT_EQ(undone.exitCode, 0) << undone.err.toStdString();
    for (const QByteArray& photo : imp.photosOnDc())
        EXPECT_TRUE(photo.isEmpty());
}

TEST(Import, ASloppyCsvImportsItsGoodLinesAndNamesTheBadOnes)
{
    Import imp(QStringLiteral("imp-csv"), 40);
    QByteArray csv = "\xef\xbb\xbf"
                     "AD_user, path_to_file\r\n";
    for (int i = 0; i < imp.users.size(); ++i) {
        const MadeUser& u = imp.users.at(i);
        // Relative paths, stray spaces, mixed identifiers (sAMAccountName, UPN, DN).
        const QString who = i % 3 == 0   ? u.sam
                            : i % 3 == 1 ? u.sam + QStringLiteral("@example.test")
                                         : QStringLiteral("\"%1\"").arg(u.dn);
        csv += QStringLiteral(" %1 , photos/%2 %3.jpg\r\n").arg(who, u.givenName, u.sn).toUtf8();
    }
    csv += "nosuchuser, photos/missing.jpg\r\n";
    QFile file(imp.home.filePath(QStringLiteral("import.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    auto dry = imp.run({QStringLiteral("import"), QStringLiteral("--csv"), file.fileName(),
                        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonArray plan = QJsonDocument::fromJson(dry.out).array();
    ASSERT_EQ(plan.size(), 41);
    const QJsonObject bad = plan.last().toObject();
    EXPECT_EQ(bad.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_EQ(bad.value(QStringLiteral("line")).toInt(), 42);
    EXPECT_FALSE(bad.value(QStringLiteral("problems")).toArray().isEmpty());

    auto applied = imp.run(
        {QStringLiteral("import"), QStringLiteral("--csv"), file.fileName(), QStringLiteral("--yes")});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    expectConsistent(imp, importIdFrom(applied));
}

TEST(Import, KilledAtRandomPointsAndResumedEveryUserEndsRight)
{
    Import imp(QStringLiteral("imp-kill"), 120);
    QStringList args = imp.folderImport();
    args << QStringLiteral("--rate") << QStringLiteral("40"); // slow enough to be killed mid-way
    QString importId;
    auto* rng = QRandomGenerator::global();
    for (int round = 0; round < 3; ++round) {
        QProcess process;
        process.setProcessEnvironment(imp.env);
        QStringList roundArgs = round == 0 ? args
                                           : QStringList{QStringLiteral("import"), QStringLiteral("--resume"),
                                                         QStringLiteral("--yes")};
        process.start(QStringLiteral(ADPHOTO_CLI_PATH), roundArgs);
        ASSERT_TRUE(process.waitForStarted());
        const int killAfter = journalChanges(imp.data()) + 5 + int(rng->bounded(25));
        QElapsedTimer timer;
        timer.start();
        while (journalChanges(imp.data()) < killAfter && process.state() == QProcess::Running &&
               timer.elapsed() < 60'000)
            QThread::msleep(10);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        if (importId.isEmpty())
            importId = QString::fromUtf8(process.readAllStandardError().split('\n').value(0)).trimmed();
    }
    ASSERT_FALSE(importId.isEmpty());
    auto finished = runCli(
        {QStringLiteral("import"), QStringLiteral("--resume"), importId, QStringLiteral("--yes")}, imp.env);
    ASSERT_EQ(finished.exitCode, 0) << finished.err.toStdString();
    EXPECT_EQ(importIdFrom(finished), importId) << "resume keeps the import's id";
    expectConsistent(imp, importId);
    auto nothingLeft = runCli(
        {QStringLiteral("import"), QStringLiteral("--resume"), importId, QStringLiteral("--yes")}, imp.env);
    EXPECT_NE(nothingLeft.exitCode, 0) << "a finished import cannot be resumed";
}

TEST(Import, TheDcGoingAwayStopsCleanlyAndResumeFinishes)
{
    Import imp(QStringLiteral("imp-dcloss"), 60);
    const QString script = QStringLiteral(ADPHOTO_SOURCE_DIR "/scripts/samba-dc.sh");
    const QString dir = TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_DIR"));
    QProcess process;
    process.setProcessEnvironment(imp.env);
    QStringList args = imp.folderImport();
    args << QStringLiteral("--rate") << QStringLiteral("20");
    process.start(QStringLiteral(ADPHOTO_CLI_PATH), args);
    ASSERT_TRUE(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (journalChanges(imp.data()) < 10 && timer.elapsed() < 60'000)
        QThread::msleep(10);
    auto stopped = runProgram(script, {QStringLiteral("stop"), QStringLiteral("--dir"), dir},
                              QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(stopped.exitCode, 0) << stopped.err.toStdString();
    ASSERT_TRUE(process.waitForFinished(120'000));
    const QByteArray err = process.readAllStandardError();
    auto started = runProgram(script, {QStringLiteral("start"), QStringLiteral("--dir"), dir},
                              QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    EXPECT_EQ(process.exitCode(), 3) << err.toStdString();
    EXPECT_TRUE(err.contains("--resume")) << err.toStdString();
    EXPECT_LT(err.count('\n'), 20) << "one clear stop, not a line per remaining user: " << err.toStdString();

    const QString importId = QString::fromUtf8(err.split('\n').value(0)).trimmed();
    auto resumed =
        runCli({QStringLiteral("import"), QStringLiteral("--resume"), QStringLiteral("--yes")}, imp.env);
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    expectConsistent(imp, importId);
}

TEST(Import, ItsIdIsTheFirstLineOnStderrBeforeVerboseProgress)
{
    Import imp(QStringLiteral("imp-verbose"), 3);
    QStringList args = imp.folderImport();
    args << QStringLiteral("--verbose") << QStringLiteral("--format") << QStringLiteral("json");
    auto applied = runCli(args, imp.env);
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const QString importId = importIdFrom(applied);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}-[0-9a-f]{4}$")).match(importId).hasMatch())
        << applied.err.toStdString();
    EXPECT_TRUE(applied.err.contains("Connected to")) << "--verbose tells the connection, after the id";
    const QJsonArray results = QJsonDocument::fromJson(applied.out).array();
    ASSERT_EQ(results.size(), 3);
    for (const QJsonValue& r : results)
        EXPECT_EQ(r.toObject().value(QStringLiteral("importId")).toString(), importId);
    expectConsistent(imp, importId); // recorded under the id it told first
}

TEST(Import, APhotoChangedBetweenPlanAndApplyIsAConflictNotOverwritten)
{
    Import imp(QStringLiteral("imp-race"), 12);
    auto dry = imp.run({QStringLiteral("import"), QStringLiteral("--folder"), imp.photos(),
                        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QString planPath = imp.home.filePath(QStringLiteral("plan.json"));
    QFile plan(planPath);
    ASSERT_TRUE(plan.open(QIODevice::WriteOnly));
    plan.write(dry.out);
    plan.close();

    // Someone else sets a photo on one user after the plan was reviewed.
    auto other = openDirectory(TestDc::instance().admin(TlsMode::StartTls));
    const QByteArray theirs = sampleJpeg(96, 222);
    auto w = other->writePhoto(imp.users.first().dn, {}, theirs);
    w.waitForFinished();
    ASSERT_TRUE(w.result().has_value());

    auto applied = runCli({QStringLiteral("import"), QStringLiteral("--plan"), planPath,
                           QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")},
                          imp.env);
    EXPECT_EQ(applied.exitCode, 3) << applied.err.toStdString();
    int conflicts = 0, ok = 0;
    for (const QJsonValue& r : QJsonDocument::fromJson(applied.out).array()) {
        const QString result = r.toObject().value(QStringLiteral("result")).toString();
        conflicts += result == QLatin1String("conflict");
        ok += result == QLatin1String("ok");
    }
    EXPECT_EQ(conflicts, 1);
    EXPECT_EQ(ok, 11);
    EXPECT_EQ(imp.photosOnDc().value(imp.users.first().dn.toLower()), theirs);
}
