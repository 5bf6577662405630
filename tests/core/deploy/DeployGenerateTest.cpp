// Writing the package to disk and the zip beside it: the folder holds exactly the package,
// the zip holds exactly the folder, and both are reproducible.
#include "core/deploy/DeployPackage.h"
#include "tests/core/deploy/DeployTestSupport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cstdlib>
#include <ctime>

using namespace adphoto;

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
    QDateTime time;
};

QList<ZipEntry> readZip(const QString& path)
{
    QList<ZipEntry> entries;
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip)) << path.toStdString();
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << info.name.toStdString();
        entries.append({info.name, file.readAll(), info.dateTime});
        file.close();
    }
    return entries;
}

void setTimeZone(const char* zone)
{
    if (zone)
        qputenv("TZ", zone);
    else
        qunsetenv("TZ");
    tzset();
}

} // namespace

TEST(DeployGenerate, WritesExactlyThePackageAndAZipWithTheSameContents)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    DeployOptions options = test::goldenOptions(DeployMode::Logoff);
    options.zip = true;
    const DeployPackage package(options);
    const QString out = temp.filePath(QStringLiteral("adphoto-deploy"));
    const auto written = package.generate(out + QLatin1Char('/'));
    ASSERT_TRUE(written.has_value()) << written.error().text().toStdString();
    const auto contents = package.contents();
    ASSERT_TRUE(contents.has_value());

    // The folder: every file of the package with its bytes, and every folder, nothing else.
    QStringList files;
    for (const DeployFile& f : contents->files) {
        files << f.path;
        EXPECT_TRUE(test::readAll(out + QLatin1Char('/') + f.path) == f.contents) << f.path.toStdString();
    }
    EXPECT_EQ(test::treeEntries(out, QDir::Files), files);
    EXPECT_EQ(test::treeEntries(out, QDir::Dirs), contents->directories);
    ASSERT_EQ(written->size(), files.size() + 1);
    EXPECT_EQ(written->last(),
              QFileInfo(temp.filePath(QStringLiteral("adphoto-deploy.zip"))).absoluteFilePath());

    // The zip: folder entries and file entries, sorted, each file byte-identical to the folder's.
    const QList<ZipEntry> entries = readZip(written->last());
    QStringList names;
    QStringList expected;
    for (const QString& d : test::treeEntries(out, QDir::Dirs))
        expected << d + QLatin1Char('/');
    expected << test::treeEntries(out, QDir::Files);
    std::sort(expected.begin(), expected.end());
    for (const ZipEntry& e : entries) {
        names << e.name;
        EXPECT_EQ(e.time, QDateTime(QDate(2024, 5, 1), QTime(12, 0))) << e.name.toStdString();
        if (!e.name.endsWith(QLatin1Char('/'))) {
            EXPECT_TRUE(e.data == test::readAll(out + QLatin1Char('/') + e.name)) << e.name.toStdString();
        }
    }
    EXPECT_EQ(names, expected);
}

TEST(DeployGenerate, ZipBytesAreReproducibleInAnyTimeZone)
{
    const QByteArray savedTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    DeployOptions options = test::goldenOptions(DeployMode::SystemTask);
    options.zip = true;
    QList<QByteArray> zips;
    const char* zones[] = {"UTC", "Asia/Tokyo", "America/Los_Angeles"};
    for (int i = 0; i < 3; ++i) {
        setTimeZone(zones[i]);
        const QString out = temp.filePath(QStringLiteral("p%1").arg(i));
        const auto written = DeployPackage(options).generate(out);
        ASSERT_TRUE(written.has_value()) << written.error().text().toStdString();
        zips << test::readAll(written->last());
    }
    setTimeZone(hadTz ? savedTz.constData() : nullptr);
    ASSERT_GT(zips.at(0).size(), 1000);
    EXPECT_TRUE(zips.at(0) == zips.at(1));
    EXPECT_TRUE(zips.at(0) == zips.at(2));
}

TEST(DeployGenerate, RefusesToMixWithExistingFiles)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    DeployOptions options = test::goldenOptions(DeployMode::SystemTask);
    const QString out = temp.filePath(QStringLiteral("pkg"));
    ASSERT_TRUE(QDir().mkpath(out));
    QFile stale(out + QStringLiteral("/old.txt"));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.close();
    auto result = DeployPackage(options).generate(out);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(test::treeEntries(out, QDir::Files), QStringList{QStringLiteral("old.txt")});

    // An empty folder is fine; an existing zip is not overwritten.
    const QString empty = temp.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(empty));
    QFile zip(DeployPackage::zipPathFor(empty));
    ASSERT_TRUE(zip.open(QIODevice::WriteOnly));
    zip.write("keep me");
    zip.close();
    options.zip = true;
    result = DeployPackage(options).generate(empty);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(test::readAll(zip.fileName()), QByteArray("keep me"));
    options.zip = false;
    EXPECT_TRUE(DeployPackage(options).generate(empty).has_value());
}

TEST(DeployGenerate, ZipPathSitsBesideTheFolder)
{
    EXPECT_EQ(DeployPackage::zipPathFor(QStringLiteral("/tmp/out/")), QStringLiteral("/tmp/out.zip"));
    EXPECT_EQ(DeployPackage::zipPathFor(QStringLiteral("out")), QStringLiteral("out.zip"));
}
