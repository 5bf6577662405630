// adphoto-cli end to end against the real DC, as an admin's script would run it.
#include "TestDc.h"

#include "core/journal/Journal.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
struct Cli
{
    QTemporaryDir home;
    QProcessEnvironment env = TestDc::instance().environment(home.path());

    Cli()
    {
        const TestDc& dc = TestDc::instance();
        env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
        env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"),
                   dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    }
    CliRun run(const QStringList& args, const QByteArray& input = {}) const
    {
        return runCli(args, env, input);
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString path = home.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    void kinit() const
    {
        const TestDc& dc = TestDc::instance();
        const QString principal =
            QStringLiteral("Administrator@") + dc.value(QStringLiteral("ADPHOTO_TEST_REALM"));
        auto k = runProgram(QStringLiteral("kinit"), {principal}, env,
                            dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")).toUtf8() + '\n');
        ASSERT_EQ(k.exitCode, 0) << k.err.toStdString();
    }
    QProcessEnvironment kerberosEnv() const
    {
        QProcessEnvironment e = env;
        e.remove(QStringLiteral("ADPHOTO_USER"));
        e.remove(QStringLiteral("ADPHOTO_PASSWORD"));
        e.insert(QStringLiteral("ADPHOTO_SERVER"),
                 TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_GSSAPI_URI")));
        return e;
    }
};

QJsonArray parseArray(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.left(300).toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

QString seedBase()
{
    return TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_SEED_BASE"));
}
} // namespace

TEST(Cli, UsersJsonIsOneArrayWithEveryContractField)
{
    Cli cli;
    auto run = cli.run({QStringLiteral("users"), QStringLiteral("--ou"), seedBase(),
                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray users = parseArray(run);
    int seeded = 0;
    for (const QJsonValue& v : TestDc::instance().seed())
        seeded +=
            v.toObject().value(QStringLiteral("dn")).toString().endsWith(seedBase(), Qt::CaseInsensitive);
    EXPECT_EQ(users.size(), seeded);
    for (const char* key : {"dn", "objectGUID", "sAMAccountName", "userPrincipalName", "displayName",
                            "givenName", "sn", "mail", "employeeID", "disabled", "hasPhoto", "photoBytes"})
        EXPECT_TRUE(users.first().toObject().contains(QLatin1String(key))) << key;
    bool sawNullEmployeeId = false;
    for (const QJsonValue& v : users) {
        const QJsonObject u = v.toObject();
        EXPECT_EQ(u.value(QStringLiteral("objectGUID")).toString().size(), 36);
        if (!u.value(QStringLiteral("hasPhoto")).toBool()) {
            EXPECT_EQ(u.value(QStringLiteral("photoBytes")).toInt(-1), 0);
        }
        sawNullEmployeeId |= u.value(QStringLiteral("employeeID")).isNull();
    }
    EXPECT_TRUE(sawNullEmployeeId) << "absent values are null";
    EXPECT_TRUE(run.err.contains("user(s)")) << "the count goes to stderr, not into the data";
}

TEST(Cli, UsersCsvHasTheSameColumnsAndMissingFilters)
{
    Cli cli;
    auto run = cli.run({QStringLiteral("users"), QStringLiteral("--missing"), QStringLiteral("--ou"),
                        seedBase(), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.split('\n');
    EXPECT_EQ(lines.first().trimmed(),
              QByteArray("dn,objectGUID,sAMAccountName,userPrincipalName,displayName,givenName,"
                         "sn,mail,employeeID,disabled,hasPhoto,photoBytes"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty()) {
            EXPECT_TRUE(lines.at(i).trimmed().endsWith(",false,0")) << lines.at(i).toStdString();
        }
    }
}

TEST(Cli, PhotoSetGetRemoveKeepsABackupOfEveryReplacedPhoto)
{
    Cli cli;
    const QJsonObject target = writeTarget(7);
    const QString sam = target.value(QStringLiteral("sAMAccountName")).toString();
    auto getPhoto = [&] {
        auto got = cli.run(
            {QStringLiteral("photo"), QStringLiteral("get"), sam, QStringLiteral("-o"), QStringLiteral("-")});
        EXPECT_EQ(got.exitCode, 0) << got.err.toStdString();
        return got.out;
    };
    auto set1 = cli.run({QStringLiteral("photo"), QStringLiteral("set"), sam,
                         cli.file(QStringLiteral("a.png"), sampleJpeg(300, 50))});
    ASSERT_EQ(set1.exitCode, 0) << set1.err.toStdString();
    EXPECT_TRUE(set1.err.contains("96")) << "the report names the output size: " << set1.err.toStdString();
    const QByteArray first = getPhoto();
    auto set2 = cli.run({QStringLiteral("photo"), QStringLiteral("set"), sam,
                         cli.file(QStringLiteral("b.jpg"), sampleJpeg(400, 60)), QStringLiteral("--size"),
                         QStringLiteral("192")});
    ASSERT_EQ(set2.exitCode, 0) << set2.err.toStdString();
    const QByteArray second = getPhoto();
    EXPECT_NE(first, second);
    QImage image;
    ASSERT_TRUE(image.loadFromData(second, "JPEG"));
    EXPECT_EQ(image.size(), QSize(192, 192));

    auto refused = cli.run({QStringLiteral("photo"), QStringLiteral("remove"), sam});
    EXPECT_EQ(refused.exitCode, 2) << "no terminal and no --yes: refuse";
    EXPECT_TRUE(refused.err.contains("--yes"));
    auto removed = cli.run({QStringLiteral("photo"), QStringLiteral("remove"), sam, QStringLiteral("--yes")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    auto none = cli.run({QStringLiteral("photo"), QStringLiteral("get"), sam, QStringLiteral("-o"),
                         cli.home.filePath(QStringLiteral("out.jpg"))});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains("no photo"));

    auto journal = Journal::open(cli.home.filePath(QStringLiteral("data")));
    ASSERT_TRUE(journal.has_value());
    auto changes = (*journal)->changes();
    ASSERT_TRUE(changes.has_value());
    ASSERT_EQ(changes->size(), 3);
    EXPECT_TRUE(changes->at(0).oldPhoto.isEmpty());
    EXPECT_EQ(changes->at(0).newPhoto, first);
    EXPECT_EQ(changes->at(1).oldPhoto, first);
    EXPECT_EQ(changes->at(2).oldPhoto, second);
    EXPECT_EQ(changes->at(2).action, QStringLiteral("remove"));
    for (const ChangeRecord& c : *changes) {
        EXPECT_EQ(c.result, QStringLiteral("ok"));
        EXPECT_EQ(c.user, sam);
        EXPECT_FALSE(c.objectGuid.isNull());
    }
}

TEST(Cli, ABadImageIsRefusedBeforeAnythingIsWritten)
{
    Cli cli;
    const QString sam = writeTarget(8).value(QStringLiteral("sAMAccountName")).toString();
    auto text = cli.run({QStringLiteral("photo"), QStringLiteral("set"), sam,
                         cli.file(QStringLiteral("text.jpg"), QByteArray("hello, I am not a photo"))});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains("text.jpg")) << text.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.home.filePath(QStringLiteral("data/journal.sqlite"))));
    auto badSize = cli.run({QStringLiteral("photo"), QStringLiteral("set"), sam,
                            cli.file(QStringLiteral("ok.jpg"), sampleJpeg(96, 1)), QStringLiteral("--size"),
                            QStringLiteral("100")});
    EXPECT_EQ(badSize.exitCode, 2);
}

TEST(Cli, WrongPasswordExits4WithOneClearLine)
{
    Cli cli;
    cli.env.insert(QStringLiteral("ADPHOTO_PASSWORD"), QStringLiteral("wrong"));
    auto run = cli.run({QStringLiteral("users")});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains("Wrong user name or password")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(run.err.contains("wrong")) << "the password never appears in output";
}

TEST(Cli, NoPasswordAndNoTerminalIsAUsageErrorNotAHang)
{
    Cli cli;
    cli.env.remove(QStringLiteral("ADPHOTO_PASSWORD"));
    auto run = cli.run({QStringLiteral("users")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--password-file")) << run.err.toStdString();
}

TEST(Cli, PasswordFileIsRead)
{
    Cli cli;
    const QString pw =
        cli.file(QStringLiteral("pw"),
                 TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")).toUtf8() + '\n');
    cli.env.remove(QStringLiteral("ADPHOTO_PASSWORD"));
    auto run = cli.run({QStringLiteral("check"), QStringLiteral("--password-file"), pw});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(Cli, AnAmbiguousUserExits5AndListsTheCandidates)
{
    Cli cli;
    const QJsonObject a = writeTarget(9);
    const QJsonObject b = writeTarget(10);
    const QString shared = QStringLiteral("shared-mailbox@example.test");
    for (const QJsonObject& u : {a, b}) {
        const QByteArray ldif = QStringLiteral("dn: %1\nchangetype: modify\nreplace: mail\nmail: %2\n")
                                    .arg(u.value(QStringLiteral("dn")).toString(), shared)
                                    .toUtf8();
        auto m = ldapTool(QStringLiteral("ldapmodify"), ldif);
        ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    }
    auto run = cli.run({QStringLiteral("photo"), QStringLiteral("set"), shared,
                        cli.file(QStringLiteral("x.jpg"), sampleJpeg(96, 9))});
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.err.contains(a.value(QStringLiteral("sAMAccountName")).toString().toUtf8()));
    EXPECT_TRUE(run.err.contains(b.value(QStringLiteral("sAMAccountName")).toString().toUtf8()));
}

TEST(Cli, CheckReportsTheConnectionAndTheRightToWrite)
{
    Cli cli;
    auto run =
        cli.run({QStringLiteral("check"), writeTarget(11).value(QStringLiteral("sAMAccountName")).toString(),
                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = parseArray(run).first().toObject();
    EXPECT_EQ(info.value(QStringLiteral("tls")).toString(), QStringLiteral("ldaps"));
    EXPECT_EQ(info.value(QStringLiteral("bind")).toString(), QStringLiteral("simple"));
    EXPECT_EQ(info.value(QStringLiteral("baseDn")).toString(),
              TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_BASE")));
    EXPECT_TRUE(info.value(QStringLiteral("mayWritePhoto")).toBool());
}

TEST(Cli, DomainDiscoveryThroughTheDcsOwnDns)
{
    Cli cli;
    cli.env.remove(QStringLiteral("ADPHOTO_SERVER"));
    auto run =
        cli.run({QStringLiteral("--domain"), TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_DOMAIN")),
                 QStringLiteral("--dns-server"), TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_IP")),
                 QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = parseArray(run).first().toObject();
    EXPECT_TRUE(
        info.value(QStringLiteral("server"))
            .toString()
            .contains(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_HOST")), Qt::CaseInsensitive));
    EXPECT_EQ(info.value(QStringLiteral("tls")).toString(), QStringLiteral("starttls"));
}

TEST(Cli, KerberosBindOnPlainLdapIsSealed)
{
    Cli cli;
    cli.kinit();
    auto run = runCli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")},
                      cli.kerberosEnv());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = parseArray(run).first().toObject();
    EXPECT_EQ(info.value(QStringLiteral("bind")).toString(), QStringLiteral("gssapi"));
    EXPECT_EQ(info.value(QStringLiteral("tls")).toString(), QStringLiteral("none"));
    EXPECT_GE(info.value(QStringLiteral("ssf")).toInt(), 56);
    EXPECT_TRUE(info.value(QStringLiteral("bindIdentity"))
                    .toString()
                    .contains(QStringLiteral("Administrator"), Qt::CaseInsensitive));
    auto users =
        runCli({QStringLiteral("users"), QStringLiteral("--ou"), QStringLiteral("OU=Europe,") + seedBase(),
                QStringLiteral("--no-photo-sizes"), QStringLiteral("--format"), QStringLiteral("json")},
               cli.kerberosEnv());
    ASSERT_EQ(users.exitCode, 0) << users.err.toStdString();
    EXPECT_GT(parseArray(users).size(), 10);
}

TEST(Cli, KerberosWithoutATicketSaysKinit)
{
    Cli cli; // fresh, empty credential cache
    auto run = runCli({QStringLiteral("check")}, cli.kerberosEnv());
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains("kinit")) << run.err.toStdString();
}

TEST(Cli, KerberosInsideTlsNeedsTheDcToAllowIt)
{
    Cli cli;
    cli.kinit();
    QProcessEnvironment env = cli.kerberosEnv();
    env.insert(QStringLiteral("ADPHOTO_TLS"), QStringLiteral("starttls"));
    env.insert(QStringLiteral("ADPHOTO_BIND"), QStringLiteral("gssapi"));
    auto refused = runCli({QStringLiteral("check")}, env);
    EXPECT_EQ(refused.exitCode, 4) << "AD refuses sign/seal inside TLS: " << refused.err.toStdString();

    const QString script = QStringLiteral(ADPHOTO_SOURCE_DIR "/scripts/samba-dc.sh");
    const QString dir = TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_DIR"));
    auto on = runProgram(script,
                         {QStringLiteral("reconfigure"), QStringLiteral("--dir"), dir,
                          QStringLiteral("--allow-sasl-over-tls"), QStringLiteral("on")},
                         QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(on.exitCode, 0) << on.err.toStdString();
    auto allowed = runCli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}, env);
    auto off = runProgram(script,
                          {QStringLiteral("reconfigure"), QStringLiteral("--dir"), dir,
                           QStringLiteral("--allow-sasl-over-tls"), QStringLiteral("off")},
                          QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(allowed.exitCode, 0) << allowed.err.toStdString();
    const QJsonObject info = parseArray(allowed).first().toObject();
    EXPECT_EQ(info.value(QStringLiteral("tls")).toString(), QStringLiteral("starttls"));
    EXPECT_EQ(info.value(QStringLiteral("ssf")).toInt(), 0) << "maxssf=0 inside TLS";
    EXPECT_EQ(off.exitCode, 0) << off.err.toStdString();
}

namespace {
/// The seeded users carrying `tag` (scripts/seed/org.py's placed people), as seed.json says.
QList<QJsonObject> seededWithTag(const QString& tag)
{
    QList<QJsonObject> found;
    for (const QJsonValue& v : TestDc::instance().seed()) {
        const QJsonObject user = v.toObject();
        if (user.value(QStringLiteral("tags")).toArray().contains(tag))
            found << user;
    }
    return found;
}

QString sam(const QJsonObject& user)
{
    return user.value(QStringLiteral("sAMAccountName")).toString();
}
} // namespace

TEST(Cli, MatchJsonGivesEveryFileItsStatusUserAndRuleAndNeverGuesses)
{
    Cli cli;
    const QList<QJsonObject> lukasz = [] {
        QList<QJsonObject> l;
        for (const QJsonObject& u : seededWithTag(QStringLiteral("intl")))
            if (u.value(QStringLiteral("employeeID")).toString() == QLatin1String("004711"))
                l << u;
        return l;
    }();
    // A disabled account with an employee ID: digits match no name rule, so the match is unique.
    const QList<QJsonObject> disabled = [] {
        for (const QJsonValue& v : TestDc::instance().seed()) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("disabled")).toBool() &&
                !u.value(QStringLiteral("employeeID")).toString().isEmpty())
                return QList<QJsonObject>{u};
        }
        return QList<QJsonObject>{};
    }();
    const QList<QJsonObject> annas = seededWithTag(QStringLiteral("same-name:anna-schmidt"));
    const QList<QJsonObject> jurgens = seededWithTag(QStringLiteral("ascii-fold:jurgen-gross"));
    ASSERT_EQ(lukasz.size(), 1);
    ASSERT_EQ(disabled.size(), 1);
    ASSERT_EQ(annas.size(), 2);
    ASSERT_EQ(jurgens.size(), 2);

    QDir folder(cli.home.filePath(QStringLiteral("photos")));
    ASSERT_TRUE(folder.mkpath(QStringLiteral(".")));
    const QByteArray jpeg = sampleJpeg(96, 120);
    auto put = [&](const QString& name, const QByteArray& bytes) {
        QFile f(folder.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    put(QStringLiteral("phototester.jpg"), jpeg);
    put(QStringLiteral("004711.jpg"), jpeg);
    put(disabled.first().value(QStringLiteral("employeeID")).toString() + QStringLiteral(".JPG"), jpeg);
    put(QStringLiteral("Anna Schmidt.jpg"), jpeg);
    // macOS writes decomposed names: "Ju\u0308rgen Groß".
    put(QStringLiteral("J%1rgen Groß.jpg").arg(QStringLiteral("u\u0308")), jpeg);
    put(QStringLiteral("Zyxwv Qutsr Nobodyhere.jpg"), jpeg);
    put(QStringLiteral("empfang.berlin.jpg"), jpeg);
    put(QStringLiteral("empfang.berlin (1).jpg"), jpeg);
    put(QStringLiteral("Thumbs.db"), QByteArray(64, '\0'));
    put(QStringLiteral("readme.txt"), "Photos from HR, March.\n");

    auto run = cli.run({QStringLiteral("match"), QStringLiteral("--folder"), folder.path(),
                        QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 5) << "ambiguous and conflicting files need a person: " << run.err.toStdString();
    const QJsonArray rows = parseArray(run);
    ASSERT_EQ(rows.size(), 10) << run.out.left(600).toStdString();
    QMap<QString, QJsonObject> byFile;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        for (const char* key :
             {"file", "status", "user", "dn", "rule", "candidates", "disabled", "objectGUID", "suggestions"})
            EXPECT_TRUE(row.contains(QLatin1String(key)))
                << key << " missing in " << row.value(QStringLiteral("file")).toString().toStdString();
        EXPECT_TRUE(QFileInfo(row.value(QStringLiteral("file")).toString()).isAbsolute());
        byFile.insert(QFileInfo(row.value(QStringLiteral("file")).toString())
                          .fileName()
                          .normalized(QString::NormalizationForm_C),
                      row);
    }
    auto status = [&](const QString& file) {
        return byFile.value(file).value(QStringLiteral("status")).toString();
    };
    auto user = [&](const QString& file) { return byFile.value(file).value(QStringLiteral("user")); };
    auto candidates = [&](const QString& file) {
        QStringList c;
        for (const QJsonValue& v : byFile.value(file).value(QStringLiteral("candidates")).toArray())
            c << v.toString();
        return c;
    };

    EXPECT_EQ(status(QStringLiteral("phototester.jpg")), QStringLiteral("matched"));
    EXPECT_EQ(user(QStringLiteral("phototester.jpg")).toString(), QStringLiteral("phototester"));
    EXPECT_EQ(byFile.value(QStringLiteral("phototester.jpg")).value(QStringLiteral("rule")).toString(),
              QStringLiteral("sAMAccountName"));
    EXPECT_EQ(byFile.value(QStringLiteral("phototester.jpg")).value(QStringLiteral("dn")).toString(),
              TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_USER_DN")));
    EXPECT_FALSE(byFile.value(QStringLiteral("phototester.jpg"))
                     .value(QStringLiteral("objectGUID"))
                     .toString()
                     .isEmpty());

    EXPECT_EQ(status(QStringLiteral("004711.jpg")), QStringLiteral("matched"));
    EXPECT_EQ(user(QStringLiteral("004711.jpg")).toString(), sam(lukasz.first()));
    EXPECT_EQ(byFile.value(QStringLiteral("004711.jpg")).value(QStringLiteral("rule")).toString(),
              QStringLiteral("employeeID"));

    const QString disabledFile =
        disabled.first().value(QStringLiteral("employeeID")).toString() + QStringLiteral(".JPG");
    EXPECT_EQ(status(disabledFile), QStringLiteral("matched"))
        << "disabled accounts are matched, and flagged";
    EXPECT_EQ(user(disabledFile).toString(), sam(disabled.first()));
    EXPECT_TRUE(byFile.value(disabledFile).value(QStringLiteral("disabled")).toBool());
    EXPECT_FALSE(byFile.value(QStringLiteral("phototester.jpg")).value(QStringLiteral("disabled")).toBool());

    for (const QString& file : {QStringLiteral("Anna Schmidt.jpg"), QStringLiteral("Jürgen Groß.jpg")}) {
        EXPECT_EQ(status(file), QStringLiteral("ambiguous")) << file.toStdString();
        EXPECT_TRUE(user(file).isNull()) << "an ambiguous file names no user: " << file.toStdString();
    }
    for (const QJsonObject& u : annas)
        EXPECT_TRUE(candidates(QStringLiteral("Anna Schmidt.jpg")).contains(sam(u))) << sam(u).toStdString();
    for (const QJsonObject& u : jurgens)
        EXPECT_TRUE(candidates(QStringLiteral("Jürgen Groß.jpg")).contains(sam(u)))
            << "the folded namesake is a candidate too: " << sam(u).toStdString();

    EXPECT_EQ(status(QStringLiteral("Zyxwv Qutsr Nobodyhere.jpg")), QStringLiteral("unmatched"));
    EXPECT_TRUE(user(QStringLiteral("Zyxwv Qutsr Nobodyhere.jpg")).isNull());
    // The copy " (1)" is stripped because its own stem matches nobody: two files, one user.
    EXPECT_EQ(status(QStringLiteral("empfang.berlin.jpg")), QStringLiteral("conflict"));
    EXPECT_EQ(status(QStringLiteral("empfang.berlin (1).jpg")), QStringLiteral("conflict"));
    EXPECT_EQ(status(QStringLiteral("Thumbs.db")), QStringLiteral("skipped"));
    EXPECT_EQ(status(QStringLiteral("readme.txt")), QStringLiteral("skipped"));
}
