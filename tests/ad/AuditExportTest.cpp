// The photo audit and the photo export against the real, seeded DC: every figure equals the
// truth computed here from seed.json (and, for the users other tests write to, from the live
// directory), and the export holds exactly the seeded photos, byte for byte.
#include "TestDc.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
QString seedBase()
{
    return TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_SEED_BASE"));
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

template <class T> Result<T> get(QFuture<Result<T>> future)
{
    future.waitForFinished();
    return future.result();
}

// What a user's photo is, as the test knows it independently of adphoto's audit code.
struct Truth
{
    QString dn;
    QString sam;
    QString ou;
    bool disabled = false;
    qint64 bytes = 0; // 0 = no photo
    QString sha;
    QString format; // "jpeg", "png", "jpeg-truncated"
    int width = 0;
    int height = 0;
};

Truth fromSeed(const QJsonObject& u)
{
    Truth t;
    t.dn = str(u, "dn");
    t.sam = str(u, "sAMAccountName");
    t.ou = str(u, "ou");
    t.disabled = u.value(QStringLiteral("disabled")).toBool();
    if (u.value(QStringLiteral("hasPhoto")).toBool()) {
        t.bytes = u.value(QStringLiteral("photoBytes")).toInteger();
        t.sha = str(u, "photoSha256");
        t.format = str(u, "photoFormat");
        const QStringList px = str(u, "photoPixels").split(QLatin1Char('x'));
        if (px.size() == 2) {
            t.width = px.at(0).toInt();
            t.height = px.at(1).toInt();
        }
    }
    return t;
}

// For the users other tests (and this one) write to: what the directory holds right now,
// decoded fully with QImage rather than read from a header.
Truth fromLive(Directory& directory, const QJsonObject& u)
{
    Truth t = fromSeed(u);
    t.bytes = 0;
    t.sha.clear();
    t.format.clear();
    t.width = t.height = 0;
    auto photo = get(directory.readPhoto(t.dn));
    EXPECT_TRUE(photo.has_value()) << t.dn.toStdString();
    if (photo && !photo->bytes.isEmpty()) {
        t.bytes = photo->bytes.size();
        t.sha = sha256(photo->bytes);
        QBuffer buffer(&photo->bytes);
        QImageReader reader(&buffer);
        t.format = QString::fromLatin1(reader.format()); // before read(): afterwards nothing is left to sniff
        const QImage image = reader.read();
        t.width = image.width();
        t.height = image.height();
    }
    return t;
}

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
    CliRun run(QStringList args) const { return runCli(args, env); }
};

QJsonArray parseArray(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.left(300).toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

QByteArray jpeg(int width, int height, int shade)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(shade, 255 - shade, (shade * 3) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

void ldapModify(const QString& dn, const QString& attribute, const QString& value)
{
    const QByteArray ldif = "dn:: " + dn.toUtf8().toBase64() +
                            "\nchangetype: modify\nreplace: " + attribute.toUtf8() + "\n" +
                            attribute.toUtf8() + ":: " + value.toUtf8().toBase64() + "\n";
    auto m = ldapTool(QStringLiteral("ldapmodify"), ldif);
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
}

// Write targets 16..19 carry photos the seed lacks (a shared one, a wide one, a tiny one) and
// a hostile display name while a test runs; everything is put back afterwards.
class Planted
{
public:
    explicit Planted(Directory& directory)
        : m_directory(directory)
    {
        const QByteArray shared = jpeg(96, 96, 40);
        plant(writeTarget(16), shared);
        plant(writeTarget(17), shared);
        plant(writeTarget(18), jpeg(160, 120, 90));
        plant(writeTarget(19), jpeg(48, 48, 140));
        ldapModify(str(writeTarget(19), "dn"), QStringLiteral("displayName"), hostileName());
    }
    ~Planted()
    {
        for (const auto& [dn, photo] : std::as_const(m_planted)) {
            auto removed = get(m_directory.removePhoto(dn, photo));
            EXPECT_TRUE(removed.has_value()) << dn.toStdString();
        }
        ldapModify(str(writeTarget(19), "dn"), QStringLiteral("displayName"),
                   str(writeTarget(19), "displayName"));
    }
    static QString hostileName() { return QStringLiteral("<script>alert(\"owned\")</script> & Co"); }

private:
    void plant(const QJsonObject& u, const QByteArray& photo)
    {
        const QString dn = str(u, "dn");
        auto current = get(m_directory.readPhoto(dn));
        ASSERT_TRUE(current.has_value());
        auto written = get(m_directory.writePhoto(dn, current->bytes, photo));
        ASSERT_TRUE(written.has_value()) << written.error().text().toStdString();
        m_planted.append({dn, photo});
    }

    Directory& m_directory;
    QList<std::pair<QString, QByteArray>> m_planted;
};

// The truth for every user under the seed base: seed.json, except live values for the users
// other tests may have written to.
QList<Truth> truthUnderBase(Directory& directory)
{
    QList<Truth> users;
    for (const QJsonValue& v : TestDc::instance().seed()) {
        const QJsonObject u = v.toObject();
        if (!str(u, "dn").endsWith(QLatin1Char(',') + seedBase(), Qt::CaseInsensitive))
            continue;
        users << (isWriteTarget(str(u, "dn")) ? fromLive(directory, u) : fromSeed(u));
    }
    return users;
}

// "kind|dn" for every finding the truth implies.
QSet<QString> expectedFindings(const QList<Truth>& users, qint64 maxBytes)
{
    QHash<QString, int> shaCount;
    for (const Truth& t : users) {
        if (t.bytes > 0)
            ++shaCount[t.sha];
    }
    QSet<QString> findings;
    auto add = [&](const char* kind, const Truth& t) {
        findings.insert(QLatin1String(kind) + QLatin1Char('|') + t.dn.toLower());
    };
    for (const Truth& t : users) {
        if (t.bytes == 0) {
            add("missing", t);
            continue;
        }
        if (t.bytes > maxBytes)
            add("oversized", t);
        if (t.format != QLatin1String("jpeg") && t.format != QLatin1String("jpeg-truncated"))
            add("notJpeg", t);
        if (t.format == QLatin1String("jpeg-truncated"))
            add("damaged", t);
        if (t.width > 0 && t.width != t.height)
            add("notSquare", t);
        if (t.width > 0 && std::min(t.width, t.height) < 96)
            add("tooSmall", t);
        if (shaCount.value(t.sha) > 1)
            add("duplicate", t);
        if (t.disabled)
            add("disabledWithPhoto", t);
    }
    return findings;
}

QSet<QString> reportedFindings(const QJsonArray& rows)
{
    QSet<QString> findings;
    for (const QJsonValue& v : rows) {
        const QJsonObject r = v.toObject();
        if (str(r, "kind") != QLatin1String("ou"))
            findings.insert(str(r, "kind") + QLatin1Char('|') + str(r, "dn").toLower());
    }
    return findings;
}

std::string text(const QStringList& list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}
} // namespace

TEST(VisitPhotos, DeliversEveryUsersPhotoBytesAsSeeded)
{
    auto directory = openDirectory(TestDc::instance().admin());
    QHash<QString, Truth> truth;
    for (const Truth& t : truthUnderBase(*directory))
        truth.insert(t.dn.toLower(), t);
    int visited = 0;
    int checked = 0;
    QStringList wrong;
    UserQuery query;
    query.baseDn = seedBase();
    query.photoSizes = false; // implied anyway: the bytes are what this call is for
    auto future = directory->visitPhotos(query, [&](const UserRecord& user, const QByteArray& photo) {
        ++visited;
        const Truth t = truth.value(user.dn.toLower());
        if (t.dn.isEmpty() || (photo.isEmpty() ? !t.sha.isEmpty() : sha256(photo) != t.sha) ||
            user.hasPhoto != !photo.isEmpty() || user.photoBytes != photo.size())
            wrong << user.dn;
        checked += photo.isEmpty() ? 0 : 1;
        return true;
    });
    future.waitForFinished();
    ASSERT_EQ(future.resultCount(), 1);
    ASSERT_TRUE(future.result().has_value()) << future.result().error().text().toStdString();
    EXPECT_EQ(visited, truth.size());
    EXPECT_EQ(future.progressValue(), truth.size());
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(checked, 500);
}

TEST(VisitPhotos, AVisitorThatSaysStopEndsTheListingAndTheSessionStaysUsable)
{
    ConnectionSettings settings = TestDc::instance().admin();
    settings.pageSize = 50;
    auto directory = openDirectory(settings);
    int visited = 0;
    UserQuery query;
    query.baseDn = seedBase();
    auto future =
        directory->visitPhotos(query, [&](const UserRecord&, const QByteArray&) { return ++visited < 120; });
    future.waitForFinished();
    ASSERT_EQ(future.resultCount(), 1);
    ASSERT_FALSE(future.result().has_value());
    EXPECT_EQ(future.result().error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(visited, 120);
    auto again = get(directory->findUser(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_USER_SAM"))));
    EXPECT_TRUE(again.has_value());
}

TEST(Audit, EveryFigureEqualsTheTruthComputedFromTheSeed)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const Planted planted(*directory);
    const QList<Truth> users = truthUnderBase(*directory);
    Cli cli;
    auto run = cli.run({QStringLiteral("audit"), QStringLiteral("--ou"), seedBase(),
                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rows = parseArray(run.out);

    // Findings: exactly the truth's, kind by kind, user by user.
    const QSet<QString> expected = expectedFindings(users, 102'400);
    const QSet<QString> reported = reportedFindings(rows);
    EXPECT_TRUE((reported - expected).isEmpty())
        << "reported but not true:\n"
        << sorted(reported - expected).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE((expected - reported).isEmpty())
        << "true but not reported:\n"
        << sorted(expected - reported).join(QLatin1Char('\n')).toStdString();
    for (const char* kind :
         {"missing", "notJpeg", "damaged", "notSquare", "tooSmall", "duplicate", "disabledWithPhoto"}) {
        bool present = false;
        for (const QString& f : expected)
            present |= f.startsWith(QLatin1String(kind) + QLatin1Char('|'));
        EXPECT_TRUE(present) << "the seed plus the planted photos exercise " << kind;
    }

    // The special seeded values, by name.
    QHash<QString, QStringList> kindsBySam;
    for (const QJsonValue& v : rows) {
        const QJsonObject r = v.toObject();
        if (str(r, "kind") != QLatin1String("ou"))
            kindsBySam[str(r, "user")] << str(r, "kind");
    }
    for (const QJsonValue& v : TestDc::instance().seed()) {
        const QJsonObject u = v.toObject();
        const QStringList tags = u.value(QStringLiteral("tags")).toVariant().toStringList();
        const QStringList kinds = kindsBySam.value(str(u, "sAMAccountName"));
        if (tags.contains(QStringLiteral("max-photo"))) {
            EXPECT_EQ(u.value(QStringLiteral("photoBytes")).toInt(), 102'400);
            EXPECT_FALSE(kinds.contains(QStringLiteral("oversized")))
                << "exactly at the limit is not over it";
        }
        if (tags.contains(QStringLiteral("photo-png"))) {
            EXPECT_EQ(text(kinds), "notJpeg");
        }
        if (tags.contains(QStringLiteral("photo-truncated"))) {
            EXPECT_EQ(text(kinds), "damaged");
        }
        if (tags.contains(QStringLiteral("disabled-with-photo"))) {
            EXPECT_EQ(text(kinds), "disabledWithPhoto");
        }
    }
    for (const QJsonValue& v : rows) {
        const QJsonObject r = v.toObject();
        if (str(r, "kind") == QLatin1String("duplicate") &&
            str(r, "dn").compare(str(writeTarget(16), "dn"), Qt::CaseInsensitive) == 0) {
            EXPECT_EQ(text(r.value(QStringLiteral("sameAs")).toVariant().toStringList()),
                      str(writeTarget(17), "sAMAccountName").toStdString());
        }
        if (str(r, "kind") == QLatin1String("notSquare") &&
            str(r, "dn").compare(str(writeTarget(18), "dn"), Qt::CaseInsensitive) == 0) {
            EXPECT_EQ(r.value(QStringLiteral("width")).toInt(), 160);
            EXPECT_EQ(r.value(QStringLiteral("height")).toInt(), 120);
            EXPECT_EQ(str(r, "format"), QStringLiteral("jpeg"));
        }
    }

    // OU rows: users and users without a photo, in the subtree and directly.
    QHash<QString, QJsonObject> ouRows;
    for (const QJsonValue& v : rows) {
        if (str(v.toObject(), "kind") == QLatin1String("ou"))
            ouRows.insert(str(v.toObject(), "ou").toLower(), v.toObject());
    }
    QHash<QString, QString> expectedOus; // lower-cased -> as written
    for (const Truth& t : users) {
        // The user's OU and each OU above it up to the base (split where an RDN "OU=" starts).
        const QString ou = t.ou;
        expectedOus.insert(ou.toLower(), ou);
        for (qsizetype at = ou.indexOf(QLatin1String(",OU=")); at >= 0;
             at = ou.indexOf(QLatin1String(",OU="), at + 1)) {
            const QString above = ou.mid(at + 1);
            if (above.endsWith(seedBase(), Qt::CaseInsensitive))
                expectedOus.insert(above.toLower(), above);
        }
    }
    EXPECT_EQ(text(sorted(QSet<QString>(ouRows.keyBegin(), ouRows.keyEnd()))),
              text(sorted(QSet<QString>(expectedOus.keyBegin(), expectedOus.keyEnd()))));
    for (const QString& ou : std::as_const(expectedOus)) {
        int subtree = 0, subtreeMissing = 0, direct = 0, directMissing = 0;
        for (const Truth& t : users) {
            const bool in = t.ou.compare(ou, Qt::CaseInsensitive) == 0;
            if (in || t.ou.endsWith(QLatin1Char(',') + ou, Qt::CaseInsensitive)) {
                ++subtree;
                subtreeMissing += t.bytes == 0;
                direct += in;
                directMissing += in && t.bytes == 0;
            }
        }
        const QJsonObject r = ouRows.value(ou.toLower());
        EXPECT_EQ(r.value(QStringLiteral("users")).toInt(), subtree) << ou.toStdString();
        EXPECT_EQ(r.value(QStringLiteral("missing")).toInt(), subtreeMissing) << ou.toStdString();
        EXPECT_EQ(r.value(QStringLiteral("directUsers")).toInt(), direct) << ou.toStdString();
        EXPECT_EQ(r.value(QStringLiteral("directMissing")).toInt(), directMissing) << ou.toStdString();
    }
    EXPECT_EQ(ouRows.value(seedBase().toLower()).value(QStringLiteral("users")).toInt(), users.size());
}

TEST(Audit, MaxBytesMovesTheLimitAndCsvAndHtmlCarryTheSameFindings)
{
    auto directory = openDirectory(TestDc::instance().admin());
    const Planted planted(*directory);
    const QList<Truth> users = truthUnderBase(*directory);
    Cli cli;
    auto csv =
        cli.run({QStringLiteral("audit"), QStringLiteral("--ou"), seedBase(), QStringLiteral("--max-bytes"),
                 QStringLiteral("10240"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QByteArray> lines = csv.out.split('\n');
    EXPECT_EQ(lines.first().trimmed(),
              QByteArray("kind,user,displayName,dn,objectGUID,ou,disabled,photoBytes,format,"
                         "width,height,sha256,sameAs,users,missing,directUsers,directMissing"));
    int oversized = 0;
    for (const QByteArray& line : lines)
        oversized += line.startsWith("oversized,");
    int expectedOversized = 0;
    for (const Truth& t : users)
        expectedOversized += t.bytes > 10'240;
    EXPECT_GT(expectedOversized, 100);
    EXPECT_EQ(oversized, expectedOversized);
    // The hostile display name arrives in the CSV as data, in the HTML only as text.
    EXPECT_TRUE(csv.out.contains("\"<script>alert(\"\"owned\"\")</script> & Co\""))
        << csv.out.left(2000).toStdString();

    auto html = cli.run({QStringLiteral("audit"), QStringLiteral("--ou"), seedBase(),
                         QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(html.exitCode, 0) << html.err.toStdString();
    const QString page = QString::fromUtf8(html.out);
    EXPECT_TRUE(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    EXPECT_FALSE(page.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    EXPECT_TRUE(page.contains(Planted::hostileName().toHtmlEscaped()));
    const QString target = str(writeTarget(18), "sAMAccountName");
    EXPECT_TRUE(page.contains(QStringLiteral("<td>%1</td>").arg(target.toHtmlEscaped())));

    auto table = cli.run({QStringLiteral("audit"), QStringLiteral("--ou"), seedBase()});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(seedBase().toUtf8()));
    EXPECT_TRUE(table.out.contains("directMissing"));
    EXPECT_TRUE(table.out.contains(target.toUtf8()));

    auto bad = cli.run({QStringLiteral("audit"), QStringLiteral("--max-bytes"), QStringLiteral("lots")});
    EXPECT_EQ(bad.exitCode, 2);
    auto badFormat = cli.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(badFormat.exitCode, 2);
}

TEST(Export, WritesExactlyTheSeededPhotosAndAnIndexThatReadsBack)
{
    auto directory = openDirectory(TestDc::instance().admin());
    QHash<QString, Truth> withPhoto; // by sAMAccountName
    for (const Truth& t : truthUnderBase(*directory)) {
        if (t.bytes > 0)
            withPhoto.insert(t.sam, t);
    }
    Cli cli;
    const QString folder = cli.home.filePath(QStringLiteral("export"));
    auto run = cli.run(
        {QStringLiteral("export"), QStringLiteral("--folder"), folder, QStringLiteral("--ou"), seedBase()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "the report goes to stderr";

    // Every file is one seeded photo, byte-identical, named after the account and its format.
    QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    EXPECT_EQ(files.size(), withPhoto.size() + 1);
    QStringList wrong;
    for (const Truth& t : std::as_const(withPhoto)) {
        const QString ext = t.format == QLatin1String("png") ? QStringLiteral("png") : QStringLiteral("jpg");
        QFile f(dir.filePath(t.sam + QLatin1Char('.') + ext));
        if (!f.open(QIODevice::ReadOnly) || sha256(f.readAll()) != t.sha)
            wrong << f.fileName();
    }
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(QLatin1Char('\n')).toStdString();

    // The index: the import format, one row per photo, relative paths that resolve to the photo.
    QFile index(dir.filePath(QStringLiteral("index.csv")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = index.readAll().split('\n');
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QByteArray("AD_user,path_to_file\r"));
    QSet<QString> indexed;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(',')); // seeded names need no quoting
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        const QString path = fields.at(1);
        EXPECT_FALSE(QDir::isAbsolutePath(path));
        EXPECT_FALSE(path.contains(QLatin1Char('/')));
        QFile photo(dir.filePath(path));
        ASSERT_TRUE(photo.open(QIODevice::ReadOnly)) << path.toStdString();
        EXPECT_EQ(sha256(photo.readAll()), withPhoto.value(fields.at(0)).sha) << line.toStdString();
        indexed.insert(fields.at(0));
    }
    EXPECT_EQ(indexed.size(), withPhoto.size());
    EXPECT_EQ(text(sorted(indexed)), text(sorted(QSet<QString>(withPhoto.keyBegin(), withPhoto.keyEnd()))));
}

TEST(Export, NothingIsOverwrittenWithoutOverwriteAndSkippedFilesAreReported)
{
    auto directory = openDirectory(TestDc::instance().admin());
    Cli cli;
    const QString folder = cli.home.filePath(QStringLiteral("export"));
    const QString europe = QStringLiteral("OU=Europe,") + seedBase();
    const QStringList args = {QStringLiteral("export"), QStringLiteral("--folder"), folder,
                              QStringLiteral("--ou"), europe};
    auto first = cli.run(args);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    QDir dir(folder);
    const QStringList photos = dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files);
    ASSERT_GT(photos.size(), 10);
    ASSERT_EQ(photos.size() + 1, dir.entryList(QDir::Files).size()) << "photos and the index, nothing else";
    const QString victim = dir.filePath(photos.at(3));
    QFile original(victim);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    original.close();

    // A second export into the same folder is refused as a whole: the index exists.
    auto again = cli.run(args);
    EXPECT_EQ(again.exitCode, 5) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains("--overwrite"));

    // Without the index, existing files are kept and reported; identical ones count as there.
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("index.csv"))));
    {
        QFile f(victim);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("someone else's file");
    }
    auto kept = cli.run(args);
    EXPECT_EQ(kept.exitCode, 3) << kept.err.toStdString();
    const QString victimUser = QFileInfo(victim).completeBaseName();
    EXPECT_TRUE(kept.err.contains(victimUser.toUtf8())) << kept.err.toStdString();
    EXPECT_TRUE(kept.err.contains("skipped"));
    {
        QFile f(victim);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), QByteArray("someone else's file"));
    }
    QFile index(dir.filePath(QStringLiteral("index.csv")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QByteArray indexBytes = index.readAll();
    index.close();
    EXPECT_FALSE(indexBytes.contains("\n" + victimUser.toUtf8() + ","))
        << "the index never points at a foreign file";
    EXPECT_EQ(indexBytes.count('\n'), photos.size()) << "header + every other photo";

    // --overwrite puts the real photo back.
    auto forced = cli.run(args + QStringList{QStringLiteral("--overwrite")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    QFile restored(victim);
    ASSERT_TRUE(restored.open(QIODevice::ReadOnly));
    EXPECT_EQ(restored.readAll(), originalBytes);
}
