// Golden files: every artifact of both modes, byte for byte, so any change to what reaches
// Windows shows up in review. Regenerate with
//   ADPHOTO_UPDATE_GOLDEN=1 ./adphoto_core_tests --gtest_filter='DeployGolden*'
// and review the diff under tests/core/deploy/golden/.
#include "core/deploy/DeployPackage.h"
#include "tests/core/deploy/DeployTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QString goldenDir(DeployMode mode)
{
    return test::deployTestDir() + QStringLiteral("/golden/") + DeployOptions::modeName(mode);
}

// Writes the package over the golden folder (keeping nothing stale).
void updateGolden(DeployMode mode, const DeployContents& contents)
{
    QDir dir(goldenDir(mode));
    ASSERT_TRUE(!dir.exists() || dir.removeRecursively());
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    for (const QString& sub : contents.directories)
        ASSERT_TRUE(dir.mkpath(sub));
    for (const DeployFile& file : contents.files) {
        QFile out(dir.filePath(file.path));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly)) << file.path.toStdString();
        out.write(file.contents);
    }
}

class DeployGolden : public ::testing::TestWithParam<DeployMode>
{
};

} // namespace

TEST_P(DeployGolden, EveryArtifactMatchesItsGoldenFile)
{
    const DeployMode mode = GetParam();
    const auto contents = DeployPackage(test::goldenOptions(mode)).contents();
    ASSERT_TRUE(contents.has_value()) << contents.error().text().toStdString();
    if (qEnvironmentVariableIntValue("ADPHOTO_UPDATE_GOLDEN") == 1) {
        updateGolden(mode, *contents);
        GTEST_SUCCEED() << "golden files rewritten in " << goldenDir(mode).toStdString();
    }

    QStringList expected;
    for (const DeployFile& file : contents->files)
        expected.append(file.path);
    ASSERT_EQ(test::treeEntries(goldenDir(mode), QDir::Files), expected)
        << "files differ from " << goldenDir(mode).toStdString()
        << " (ADPHOTO_UPDATE_GOLDEN=1 rewrites them)";
    for (const DeployFile& file : contents->files) {
        const QByteArray golden = test::readAll(goldenDir(mode) + QLatin1Char('/') + file.path);
        EXPECT_TRUE(golden == file.contents) << file.path.toStdString() << " differs from its golden file ("
                                             << golden.size() << " vs " << file.contents.size() << " bytes)";
    }
}

TEST_P(DeployGolden, SameOptionsGiveTheSameBytes)
{
    const DeployOptions options = test::goldenOptions(GetParam());
    const auto a = DeployPackage(options).contents();
    const auto b = DeployPackage(options).contents();
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->files.size(), b->files.size());
    for (qsizetype i = 0; i < a->files.size(); ++i) {
        EXPECT_EQ(a->files.at(i).path, b->files.at(i).path);
        EXPECT_TRUE(a->files.at(i).contents == b->files.at(i).contents) << a->files.at(i).path.toStdString();
    }
    EXPECT_EQ(a->directories, b->directories);
}

TEST_P(DeployGolden, OnlyTheGuidAndTimeOptionsVaryAndOnlyWhereTheyAreRecorded)
{
    DeployOptions options = test::goldenOptions(GetParam());
    const auto base = DeployPackage(options).contents();
    options.gpoGuid = QUuid::fromString(QStringLiteral("{01234567-89AB-4CDE-8F01-23456789ABCD}"));
    const auto other = DeployPackage(options).contents();
    ASSERT_TRUE(base && other);
    // The GPO GUID lives in the backup's XML and the README, nowhere else: the scripts and the
    // policy files are the same.
    for (const DeployFile& file : base->files) {
        const DeployFile* twin = other->find(file.path);
        ASSERT_NE(twin, nullptr) << file.path.toStdString();
        const bool recordsGuid =
            file.path.endsWith(QLatin1String(".xml")) || file.path.startsWith(QLatin1String("README"));
        const bool expectChange = recordsGuid && !file.path.endsWith(QLatin1String("Task.xml"));
        EXPECT_EQ(file.contents != twin->contents, expectChange) << file.path.toStdString();
    }
}

TEST_P(DeployGolden, UnpinnedOptionsStillValidateAndDifferOnlyInGuidsAndTime)
{
    DeployOptions options = test::goldenOptions(GetParam());
    options.gpoGuid = {};
    options.backupId = {};
    options.timestamp = {};
    const DeployPackage a(options);
    const DeployPackage b(options);
    EXPECT_NE(a.options().gpoGuid, b.options().gpoGuid);
    EXPECT_NE(a.options().backupId, b.options().backupId);
    const auto ca = a.contents();
    ASSERT_TRUE(ca.has_value());
    // The client script does not depend on GUIDs or time.
    EXPECT_TRUE(ca->find(QStringLiteral("Set-ADPhotoAccountPicture.ps1"))->contents ==
                DeployPackage(test::goldenOptions(GetParam()))
                    .contents()
                    ->find(QStringLiteral("Set-ADPhotoAccountPicture.ps1"))
                    ->contents);
}

INSTANTIATE_TEST_SUITE_P(Modes, DeployGolden, ::testing::Values(DeployMode::SystemTask, DeployMode::Logoff),
                         test::modeParamName);
