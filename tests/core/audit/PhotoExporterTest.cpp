// The export: byte-identical files named safely inside the folder, an index in the import
// format, and nothing ever overwritten without being asked.
#include "FakeImageInspector.h"

#include "core/audit/PhotoExporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
UserRecord user(const QString& sam, const QString& guid = {})
{
    UserRecord u;
    u.sAMAccountName = sam;
    u.dn = QStringLiteral("CN=x,OU=Corp,DC=example,DC=test");
    u.objectGuid = guid.isEmpty() ? QUuid::createUuid() : QUuid::fromString(guid);
    return u;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Every file under `root`, relative, sorted.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

struct Fixture
{
    QTemporaryDir tmp;
    QString folder = tmp.filePath(QStringLiteral("export"));
    FakeImageInspector inspector;

    Result<ExportSummary> run(const QList<std::pair<UserRecord, QByteArray>>& users, bool overwrite = false)
    {
        PhotoExporter exporter(inspector, {folder, overwrite});
        if (auto ok = exporter.begin(); !ok)
            return std::unexpected(ok.error());
        for (const auto& [u, photo] : users)
            EXPECT_TRUE(exporter.add(u, photo));
        return exporter.finish();
    }
};
} // namespace

TEST(PhotoExporter, WritesEveryPhotoByteIdenticalWithTheExtensionOfItsContentAndAnIndex)
{
    Fixture fx;
    const QByteArray jpeg = fx.inspector.jpeg("\xFF\xD8 jpeg data", 96, 3000);
    const QByteArray png = fx.inspector.photo("\x89PNG data", QStringLiteral("png"), 96, 96);
    const QByteArray odd = QByteArray("what is this");
    auto summary = fx.run({{user(QStringLiteral("jdoe")), jpeg},
                           {user(QStringLiteral("ulla")), png},
                           {user(QStringLiteral("nophoto")), {}},
                           {user(QStringLiteral("odd")), odd}});
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    EXPECT_EQ(summary->users, 4);
    EXPECT_EQ(summary->withoutPhoto, 1);
    EXPECT_EQ(summary->written, 3);
    EXPECT_TRUE(summary->problems.isEmpty());
    EXPECT_EQ(filesUnder(fx.folder), (QStringList{QStringLiteral("index.csv"), QStringLiteral("jdoe.jpg"),
                                                  QStringLiteral("odd.bin"), QStringLiteral("ulla.png")}));
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/jdoe.jpg")), jpeg);
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/ulla.png")), png);
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/odd.bin")), odd);
    EXPECT_EQ(readFile(summary->indexPath), QByteArray("AD_user,path_to_file\r\n"
                                                       "jdoe,jdoe.jpg\r\n"
                                                       "ulla,ulla.png\r\n"
                                                       "odd,odd.bin\r\n"));
}

TEST(PhotoExporter, HostileAccountNamesStayInsideTheFolder)
{
    Fixture fx;
    const QString guid = QStringLiteral("{12345678-aaaa-bbbb-cccc-0123456789ab}");
    const QList<QString> names = {
        QStringLiteral("../../escape"),        QStringLiteral(".."),      QStringLiteral("/etc/passwd"),
        QStringLiteral("a\\b:c*d?e\"f<g>h|i"), QStringLiteral("con"),     QStringLiteral("evil\u202Egpj.exe"),
        QStringLiteral("tab\there\nnewline"),  QStringLiteral(".hidden"), QStringLiteral(" trailing. ")};
    QList<std::pair<UserRecord, QByteArray>> users;
    int n = 0;
    for (const QString& name : names) {
        users.append(
            {user(name, n == 1 ? guid : QString()), fx.inspector.jpeg("photo " + QByteArray::number(n))});
        ++n;
    }
    auto summary = fx.run(users);
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    EXPECT_EQ(summary->written, names.size());

    // Nothing was written outside the export folder, and no file in it hides or climbs.
    EXPECT_EQ(filesUnder(fx.tmp.path()).size(), names.size() + 1);
    const QStringList files = filesUnder(fx.folder);
    EXPECT_EQ(files.size(), names.size() + 1);
    for (const QString& f : files) {
        EXPECT_FALSE(f.contains(QLatin1Char('/'))) << f.toStdString();
        EXPECT_FALSE(f.startsWith(QLatin1Char('.'))) << f.toStdString();
        EXPECT_FALSE(f.contains(QChar(0x202E))) << "a bidi override could disguise the extension";
        EXPECT_FALSE(f.contains(QLatin1Char('\n')));
        for (const char* bad : {"\\", ":", "*", "?", "\"", "<", ">", "|"})
            EXPECT_FALSE(f.contains(QLatin1String(bad))) << f.toStdString();
    }
    EXPECT_TRUE(files.contains(QStringLiteral("_.._escape.jpg")))
        << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("12345678-aaaa-bbbb-cccc-0123456789ab.jpg")))
        << "\"..\" leaves nothing usable: the objectGUID names the file";
    EXPECT_TRUE(files.contains(QStringLiteral("_con.jpg"))) << "no Windows device name";
    EXPECT_TRUE(files.contains(QStringLiteral("_etc_passwd.jpg")));
    EXPECT_TRUE(files.contains(QStringLiteral("hidden.jpg")));
    EXPECT_TRUE(files.contains(QStringLiteral("trailing.jpg")));
    // The index still names the accounts exactly (CSV-quoted where needed), so they re-import.
    const QByteArray index = readFile(summary->indexPath);
    EXPECT_TRUE(index.contains("\"tab\there\nnewline\",tab_here_newline.jpg\r\n")) << index.toStdString();
    EXPECT_TRUE(index.contains("\"a\\b:c*d?e\"\"f<g>h|i\",a_b_c_d_e_f_g_h_i.jpg\r\n")) << index.toStdString();
    EXPECT_TRUE(index.contains("\" trailing. \",trailing.jpg\r\n")) << index.toStdString();
}

TEST(PhotoExporter, NamesThatCleanUpAlikeGetDistinctStableFiles)
{
    Fixture fx;
    const QByteArray p1 = fx.inspector.jpeg("one");
    const QByteArray p2 = fx.inspector.jpeg("two");
    auto summary =
        fx.run({{user(QStringLiteral("a/b")), p1},
                {user(QStringLiteral("a_b"), QStringLiteral("{abcdef01-0000-0000-0000-000000000000}")), p2}});
    ASSERT_TRUE(summary);
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/a_b.jpg")), p1);
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/a_b-abcdef01.jpg")), p2);
    EXPECT_TRUE(readFile(summary->indexPath).contains("a_b,a_b-abcdef01.jpg\r\n"));
}

TEST(PhotoExporter, ExistingFilesAreNeverOverwrittenWithoutBeingAskedAndAreReported)
{
    Fixture fx;
    ASSERT_TRUE(QDir().mkpath(fx.folder));
    const QByteArray mine = "the admin's own file";
    const QByteArray photo = fx.inspector.jpeg("current photo");
    const QByteArray same = fx.inspector.jpeg("already exported");
    writeFile(fx.folder + QStringLiteral("/jdoe.jpg"), mine);
    writeFile(fx.folder + QStringLiteral("/asmith.jpg"), same);

    auto summary = fx.run({{user(QStringLiteral("jdoe")), photo},
                           {user(QStringLiteral("asmith")), same},
                           {user(QStringLiteral("new")), fx.inspector.jpeg("new")}});
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/jdoe.jpg")), mine) << "left alone";
    EXPECT_EQ(summary->written, 1);
    EXPECT_EQ(summary->unchanged, 1);
    EXPECT_EQ(summary->skipped(), 1);
    ASSERT_EQ(summary->problems.size(), 1);
    EXPECT_EQ(summary->problems.first().user, QStringLiteral("jdoe"));
    EXPECT_TRUE(summary->problems.first().message.contains(QLatin1String("--overwrite")));
    // The index lists only files that hold the user's current photo.
    EXPECT_EQ(readFile(summary->indexPath),
              QByteArray("AD_user,path_to_file\r\nasmith,asmith.jpg\r\nnew,new.jpg\r\n"));
}

TEST(PhotoExporter, AnEarlierExportIsRefusedUnlessOverwriteAndThenReplaced)
{
    Fixture fx;
    const QByteArray before = fx.inspector.jpeg("before");
    const QByteArray after = fx.inspector.jpeg("after");
    ASSERT_TRUE(fx.run({{user(QStringLiteral("jdoe")), before}}));

    auto again = fx.run({{user(QStringLiteral("jdoe")), after}});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/jdoe.jpg")), before) << "nothing written";

    auto forced = fx.run({{user(QStringLiteral("jdoe")), after}}, true);
    ASSERT_TRUE(forced) << forced.error().text().toStdString();
    EXPECT_EQ(forced->written, 1);
    EXPECT_EQ(readFile(fx.folder + QStringLiteral("/jdoe.jpg")), after);
}

TEST(PhotoExporter, OverwriteNeverWritesThroughASymlink)
{
    Fixture fx;
    ASSERT_TRUE(QDir().mkpath(fx.folder));
    const QString outside = fx.tmp.filePath(QStringLiteral("precious.txt"));
    writeFile(outside, "do not touch");
    ASSERT_TRUE(QFile::link(outside, fx.folder + QStringLiteral("/jdoe.jpg")));
    auto summary = fx.run({{user(QStringLiteral("jdoe")), fx.inspector.jpeg("photo")}}, true);
    ASSERT_TRUE(summary);
    EXPECT_EQ(readFile(outside), QByteArray("do not touch"));
    EXPECT_EQ(summary->skipped(), 1);
    EXPECT_EQ(summary->written, 0);
}

TEST(PhotoExporter, AFolderThatGoesAwayStopsTheExportInsteadOfFailingEveryUser)
{
    Fixture fx;
    PhotoExporter exporter(fx.inspector, {fx.folder, false});
    ASSERT_TRUE(exporter.begin());
    // The folder vanishes mid-export (unmounted, deleted) and a file takes its name.
    ASSERT_TRUE(QDir(fx.folder).removeRecursively());
    writeFile(fx.folder, "not a folder");
    bool goOn = true;
    int n = 0;
    while (goOn && n < 100) {
        goOn =
            exporter.add(user(QStringLiteral("u%1").arg(n)), fx.inspector.jpeg("p" + QByteArray::number(n)));
        ++n;
    }
    EXPECT_FALSE(goOn);
    EXPECT_LT(n, 100);
    auto summary = exporter.finish();
    EXPECT_FALSE(summary) << "the index cannot be written either";
}
