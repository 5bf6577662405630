// `adphoto-cli photo prepare` as an admin runs it: the built executable on real files, its
// JSON report, the files it writes and its exit status (CONTRACT.md: 0, 1, 2, 3).
#include "ImagingTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace adphoto::imaging::test {
namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonArray json() const { return QJsonDocument::fromJson(out).array(); }
};

class PhotoPrepareCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_in = m_dir.filePath(QStringLiteral("in"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        QDir().mkpath(m_in);
    }

    CliRun run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADPHOTO_CONFIG"), m_dir.filePath(QStringLiteral("adphoto.ini")));
        environment.insert(QStringLiteral("ADPHOTO_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ADPHOTO_CLI),
                      QStringList{QStringLiteral("photo"), QStringLiteral("prepare")} + arguments);
        EXPECT_TRUE(process.waitForFinished(120'000));
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString input(const QString& name, const QByteArray& bytes) const
    {
        const QString path = QDir(m_in).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_in;
    QString m_out;
};

QJsonObject byFile(const QJsonArray& rows, const QString& suffix)
{
    for (const QJsonValue& row : rows)
        if (row.toObject().value(QStringLiteral("file")).toString().endsWith(suffix))
            return row.toObject();
    return {};
}

TEST_F(PhotoPrepareCommand, oneRealPhotoToOneFile)
{
    const QString source =
        input(QStringLiteral("grace.jpg"), readFile(fixturePath(QStringLiteral("grace_hopper.jpg"))));
    const QString target = m_dir.filePath(QStringLiteral("grace-ad.jpg"));
    const CliRun result =
        run({source, QStringLiteral("-o"), target, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray rows = result.json();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("width")).toInt(), 96);
    EXPECT_EQ(row.value(QStringLiteral("height")).toInt(), 96);
    EXPECT_TRUE(row.value(QStringLiteral("faceFound")).toBool());
    EXPECT_GT(row.value(QStringLiteral("quality")).toInt(), 0);
    EXPECT_TRUE(row.value(QStringLiteral("warnings")).isArray());
    const QJsonObject crop = row.value(QStringLiteral("crop")).toObject();
    EXPECT_EQ(crop.value(QStringLiteral("width")).toInt(), crop.value(QStringLiteral("height")).toInt());
    const QByteArray written = readFile(target);
    EXPECT_EQ(written.size(), row.value(QStringLiteral("bytes")).toInteger());
    EXPECT_LE(written.size(), 102'400);
    EXPECT_EQ(decode(written).size(), QSize(96, 96));
    EXPECT_TRUE(row.value(QStringLiteral("error")).isNull());
}

TEST_F(PhotoPrepareCommand, aDirectoryWithABadFileAndANameCollisionIsPartlyDone)
{
    input(QStringLiteral("anna.jpg"), jpeg(busy(QSize(400, 300))));
    input(QStringLiteral("anna.png"), qtEncode(busy(QSize(300, 300)), "PNG"));
    input(QStringLiteral("bob.JPG"), qtEncode(quadrants(QSize(200, 200)), "PNG")); // PNG bytes named .jpg
    input(QStringLiteral("notes.jpg"), QByteArray("this is not a photo\n"));
    input(QStringLiteral("readme.txt"), QByteArray("not an image name: skipped"));
    const CliRun result =
        run({m_in, QStringLiteral("-o"), m_out, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--no-face"), QStringLiteral("--size"), QStringLiteral("192")});
    EXPECT_EQ(result.exitCode, 3) << result.err.toStdString();
    const QJsonArray rows = result.json();
    ASSERT_EQ(rows.size(), 4) << result.out.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(m_out).filePath(QStringLiteral("anna.jpg.jpg"))));
    EXPECT_TRUE(QFile::exists(QDir(m_out).filePath(QStringLiteral("anna.png.jpg"))));
    EXPECT_TRUE(QFile::exists(QDir(m_out).filePath(QStringLiteral("bob.jpg"))));
    EXPECT_FALSE(QFile::exists(QDir(m_out).filePath(QStringLiteral("notes.jpg"))));
    EXPECT_EQ(byFile(rows, QStringLiteral("bob.JPG")).value(QStringLiteral("sourceFormat")).toString(),
              QStringLiteral("png"));
    EXPECT_EQ(byFile(rows, QStringLiteral("anna.png")).value(QStringLiteral("width")).toInt(), 192);
    const QJsonObject bad = byFile(rows, QStringLiteral("notes.jpg"));
    EXPECT_EQ(bad.value(QStringLiteral("errorKind")).toString(), QStringLiteral("image"));
    EXPECT_TRUE(bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("text")));
    EXPECT_TRUE(bad.value(QStringLiteral("width")).isNull());
    EXPECT_TRUE(result.err.contains("notes.jpg")); // errors also on stderr
}

TEST_F(PhotoPrepareCommand, everyFileFailingExitsOne)
{
    const QString a = input(QStringLiteral("a.jpg"), QByteArray());
    const QByteArray whole = jpeg(busy(QSize(300, 300)));
    const QString b = input(QStringLiteral("b.jpg"), whole.left(whole.size() * 3 / 5));
    const CliRun result =
        run({a, b, QStringLiteral("-o"), m_out, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(result.exitCode, 1);
    const QJsonArray rows = result.json();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(byFile(rows, QStringLiteral("a.jpg"))
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("empty")));
    EXPECT_TRUE(byFile(rows, QStringLiteral("b.jpg"))
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("truncated")));
}

TEST_F(PhotoPrepareCommand, badFlagsAreUsageErrors)
{
    const QString source = input(QStringLiteral("a.jpg"), jpeg(busy(QSize(300, 300))));
    EXPECT_EQ(
        run({source, QStringLiteral("-o"), m_out, QStringLiteral("--size"), QStringLiteral("100")}).exitCode,
        2);
    EXPECT_EQ(
        run({source, QStringLiteral("-o"), m_out, QStringLiteral("--crop"), QStringLiteral("0,0,10,20")})
            .exitCode,
        2);
    EXPECT_EQ(
        run({source, QStringLiteral("-o"), m_out, QStringLiteral("--max-bytes"), QStringLiteral("lots")})
            .exitCode,
        2);
    EXPECT_EQ(run({source}).exitCode, 2);
}

TEST_F(PhotoPrepareCommand, explicitCropAndExistingOutputDirectory)
{
    const QString source = input(QStringLiteral("wide.png"), qtEncode(quadrants(QSize(400, 200)), "PNG"));
    QDir().mkpath(m_out);
    const CliRun result =
        run({source, QStringLiteral("-o"), m_out, QStringLiteral("--crop"), QStringLiteral("200,0,200,200"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject crop = result.json().first().toObject().value(QStringLiteral("crop")).toObject();
    EXPECT_EQ(crop.value(QStringLiteral("x")).toInt(), 200);
    const QImage out = decode(readFile(QDir(m_out).filePath(QStringLiteral("wide.jpg"))));
    EXPECT_TRUE(near(out.pixelColor(10, 10), kTopRight)); // the right half only
    EXPECT_TRUE(near(out.pixelColor(85, 85), kBottomRight));
}

TEST_F(PhotoPrepareCommand, keepConformingKeepsTheImageData)
{
    const QByteArray original = withExifOrientation(jpeg(busy(QSize(192, 192)), 85), 1);
    const QString source = input(QStringLiteral("ok.jpg"), original);
    const CliRun result =
        run({source, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("kept.jpg")),
             QStringLiteral("--keep-conforming"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.json().first().toObject().value(QStringLiteral("kept")).toBool());
    const QByteArray kept = readFile(m_dir.filePath(QStringLiteral("kept.jpg")));
    EXPECT_FALSE(kept.contains("Exif"));
    EXPECT_EQ(decode(kept), decode(original));
}

TEST_F(PhotoPrepareCommand, oneJobOrManyWriteTheSamePhotos)
{
    for (int i = 0; i < 6; ++i)
        input(QStringLiteral("p%1.jpg").arg(i), jpeg(busy(QSize(500 + 40 * i, 400), quint32(i))));
    const QString serial = m_dir.filePath(QStringLiteral("serial"));
    const CliRun one = run({m_in, QStringLiteral("-o"), serial, QStringLiteral("--jobs"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const CliRun many = run({m_in, QStringLiteral("-o"), m_out, QStringLiteral("--jobs"), QStringLiteral("4"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(many.exitCode, 0) << many.err.toStdString();
    EXPECT_EQ(one.json().size(), 6);
    EXPECT_EQ(many.json().size(), 6);
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("p%1.jpg").arg(i);
        const QByteArray written = readFile(QDir(m_out).filePath(name));
        EXPECT_FALSE(written.isEmpty()) << name.toStdString();
        EXPECT_EQ(written, readFile(QDir(serial).filePath(name))) << name.toStdString();
    }
    EXPECT_EQ(
        run({m_in, QStringLiteral("-o"), m_out, QStringLiteral("--jobs"), QStringLiteral("0")}).exitCode, 2);
}

TEST_F(PhotoPrepareCommand, maxMegapixelsRefusesBiggerPhotos)
{
    const QString source = input(QStringLiteral("big.png"), qtEncode(busy(QSize(1500, 1000)), "PNG"));
    const CliRun refused = run({source, QStringLiteral("-o"), m_out, QStringLiteral("--max-megapixels"),
                                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
    ASSERT_EQ(refused.json().size(), 1);
    EXPECT_TRUE(refused.json()
                    .first()
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("1500 × 1000")));
    EXPECT_EQ(
        run({source, QStringLiteral("-o"), m_out, QStringLiteral("--max-megapixels"), QStringLiteral("2")})
            .exitCode,
        0);
}

TEST_F(PhotoPrepareCommand, tableOutputForPeople)
{
    const QString source = input(QStringLiteral("a.jpg"), jpeg(busy(QSize(300, 300))));
    const CliRun result = run({source, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("a-ad.jpg")),
                               QStringLiteral("--no-face")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("a.jpg"));
    EXPECT_TRUE(result.out.contains("0,0,300,300"));
}

} // namespace
} // namespace adphoto::imaging::test
