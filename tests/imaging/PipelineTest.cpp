// What an admin sees from `photo prepare`: the asked size, never over the byte budget, the
// highest quality that fits, small sources not upscaled silently, conforming JPEGs kept.
#include "ImagingTestSupport.h"

#include "imaging/OpenCvPhotoProcessor.h"

#include <QtConcurrent/QtConcurrent>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

namespace adphoto::imaging::test {
namespace {

const QByteArray& twelveMegapixelJpeg()
{
    static const QByteArray bytes = jpeg(busy(QSize(4032, 3024), 3), 92);
    return bytes;
}

template <std::size_t N> QByteArray literal(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

qsizetype openCvJpegSize(const QImage& image, int quality)
{
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    const cv::Mat mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()),
                      size_t(bgr.bytesPerLine()));
    std::vector<uchar> bytes;
    cv::imencode(".jpg", mat, bytes, {cv::IMWRITE_JPEG_QUALITY, quality, cv::IMWRITE_JPEG_OPTIMIZE, 1});
    return qsizetype(bytes.size());
}

TEST(Pipeline, everySizeFromATwelveMegapixelPhoto)
{
    const OpenCvPhotoProcessor processor;
    for (const int size : {96, 192, 288, 384, 480, 576, 648}) {
        SCOPED_TRACE(size);
        const Result<PreparedPhoto> photo = processor.prepare(twelveMegapixelJpeg(), plainSpec(size));
        ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
        EXPECT_EQ(decode(photo->jpeg).size(), QSize(size, size));
        EXPECT_EQ(photo->report.size, size);
        EXPECT_LE(photo->jpeg.size(), 102'400);
        EXPECT_EQ(photo->report.bytes, photo->jpeg.size());
        EXPECT_EQ(photo->report.sourceSize, QSize(4032, 3024));
        EXPECT_EQ(photo->report.crop, QRect(504, 0, 3024, 3024));
        EXPECT_TRUE(photo->report.warnings.isEmpty()) << photo->report.warnings.join(u' ').toStdString();
        EXPECT_TRUE(photo->jpeg.startsWith(QByteArray("\xFF\xD8\xFF\xE0", 4))); // JFIF, no EXIF
    }
}

TEST(Pipeline, qualityIsTheHighestThatFits)
{
    // A 288 px source cropped whole and kept at 288 px: the encoder sees exactly these pixels,
    // so the test can encode them itself at the neighbouring qualities.
    const QImage source =
        busy(QSize(48, 48), 11).scaled(288, 288, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const qsizetype at50 = openCvJpegSize(source, 50);
    const qsizetype at95 = openCvJpegSize(source, 95);
    ASSERT_LT(at50, at95);
    const OpenCvPhotoProcessor processor;
    for (const qint64 budget : {at50 + 10, (at50 + at95) / 2, at95 - 10}) {
        SCOPED_TRACE(budget);
        PhotoSpec spec = plainSpec(288);
        spec.maxBytes = budget;
        const Result<PreparedPhoto> photo = processor.prepare(qtEncode(source, "PNG"), spec);
        ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
        const int quality = photo->report.quality;
        EXPECT_EQ(photo->report.size, 288);
        ASSERT_GE(quality, 50);
        ASSERT_LT(quality, 95);
        EXPECT_LE(photo->jpeg.size(), budget);
        EXPECT_EQ(photo->jpeg.size(), openCvJpegSize(source, quality));
        EXPECT_GT(openCvJpegSize(source, quality + 1), budget)
            << "quality " << quality + 1 << " would fit too";
    }
}

TEST(Pipeline, stepsDownBy96WhenEvenTheFloorQualityIsTooBig)
{
    PhotoSpec spec = plainSpec(648);
    spec.maxBytes = 10'240; // old Exchange
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(twelveMegapixelJpeg(), spec);
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_LT(photo->report.size, 648);
    EXPECT_EQ(photo->report.size % 96, 0); // 648 steps down to 576, then by 96
    EXPECT_EQ(decode(photo->jpeg).size(), QSize(photo->report.size, photo->report.size));
    EXPECT_LE(photo->jpeg.size(), 10'240);
    EXPECT_FALSE(photo->report.warnings.isEmpty());
    if (photo->report.size > 96) {
        EXPECT_GE(photo->report.quality, OpenCvPhotoProcessor::kFloorQuality);
    }
}

TEST(Pipeline, tinySourceIsUpscaledWithAWarning)
{
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(jpeg(quadrants(QSize(40, 40))), plainSpec(288));
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.size, 96);
    EXPECT_TRUE(photo->report.upscaled);
    EXPECT_EQ(decode(photo->jpeg).size(), QSize(96, 96));
    ASSERT_EQ(photo->report.warnings.size(), 1);
    EXPECT_TRUE(photo->report.warnings.first().contains(QStringLiteral("upscaled")));
}

TEST(Pipeline, smallSourceGetsTheLargestMultipleOf96ItSupports)
{
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(jpeg(busy(QSize(250, 250))), plainSpec(480));
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.size, 192);
    EXPECT_FALSE(photo->report.upscaled);
    EXPECT_EQ(decode(photo->jpeg).size(), QSize(192, 192));
    EXPECT_EQ(photo->report.warnings.size(), 1);
}

TEST(Pipeline, panoramaIsCroppedToItsCentre)
{
    QImage panorama = busy(QSize(4000, 500));
    for (int y = 0; y < 500; ++y)
        for (int x = 1750; x < 2250; ++x)
            panorama.setPixelColor(x, y, kBottomRight);
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(jpeg(panorama), plainSpec());
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.crop, QRect(1750, 0, 500, 500));
    const QImage out = decode(photo->jpeg);
    EXPECT_TRUE(near(out.pixelColor(3, 48), kBottomRight, 30));
    EXPECT_TRUE(near(out.pixelColor(92, 48), kBottomRight, 30));
}

TEST(Pipeline, portraitWithoutFaceIsCroppedAboveCentre)
{
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(jpeg(busy(QSize(300, 400))), plainSpec());
    ASSERT_TRUE(photo.has_value());
    EXPECT_EQ(photo->report.crop, QRect(0, 25, 300, 300));
}

TEST(Pipeline, explicitCropOverridesDetection)
{
    PhotoSpec spec;
    spec.crop = QRect(100, 50, 200, 200);
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo =
        processor.prepare(readFile(fixturePath(QStringLiteral("astronaut.png"))), spec);
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.crop, QRect(100, 50, 200, 200));
    EXPECT_FALSE(photo->report.faceFound);

    spec.crop = QRect(0, 0, 200, 150);
    const Result<PreparedPhoto> notSquare =
        processor.prepare(readFile(fixturePath(QStringLiteral("astronaut.png"))), spec);
    ASSERT_FALSE(notSquare.has_value());
    EXPECT_EQ(notSquare.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(notSquare.error().message.contains(QStringLiteral("square")));
}

TEST(Pipeline, conformingJpegIsKeptWithoutItsMetadata)
{
    QByteArray original = jpeg(busy(QSize(288, 288)), 80);
    // A GPS position in EXIF, an XMP packet and a comment: all must go.
    original = withSegment(
        original, 0xE1,
        literal("Exif\0\0II*\0\x08\0\0\0\x01\0\x25\x88\x04\0\x01\0\0\0\x1A\0\0\0\0\0\0\0GPSDATA"));
    original = withSegment(original, 0xE1, literal("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"));
    original = withSegment(original, 0xFE, QByteArray("shot at home"));
    original += QByteArray("TRAILER-AFTER-EOI");

    PhotoSpec spec = plainSpec();
    spec.keepConforming = true;
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(original, spec);
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_TRUE(photo->report.keptOriginal);
    EXPECT_EQ(photo->report.size, 288);
    EXPECT_EQ(photo->report.quality, 0);
    EXPECT_FALSE(photo->jpeg.contains("Exif"));
    EXPECT_FALSE(photo->jpeg.contains("GPSDATA"));
    EXPECT_FALSE(photo->jpeg.contains("xmpmeta"));
    EXPECT_FALSE(photo->jpeg.contains("shot at home"));
    EXPECT_FALSE(photo->jpeg.contains("TRAILER"));
    EXPECT_LT(photo->jpeg.size(), original.size());
    // Byte for byte the same picture: the scan data was not re-encoded.
    EXPECT_EQ(decode(photo->jpeg), decode(original));
    EXPECT_TRUE(original.contains(photo->jpeg.mid(photo->jpeg.indexOf(QByteArray("\xFF\xDA", 2)))));
}

TEST(Pipeline, nonConformingSourcesAreReencodedEvenWhenKeepingIsAsked)
{
    PhotoSpec spec = plainSpec();
    spec.keepConforming = true;
    const OpenCvPhotoProcessor processor;
    const QByteArray square288 = jpeg(busy(QSize(288, 288)), 80);
    const struct
    {
        const char* why;
        QByteArray bytes;
        qint64 budget;
    } cases[] = {
        {"not square", jpeg(busy(QSize(300, 288)), 80), 102'400},
        {"not a multiple of 96", jpeg(busy(QSize(300, 300)), 80), 102'400},
        {"rotated by EXIF", withExifOrientation(square288, 6), 102'400},
        {"PNG", qtEncode(busy(QSize(288, 288)), "PNG"), 102'400},
        {"CMYK", cmykJpeg(busy(QSize(288, 288)), false), 102'400},
        {"over the budget", square288, square288.size() - 100},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.why);
        spec.maxBytes = c.budget;
        const Result<PreparedPhoto> photo = processor.prepare(c.bytes, spec);
        ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
        EXPECT_FALSE(photo->report.keptOriginal);
        EXPECT_GT(photo->report.quality, 0);
        EXPECT_EQ(photo->report.size, 96);
        EXPECT_FALSE(photo->report.warnings.isEmpty());
    }
}

TEST(Pipeline, noFaceFoundFallsBackToACentredCropWithAWarning)
{
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(jpeg(quadrants(QSize(400, 300))), PhotoSpec{});
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_FALSE(photo->report.faceFound);
    EXPECT_EQ(photo->report.crop, QRect(50, 0, 300, 300));
    ASSERT_EQ(photo->report.warnings.size(), 1);
    EXPECT_TRUE(photo->report.warnings.first().contains(QStringLiteral("No face")));
}

TEST(Pipeline, parallelCallersGetTheSameResultAsOne)
{
    const QByteArray source = readFile(fixturePath(QStringLiteral("grace_hopper.jpg")));
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> alone = processor.prepare(source, PhotoSpec{});
    ASSERT_TRUE(alone.has_value());
    QList<int> jobs(16);
    const QList<QByteArray> outputs = QtConcurrent::blockingMapped(jobs, [&](int) {
        const Result<PreparedPhoto> photo = processor.prepare(source, PhotoSpec{});
        return photo ? photo->jpeg : QByteArray();
    });
    for (const QByteArray& output : outputs)
        EXPECT_EQ(output, alone->jpeg);
}

} // namespace
} // namespace adphoto::imaging::test
