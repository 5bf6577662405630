// What HR hands over is not always an image: every bad file gets a clear error of the right
// kind, never a crash, a half-grey photo, or a decoder that eats all memory.
#include "ImagingTestSupport.h"

#include "imaging/ImageHeaderReader.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>
#include <sys/resource.h>

namespace adphoto::imaging::test {
namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = crc & 1 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return ~crc;
}

QByteArray chunk(const char* type, const QByteArray& payload)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char(quint32(payload.size()) >> shift & 0xFF));
    const QByteArray body = QByteArray(type) + payload;
    out += body;
    const quint32 crc = crc32(body);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char(crc >> shift & 0xFF));
    return out;
}

// A PNG whose header claims 30,000 x 30,000 RGBA pixels (3.6 GB decoded) over a tiny, valid
// zlib stream of zeros that a decoder would happily inflate row after row.
QByteArray pngBomb()
{
    QByteArray ihdr;
    for (const quint32 value : {30000u, 30000u})
        for (int shift = 24; shift >= 0; shift -= 8)
            ihdr.append(char(value >> shift & 0xFF));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(6)); // RGBA
    ihdr.append(QByteArray(3, '\0'));
    const QByteArray zeros = qCompress(QByteArray(1 << 20, '\0')).mid(4); // zlib stream of 1 MiB
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", zeros) +
           chunk("IEND", {});
}

long maxResidentKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

Error errorFor(const QByteArray& bytes, PhotoSpec spec = plainSpec())
{
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(bytes, spec);
    EXPECT_FALSE(photo.has_value());
    return photo ? Error{} : photo.error();
}

TEST(HostileInput, emptyFile)
{
    const Error error = errorFor({});
    EXPECT_EQ(error.kind, ErrorKind::Image);
    EXPECT_TRUE(error.message.contains(QStringLiteral("empty"))) << error.message.toStdString();
}

TEST(HostileInput, textNamedJpg)
{
    const Error error = errorFor(QByteArray("name;file\r\nAnna Müller;anna.jpg\r\n"));
    EXPECT_EQ(error.kind, ErrorKind::Image);
    EXPECT_TRUE(error.message.contains(QStringLiteral("text"))) << error.message.toStdString();
}

TEST(HostileInput, unknownBinaryFormat)
{
    QByteArray pdfLike("%PDF-1.7\n\x00\x01\x02\xFF", 14);
    pdfLike += QByteArray(200, '\x01');
    const Error error = errorFor(pdfLike);
    EXPECT_EQ(error.kind, ErrorKind::Image);
    EXPECT_TRUE(error.message.contains(QStringLiteral("Unknown"))) << error.message.toStdString();
}

TEST(HostileInput, pngBytesNamedJpgAreReadAsPng)
{
    // The pipeline never sees a name: content decides.
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo =
        processor.prepare(qtEncode(quadrants(QSize(200, 200)), "PNG"), plainSpec());
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.sourceFormat, QStringLiteral("png"));
}

TEST(HostileInput, truncatedJpegIsRefusedNotGreyed)
{
    const QByteArray whole = jpeg(busy(QSize(640, 480)));
    for (const double keep : {0.9, 0.5, 0.1}) {
        SCOPED_TRACE(keep);
        const Error error = errorFor(whole.left(qsizetype(whole.size() * keep)));
        EXPECT_EQ(error.kind, ErrorKind::Image);
        EXPECT_TRUE(error.message.contains(QStringLiteral("truncated"))) << error.message.toStdString();
    }
    // Cut inside the header: still a clear image error.
    const Error header = errorFor(whole.left(40));
    EXPECT_EQ(header.kind, ErrorKind::Image);
}

TEST(HostileInput, truncatedPngAndOthers)
{
    const QImage image = busy(QSize(320, 240));
    for (const char* format : {"PNG", "BMP", "TIFF", "WEBP"}) {
        SCOPED_TRACE(format);
        const QByteArray whole = qtEncode(image, format);
        const Error error = errorFor(whole.left(whole.size() / 2));
        EXPECT_EQ(error.kind, ErrorKind::Image) << error.message.toStdString();
        EXPECT_FALSE(error.message.isEmpty());
    }
}

TEST(HostileInput, corruptedScanDataGivesAnErrorOrAPhotoButNeverACrash)
{
    const QByteArray whole = jpeg(busy(QSize(320, 240)));
    QRandomGenerator random(7);
    const OpenCvPhotoProcessor processor;
    for (int round = 0; round < 40; ++round) {
        QByteArray damaged = whole;
        for (int i = 0; i < 20; ++i)
            damaged[qsizetype(random.bounded(quint32(damaged.size())))] = char(random.bounded(256u));
        const Result<PreparedPhoto> photo = processor.prepare(damaged, plainSpec());
        if (photo) {
            EXPECT_EQ(decode(photo->jpeg).size(), QSize(96, 96));
        } else {
            EXPECT_TRUE(photo.error().kind == ErrorKind::Image ||
                        photo.error().kind == ErrorKind::ImageTooLarge);
            EXPECT_FALSE(photo.error().message.isEmpty());
        }
    }
}

TEST(HostileInput, brokenWebPHeaderNeverReachesAnotherDecoder)
{
    // Found by the fuzzer: "RIFF....WEBP" that libwebp rejects, with "DICM" at offset 128.
    // cv::imdecode then tried its DICOM decoder, whose library aborts the process.
    const QByteArray bytes = QByteArray::fromBase64(
        "UklGRn4AAABXRUJQVlA4WHIAAACQAgCdQUkAAAAAAAAAAAAAAAAAQk2eAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        "AAAAAAAAAAAA"
        "AABAAAAAAAAAAAAAAAAAAAAAAAAASDc9Pjv/2wAAAAA6Ly8BigAAAAAAAABESUNNAgAAAAAAAAAALw==");
    ASSERT_EQ(bytes.mid(128, 4), QByteArray("DICM"));
    const Error error = errorFor(bytes);
    EXPECT_EQ(error.kind, ErrorKind::Image);
}

TEST(HostileInput, pngBombIsRefusedBeforeDecoding)
{
    const QByteArray bomb = pngBomb();
    ASSERT_LT(bomb.size(), 64 * 1024);
    const long before = maxResidentKb();
    const Error error = errorFor(bomb);
    EXPECT_EQ(error.kind, ErrorKind::ImageTooLarge);
    EXPECT_TRUE(error.message.contains(QStringLiteral("30000 × 30000"))) << error.message.toStdString();
    // A decode would need gigabytes; refusing costs nothing measurable.
    EXPECT_LT(maxResidentKb() - before, 64 * 1024);
}

TEST(HostileInput, headerBombsInEveryFormatAreRefused)
{
    // The same lie in each format's header: 60,000 x 60,000.
    const QImage small = quadrants(QSize(64, 48));
    QByteArray bmp = qtEncode(small, "BMP");
    bmp[18] = char(0x60), bmp[19] = char(0xEA), bmp[20] = 0, bmp[21] = 0; // width 60000
    bmp[22] = char(0x60), bmp[23] = char(0xEA), bmp[24] = 0, bmp[25] = 0; // height 60000
    QByteArray gifBytes = gif(small);
    gifBytes[6] = char(0x60), gifBytes[7] = char(0xEA), gifBytes[8] = char(0x60), gifBytes[9] = char(0xEA);
    QByteArray jpegBytes = jpeg(small);
    const qsizetype sof = jpegBytes.indexOf(QByteArray("\xFF\xC0", 2));
    ASSERT_GT(sof, 0);
    jpegBytes[sof + 5] = char(0xEA), jpegBytes[sof + 6] = char(0x60); // height
    jpegBytes[sof + 7] = char(0xEA), jpegBytes[sof + 8] = char(0x60); // width
    for (const QByteArray& bytes : {bmp, gifBytes, jpegBytes}) {
        const Error error = errorFor(bytes);
        EXPECT_EQ(error.kind, ErrorKind::ImageTooLarge) << error.message.toStdString();
    }
}

TEST(HostileInput, progressiveJpegWithThousandsOfScansIsRefused)
{
    // Each scan re-reads the whole coefficient buffer: a few kilobytes of tiny scans can keep
    // a decoder busy for minutes on a photo-sized frame.
    const QImage image = busy(QSize(320, 240));
    const QByteArray bomb = manyScanJpeg(image, 9); // 631 scans
    const Error error = errorFor(bomb);
    EXPECT_EQ(error.kind, ErrorKind::Image);
    EXPECT_TRUE(error.message.contains(QStringLiteral("500 scans"))) << error.message.toStdString();

    // The same kind of file with fewer scans than the limit is an ordinary progressive JPEG.
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(manyScanJpeg(image, 5), plainSpec()); // 379
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(decode(photo->jpeg).size(), QSize(96, 96));
}

TEST(HostileInput, pixelLimitIsConfigurable)
{
    const QByteArray twelveMegapixels = jpeg(busy(QSize(4032, 3024)), 80);
    PhotoSpec spec = plainSpec();
    spec.pixelLimit = 10'000'000;
    const Error error = errorFor(twelveMegapixels, spec);
    EXPECT_EQ(error.kind, ErrorKind::ImageTooLarge);
    EXPECT_TRUE(error.message.contains(QStringLiteral("4032 × 3024"))) << error.message.toStdString();

    spec.pixelLimit = 13'000'000;
    const OpenCvPhotoProcessor processor;
    EXPECT_TRUE(processor.prepare(twelveMegapixels, spec).has_value());
}

TEST(HostileInput, badSpecIsAUsageError)
{
    const QByteArray photo = jpeg(quadrants(QSize(300, 300)));
    for (const int size : {0, 95, 100, 600, 672, 744, -96}) {
        PhotoSpec spec = plainSpec(size);
        EXPECT_EQ(errorFor(photo, spec).kind, ErrorKind::Usage) << size;
    }
    PhotoSpec spec = plainSpec();
    spec.maxBytes = 0;
    EXPECT_EQ(errorFor(photo, spec).kind, ErrorKind::Usage);
}

TEST(HostileInput, budgetTooSmallForAnyPhoto)
{
    PhotoSpec spec = plainSpec();
    spec.maxBytes = 300; // less than a JPEG's own tables
    const Error error = errorFor(jpeg(busy(QSize(300, 300))), spec);
    EXPECT_EQ(error.kind, ErrorKind::ImageTooLarge);
    EXPECT_TRUE(error.message.contains(QStringLiteral("300"))) << error.message.toStdString();
}

TEST(HostileInput, missingCascadeNamedByTheUserIsAnError)
{
    PhotoSpec spec;
    spec.cascadePath = QStringLiteral("/nonexistent/cascade.xml");
    const Error error = errorFor(jpeg(quadrants(QSize(300, 300))), spec);
    EXPECT_EQ(error.kind, ErrorKind::NotFound);
    EXPECT_TRUE(error.message.contains(QStringLiteral("/nonexistent/cascade.xml")));
}

} // namespace
} // namespace adphoto::imaging::test
