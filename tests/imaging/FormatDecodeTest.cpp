// Every accepted format and colour model, recognised by content, comes out as the same upright
// colour picture: checked by pixels of the JPEG the pipeline writes.
#include "ImagingTestSupport.h"

#include "imaging/OpenCvPhotoProcessor.h"

#include <QPainter>

#include <gtest/gtest.h>

namespace adphoto::imaging::test {
namespace {

struct FormatCase
{
    const char* name;
    QByteArray (*make)(const QImage&);
    const char* expectedFormat;
};

void expectQuadrants(const Result<PreparedPhoto>& photo, int tolerance = 45)
{
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    const QImage out = decode(photo->jpeg);
    ASSERT_EQ(out.size(), QSize(96, 96));
    const struct
    {
        QPoint at;
        QColor expected;
    } checks[] = {
        {{10, 10}, kTopLeft}, {{85, 10}, kTopRight}, {{10, 85}, kBottomLeft}, {{85, 85}, kBottomRight}};
    for (const auto& check : checks) {
        const QColor actual = out.pixelColor(check.at);
        EXPECT_TRUE(near(actual, check.expected, tolerance))
            << "at " << check.at.x() << "," << check.at.y() << ": " << describe(actual).toStdString()
            << ", expected " << describe(check.expected).toStdString();
    }
}

class FormatDecode : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(FormatDecode, comesOutUprightWithTheRightColours)
{
    const FormatCase& format = GetParam();
    const QByteArray bytes = format.make(quadrants(QSize(240, 180)));
    ASSERT_FALSE(bytes.isEmpty());
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(bytes, plainSpec());
    expectQuadrants(photo);
    ASSERT_TRUE(photo.has_value());
    EXPECT_EQ(photo->report.sourceFormat.toStdString(), format.expectedFormat);
    EXPECT_EQ(photo->report.sourceSize, QSize(240, 180));
    EXPECT_EQ(photo->report.crop, QRect(30, 0, 180, 180));
    EXPECT_FALSE(photo->report.upscaled);
}

const FormatCase kFormats[] = {
    {"jpegBaseline", [](const QImage& i) { return jpeg(i, 92, false); }, "jpeg"},
    {"jpegProgressive", [](const QImage& i) { return jpeg(i, 92, true); }, "jpeg"},
    {"jpegCmyk", [](const QImage& i) { return cmykJpeg(i, false); }, "jpeg"},
    {"jpegYcck", [](const QImage& i) { return cmykJpeg(i, true); }, "jpeg"},
    {"png", [](const QImage& i) { return qtEncode(i, "PNG"); }, "png"},
    {"pngPalette",
     [](const QImage& i) { return qtEncode(i.convertToFormat(QImage::Format_Indexed8), "PNG"); }, "png"},
    {"png16Bit", [](const QImage& i) { return png16(i); }, "png"},
    {"bmp", [](const QImage& i) { return qtEncode(i, "BMP"); }, "bmp"},
    {"gif", [](const QImage& i) { return gif(i); }, "gif"},
    {"tiff", [](const QImage& i) { return openCvEncode(i, ".tiff"); }, "tiff"},
    {"tiffFromQt", [](const QImage& i) { return qtEncode(i, "TIFF"); }, "tiff"},
    {"webpLossy", [](const QImage& i) { return openCvEncode(i, ".webp"); }, "webp"},
    {"webpFromQt", [](const QImage& i) { return qtEncode(i, "WEBP"); }, "webp"},
};

INSTANTIATE_TEST_SUITE_P(AllFormats, FormatDecode, ::testing::ValuesIn(kFormats),
                         [](const auto& testInfo) { return std::string(testInfo.param.name); });

TEST(FormatDecode, greyscaleJpegStaysGrey)
{
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(greyJpeg(quadrants(QSize(240, 180))), plainSpec());
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    const QImage out = decode(photo->jpeg);
    ASSERT_EQ(out.size(), QSize(96, 96));
    const QColor topLeft = out.pixelColor(10, 10);
    EXPECT_NEAR(topLeft.red(), topLeft.green(), 6);
    EXPECT_NEAR(topLeft.green(), topLeft.blue(), 6);
    // Red's luma is darker than yellow's: the grey levels survive.
    EXPECT_LT(topLeft.red() + 60, out.pixelColor(85, 85).red());
}

// A portrait on a transparent background: the background must come out white, not black.
QImage cutOut()
{
    QImage image(QSize(200, 200), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(QRect(60, 60, 80, 80), kBottomLeft);
    painter.fillRect(QRect(0, 180, 200, 20), QColor(0, 0, 0, 128)); // half-transparent black
    return image;
}

TEST(FormatDecode, transparencyIsFlattenedOntoWhite)
{
    const OpenCvPhotoProcessor processor;
    for (const char* format : {"PNG", "WEBP", "TIFF"}) {
        SCOPED_TRACE(format);
        const Result<PreparedPhoto> photo = processor.prepare(qtEncode(cutOut(), format), plainSpec());
        ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
        const QImage out = decode(photo->jpeg);
        EXPECT_TRUE(near(out.pixelColor(5, 5), Qt::white, 12))
            << describe(out.pixelColor(5, 5)).toStdString();
        EXPECT_TRUE(near(out.pixelColor(48, 48), kBottomLeft, 30))
            << describe(out.pixelColor(48, 48)).toStdString();
        // 50 % black over white is mid grey.
        EXPECT_TRUE(near(out.pixelColor(48, 94), QColor(128, 128, 128), 25))
            << describe(out.pixelColor(48, 94)).toStdString();
    }
}

TEST(FormatDecode, paletteTransparencyInGifAndPngIsWhite)
{
    QImage image = quadrants(QSize(200, 200));
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x)
            image.setPixelColor(x, y, QColor(1, 2, 3)); // becomes the transparent index
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> fromGif = processor.prepare(gif(image, QColor(1, 2, 3)), plainSpec());
    ASSERT_TRUE(fromGif.has_value()) << fromGif.error().text().toStdString();
    EXPECT_EQ(fromGif->report.sourceFormat, QStringLiteral("gif"));
    QImage out = decode(fromGif->jpeg);
    EXPECT_TRUE(near(out.pixelColor(10, 10), Qt::white, 12))
        << describe(out.pixelColor(10, 10)).toStdString();
    EXPECT_TRUE(near(out.pixelColor(85, 85), kBottomRight, 45));

    QImage indexed = image.convertToFormat(QImage::Format_Indexed8);
    QList<QRgb> table = indexed.colorTable();
    for (QRgb& entry : table)
        if (entry == qRgb(1, 2, 3))
            entry = qRgba(1, 2, 3, 0);
    indexed.setColorTable(table);
    const Result<PreparedPhoto> fromPng = processor.prepare(qtEncode(indexed, "PNG"), plainSpec());
    ASSERT_TRUE(fromPng.has_value()) << fromPng.error().text().toStdString();
    out = decode(fromPng->jpeg);
    EXPECT_TRUE(near(out.pixelColor(10, 10), Qt::white, 12))
        << describe(out.pixelColor(10, 10)).toStdString();
}

TEST(FormatDecode, gifUsesTheFirstFrame)
{
    // Two frames with the same palette {red, blue}: the first red, the second (appended by
    // hand) blue.
    QImage red(QSize(120, 120), QImage::Format_RGB888);
    red.fill(kTopLeft);
    red.setPixelColor(119, 119, kBottomLeft);
    QImage blue(QSize(120, 120), QImage::Format_RGB888);
    blue.fill(kBottomLeft);
    blue.setPixelColor(0, 0, kTopLeft);
    QByteArray animated = gif(red);
    const QByteArray blueGif = gif(blue);
    // The image block of the second GIF follows its header (13 bytes) and colour table (768).
    animated.chop(1); // the first one's trailer
    animated += blueGif.mid(13 + 768);
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(animated, plainSpec());
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_TRUE(near(decode(photo->jpeg).pixelColor(48, 48), kTopLeft, 30));
}

} // namespace
} // namespace adphoto::imaging::test
