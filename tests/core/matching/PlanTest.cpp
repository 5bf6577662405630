// Import plans: what `import --dry-run` shows and `import --plan` reads back.
#include "core/matching/FolderMatcher.h"
#include "core/matching/ImportPlan.h"
#include "core/matching/PlanBuilder.h"
#include "core/matching/PlanFileChecker.h"

#include "core/csv/CsvImportReader.h"

#include "TestDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

const QByteArray kJpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
}

QList<UserRecord> usersWithPhotoFlags()
{
    QList<UserRecord> users = test::multilingualUsers();
    for (UserRecord& u : users) {
        if (u.sAMAccountName == u8("tweber"))
            u.hasPhoto = true;
    }
    return users;
}

const PlanRow* rowForLine(const ImportPlan& plan, int line)
{
    for (const PlanRow& r : plan.rows) {
        if (r.line == line)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST(ImportPlan, JsonRoundTripKeepsEveryFieldAndUnknownKeys)
{
    PlanRow row;
    row.status = PlanStatus::Ready;
    row.user = u8("jmueller");
    row.objectGuid = QUuid::fromString(u8("{6f9619ff-8b86-d011-b42d-00c04fc964ff}"));
    row.dn = u8("CN=Jürgen Müller,OU=Staff,DC=corp,DC=example,DC=test");
    row.file = u8("/photos/Jürgen Müller.jpg");
    row.fileSha256 = QString(64, QLatin1Char('a'));
    row.currentPhotoSha256 = QString(64, QLatin1Char('b'));
    row.rule = u8("displayName");
    row.hasPhoto = true;
    row.disabled = true;
    row.suggestions = {u8("x")};
    row.problems = {u8("something")};
    row.extra.insert(QStringLiteral("photoReport"), QJsonObject{{QStringLiteral("bytes"), 1234}});
    PlanRow csvRow;
    csvRow.status = PlanStatus::Error;
    csvRow.line = 7;
    csvRow.candidates = {u8("a"), u8("b")};

    ImportPlan plan;
    plan.rows = {row, csvRow};
    const QByteArray json = plan.toJsonBytes();
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("objectGUID")).toString(),
              u8("6f9619ff-8b86-d011-b42d-00c04fc964ff"));
    EXPECT_TRUE(first.value(QStringLiteral("line")).isNull());
    const QJsonObject second = array.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("line")).toInt(), 7);
    EXPECT_TRUE(second.value(QStringLiteral("user")).isNull());
    EXPECT_TRUE(second.value(QStringLiteral("rule")).isNull());
    EXPECT_EQ(second.value(QStringLiteral("status")).toString(), u8("error"));

    const auto back = ImportPlan::fromJson(json);
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    ASSERT_EQ(back->rows.size(), 2);
    const PlanRow& r = back->rows.at(0);
    EXPECT_EQ(r.status, PlanStatus::Ready);
    EXPECT_EQ(r.user, row.user);
    EXPECT_EQ(r.objectGuid, row.objectGuid);
    EXPECT_EQ(r.dn, row.dn);
    EXPECT_EQ(r.file, row.file);
    EXPECT_EQ(r.fileSha256, row.fileSha256);
    EXPECT_EQ(r.currentPhotoSha256, row.currentPhotoSha256);
    EXPECT_EQ(r.rule, row.rule);
    EXPECT_TRUE(r.hasPhoto);
    EXPECT_TRUE(r.disabled);
    EXPECT_EQ(r.suggestions, row.suggestions);
    EXPECT_EQ(r.problems, row.problems);
    EXPECT_EQ(r.extra, row.extra);
    EXPECT_EQ(back->rows.at(1).line, 7);
    EXPECT_EQ(back->rows.at(1).candidates, csvRow.candidates);
    EXPECT_EQ(back->toJsonBytes(), json);
}

TEST(ImportPlan, EditedPlansWithMistakesAreRejectedNamingTheRow)
{
    const auto notJson = ImportPlan::fromJson("[{\"status\": \"ready\",");
    ASSERT_FALSE(notJson.has_value());
    EXPECT_EQ(ImportPlan::fromJson("{}").error().kind, ErrorKind::InvalidInput);
    const auto badStatus = ImportPlan::fromJson(R"([{"status":"ready"},{"status":"done"}])");
    ASSERT_FALSE(badStatus.has_value());
    EXPECT_TRUE(badStatus.error().message.contains(u8("Row 2"))) << badStatus.error().message.toStdString();
    EXPECT_FALSE(ImportPlan::fromJson(R"([{"status":"ready","line":"3"}])").has_value());
    EXPECT_FALSE(ImportPlan::fromJson(R"([{"status":"ready","line":2.5}])").has_value());
    EXPECT_FALSE(ImportPlan::fromJson(R"([{"status":"ready","hasPhoto":"yes"}])").has_value());
    EXPECT_FALSE(ImportPlan::fromJson(R"([{"status":"ready","objectGUID":"xyz"}])").has_value());
    EXPECT_FALSE(ImportPlan::fromJson(R"([{"status":"ready","problems":[1]}])").has_value());
    const auto ok = ImportPlan::fromJson(R"([{"status":"unchanged","user":"a","line":null}])");
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->count(PlanStatus::Unchanged), 1);
}

TEST(PlanBuilder, FolderMatchesBecomeRowsAndFilesAreChecked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDir root(dir.path());
    write(root.filePath(u8("Thomas Weber.jpg")), kJpeg);
    write(root.filePath(u8("Jiří Dvořák.png")), kPng);
    write(root.filePath(u8("Bjørn Strøm.jpg")), kJpeg);
    write(root.filePath(u8("Jan Novák.jpg")), kJpeg);
    write(root.filePath(u8("Jurgen Mueler.jpg")), kJpeg);
    write(root.filePath(u8("Kovács Zoltán.jpg")), "this is text, not a JPEG");
    write(root.filePath(u8("Thumbs.db")), "x");

    auto index = UserIndex::build(usersWithPhotoFlags());
    ASSERT_TRUE(index.has_value());
    const auto matches = FolderMatcher(*index).matchFolder(dir.path(), false);
    ASSERT_TRUE(matches.has_value());
    ImportPlan plan =
        PlanBuilder::fromMatches(*matches, PlanOptions{.onlyMissing = true, .skipDisabled = true});
    PlanFileChecker::checkAll(plan.rows);

    QMap<QString, PlanRow> byFile;
    for (const PlanRow& r : plan.rows)
        byFile.insert(QFileInfo(r.file).fileName(), r);
    ASSERT_EQ(byFile.size(), 7);

    const PlanRow& jiri = byFile[u8("Jiří Dvořák.png")];
    EXPECT_EQ(jiri.status, PlanStatus::Ready);
    EXPECT_EQ(jiri.user, u8("jdvorak"));
    EXPECT_EQ(jiri.rule, u8("displayName"));
    EXPECT_EQ(jiri.line, 0);
    EXPECT_FALSE(jiri.objectGuid.isNull());
    EXPECT_EQ(jiri.fileSha256, u8("02a3e298f1533f62558c58e4c70edcab9af5a50d62d925fd5390942020fb0fb8"));
    EXPECT_TRUE(jiri.currentPhotoSha256.isEmpty()) << "left for the caller";

    EXPECT_EQ(byFile[u8("Thomas Weber.jpg")].status, PlanStatus::Skipped) << "--only-missing: he has a photo";
    EXPECT_EQ(byFile[u8("Bjørn Strøm.jpg")].status, PlanStatus::Skipped) << "--skip-disabled";
    EXPECT_TRUE(byFile[u8("Bjørn Strøm.jpg")].disabled);
    EXPECT_EQ(byFile[u8("Jan Novák.jpg")].status, PlanStatus::Ambiguous);
    EXPECT_EQ(byFile[u8("Jan Novák.jpg")].candidates, (QStringList{u8("jnovak"), u8("jnovak2")}));
    EXPECT_EQ(byFile[u8("Jurgen Mueler.jpg")].status, PlanStatus::Unmatched);
    EXPECT_EQ(byFile[u8("Jurgen Mueler.jpg")].suggestions, QStringList{u8("jmueller")});
    const PlanRow& text = byFile[u8("Kovács Zoltán.jpg")];
    EXPECT_EQ(text.status, PlanStatus::Error);
    EXPECT_TRUE(text.problems.join(QLatin1Char(' ')).contains(u8("not an image")));
    EXPECT_EQ(byFile[u8("Thumbs.db")].status, PlanStatus::Skipped);
}

TEST(PlanBuilder, CsvRecordsBecomeRowsWithLineNumbersAndReasons)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDir root(dir.path());
    ASSERT_TRUE(root.mkpath(u8("AD_Photos")));
    write(root.filePath(u8("AD_Photos/weber.jpg")), kJpeg);
    write(root.filePath(u8("AD_Photos/jiri.jpg")), kJpeg);
    write(root.filePath(u8("AD_Photos/readme.jpg")), "plain text");
    const QByteArray csv =
        "AD_user, path_to_file\r\n"
        "tweber, AD_Photos\\weber.jpg\r\n"         // 2: ready, relative Windows path
        "jdvorak, C:\\ AD_Photos\\jiri.jpg\r\n"    // 3: stray space, mapped
        "nobody, AD_Photos\\weber.jpg\r\n"         // 4: unknown user
        "\r\n"                                     // 5: blank, no row
        "TWEBER, AD_Photos\\jiri.jpg\r\n"          // 6: duplicate of line 2
        "jnovak, AD_Photos\\missing.jpg\r\n"       // 7: file missing
        "flefevre, AD_Photos\\readme.jpg\r\n"      // 8: not an image
        ", AD_Photos\\jiri.jpg\r\n"                // 9: empty user
        "iyilmaz, D:\\Elsewhere\\x.jpg\r\n"        // 10: unmapped Windows path
        "\"jdvorak\",\"AD_Photos\\jiri.jpg\"\r\n"; // 11: fine (jdvorak's first usable line)
    CsvImportOptions options;
    options.pathMaps = {PathMapping(u8("C:\\"), root.path())};
    auto imported = CsvImportReader::read(csv, dir.path(), options);
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
    ImportPlan plan = PlanBuilder::fromCsv(*imported, UserSpecResolver(test::multilingualUsers()));
    PlanFileChecker::checkAll(plan.rows);
    ASSERT_EQ(plan.rows.size(), 9);
    EXPECT_EQ(rowForLine(plan, 5), nullptr);

    const PlanRow* ok = rowForLine(plan, 2);
    EXPECT_EQ(ok->status, PlanStatus::Ready);
    EXPECT_EQ(ok->user, u8("tweber"));
    EXPECT_EQ(ok->file, root.filePath(u8("AD_Photos/weber.jpg")));
    EXPECT_EQ(ok->fileSha256.size(), 64);
    EXPECT_TRUE(ok->rule.isEmpty());

    const PlanRow* stray = rowForLine(plan, 3);
    EXPECT_EQ(stray->status, PlanStatus::Error);
    EXPECT_EQ(stray->user, u8("jdvorak"));
    const QString strayText = stray->problems.join(QLatin1Char(' '));
    EXPECT_TRUE(strayText.contains(u8("File not found"))) << strayText.toStdString();
    EXPECT_TRUE(strayText.contains(root.filePath(u8("AD_Photos/jiri.jpg")))) << "names the file that exists";

    EXPECT_TRUE(rowForLine(plan, 4)->problems.join(QLatin1Char(' ')).contains(u8("Unknown user \"nobody\"")));
    EXPECT_EQ(rowForLine(plan, 4)->status, PlanStatus::Error);
    EXPECT_EQ(rowForLine(plan, 6)->status, PlanStatus::Error);
    EXPECT_TRUE(rowForLine(plan, 6)->problems.contains(u8("duplicate of line 2")));
    EXPECT_EQ(rowForLine(plan, 7)->status, PlanStatus::Error);
    EXPECT_TRUE(rowForLine(plan, 7)->problems.join(QLatin1Char(' ')).contains(u8("missing.jpg")));
    EXPECT_TRUE(rowForLine(plan, 8)->problems.join(QLatin1Char(' ')).contains(u8("not an image")));
    EXPECT_TRUE(rowForLine(plan, 9)->problems.contains(u8("The user field is empty.")));
    EXPECT_EQ(rowForLine(plan, 10)->status, PlanStatus::Error);
    EXPECT_TRUE(rowForLine(plan, 10)->problems.join(QLatin1Char(' ')).contains(u8("D:\\Elsewhere\\x.jpg")));
    EXPECT_EQ(rowForLine(plan, 11)->status, PlanStatus::Error) << "jdvorak was first named on line 3";
    EXPECT_TRUE(rowForLine(plan, 11)->problems.contains(u8("duplicate of line 3")));

    const QJsonArray json = plan.toJson();
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    EXPECT_EQ(plan.count(PlanStatus::Ready), 1);
}

TEST(PlanBuilder, AmbiguousCsvUsersAreNotPicked)
{
    QList<UserRecord> users = test::multilingualUsers();
    users.append(test::makeUser(u8("kmeier"), u8("Karl"), u8("Meier"), {}, u8("tweber")));
    CsvImport csv;
    csv.entries = {CsvImportEntry{2, u8("tweber"), u8("/x.jpg"), u8("/x.jpg"), {}}};
    const ImportPlan plan = PlanBuilder::fromCsv(csv, UserSpecResolver(users));
    ASSERT_EQ(plan.rows.size(), 1);
    EXPECT_EQ(plan.rows.front().status, PlanStatus::Ambiguous);
    EXPECT_TRUE(plan.rows.front().user.isEmpty());
    EXPECT_EQ(plan.rows.front().candidates, (QStringList{u8("tweber"), u8("kmeier")}));
}

TEST(PlanFileChecker, RecognisesImagesByTheirFirstBytes)
{
    EXPECT_EQ(PlanFileChecker::imageFormat(kJpeg), u8("jpeg"));
    EXPECT_EQ(PlanFileChecker::imageFormat(kPng), u8("png"));
    EXPECT_EQ(PlanFileChecker::imageFormat("GIF89a\x01\x00"), u8("gif"));
    EXPECT_EQ(PlanFileChecker::imageFormat(QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16)), u8("webp"));
    EXPECT_EQ(PlanFileChecker::imageFormat(QByteArray("\0\0\0\x18"
                                                      "ftypheic",
                                                      12)),
              u8("heif"));
    EXPECT_EQ(PlanFileChecker::imageFormat("<html>"), QString());
    EXPECT_EQ(PlanFileChecker::imageFormat({}), QString());
}

TEST(PlanFileChecker, AsyncCheckReportsProgressAndKeepsOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    write(dir.filePath(u8("a.jpg")), kJpeg);
    QList<PlanRow> rows(3);
    rows[0].status = PlanStatus::Ready;
    rows[0].file = dir.filePath(u8("a.jpg"));
    rows[1].status = PlanStatus::Ready;
    rows[1].file = dir.filePath(u8("gone.jpg"));
    rows[2].status = PlanStatus::Skipped;
    rows[2].file = dir.filePath(u8("gone.jpg"));
    auto future = PlanFileChecker::checkAsync(rows);
    future.waitForFinished();
    ASSERT_EQ(future.resultCount(), 3);
    EXPECT_EQ(future.progressValue(), 3);
    EXPECT_EQ(future.resultAt(0).status, PlanStatus::Ready);
    EXPECT_EQ(future.resultAt(1).status, PlanStatus::Error);
    EXPECT_EQ(future.resultAt(2).status, PlanStatus::Skipped) << "skipped rows are left alone";
}
