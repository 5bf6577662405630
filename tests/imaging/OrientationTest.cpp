// EXIF orientation 1-8 is applied: the photo comes out the way a camera's viewer shows it.
// Checked by pixels, with the stored images built from the EXIF definitions independently of
// the pipeline's own implementation.
#include "ImagingTestSupport.h"

#include "imaging/OpenCvPhotoProcessor.h"

#include <gtest/gtest.h>

namespace adphoto::imaging::test {
namespace {

// The pixels a camera stores so that, with orientation tag `orientation`, `shown` is displayed.
QImage stored(const QImage& shown, int orientation)
{
    const int W = shown.width();
    const int H = shown.height();
    const bool swapped = orientation >= 5;
    const int w = swapped ? H : W;
    const int h = swapped ? W : H;
    QImage out(QSize(w, h), QImage::Format_RGB888);
    for (int y = 0; y < H; ++y) {
        for (int x = 0; x < W; ++x) {
            QPoint s;
            switch (orientation) {
            case 1:
                s = {x, y};
                break;
            case 2:
                s = {w - 1 - x, y};
                break;
            case 3:
                s = {w - 1 - x, h - 1 - y};
                break;
            case 4:
                s = {x, h - 1 - y};
                break;
            case 5:
                s = {y, x};
                break;
            case 6:
                s = {y, h - 1 - x};
                break;
            case 7:
                s = {w - 1 - y, h - 1 - x};
                break;
            case 8:
                s = {w - 1 - y, x};
                break;
            }
            out.setPixelColor(s, shown.pixelColor(x, y));
        }
    }
    return out;
}

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

QByteArray be32(quint32 value)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char(value >> shift & 0xFF));
    return out;
}

void expectShownUpright(const Result<PreparedPhoto>& photo, QSize shownSize)
{
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.sourceSize, shownSize);
    const QImage out = decode(photo->jpeg);
    ASSERT_EQ(out.size(), QSize(96, 96));
    EXPECT_TRUE(near(out.pixelColor(8, 8), kTopLeft)) << describe(out.pixelColor(8, 8)).toStdString();
    EXPECT_TRUE(near(out.pixelColor(87, 8), kTopRight)) << describe(out.pixelColor(87, 8)).toStdString();
    EXPECT_TRUE(near(out.pixelColor(8, 87), kBottomLeft)) << describe(out.pixelColor(8, 87)).toStdString();
    EXPECT_TRUE(near(out.pixelColor(87, 87), kBottomRight)) << describe(out.pixelColor(87, 87)).toStdString();
}

class Orientation : public ::testing::TestWithParam<int>
{
};

TEST_P(Orientation, jpegIsShownUpright)
{
    const int orientation = GetParam();
    const OpenCvPhotoProcessor processor;
    for (const bool bigEndian : {false, true}) {
        SCOPED_TRACE(bigEndian ? "Motorola byte order" : "Intel byte order");
        const QImage shown = quadrants(QSize(240, 180));
        const QByteArray bytes =
            withExifOrientation(jpeg(stored(shown, orientation)), orientation, bigEndian);
        expectShownUpright(processor.prepare(bytes, plainSpec()), shown.size());
    }
}

TEST_P(Orientation, largeJpegDecodedAtReducedScaleIsShownUpright)
{
    const int orientation = GetParam();
    // Built small and enlarged (nearest neighbour keeps the quadrants) to keep the test quick.
    const QSize shown(2400, 1800);
    const QImage small = stored(quadrants(shown / 10), orientation);
    const QByteArray bytes = withExifOrientation(jpeg(small.scaled(small.size() * 10)), orientation);
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(bytes, plainSpec());
    expectShownUpright(photo, shown);
    // The crop is reported in the rotated picture's pixels.
    EXPECT_EQ(photo->report.crop, QRect(300, 0, 1800, 1800));
}

TEST_P(Orientation, pngExifChunkIsHonoured)
{
    const int orientation = GetParam();
    const QImage shown = quadrants(QSize(240, 180));
    QByteArray png = qtEncode(stored(shown, orientation), "PNG");
    // An eXIf chunk right after IHDR (8 + 25 bytes).
    QByteArray tiff = withExifOrientation(QByteArray("\xFF\xD8", 2), orientation).mid(2 + 4 + 6);
    const QByteArray body = QByteArray("eXIf") + tiff;
    png.insert(33, be32(quint32(tiff.size())) + body + be32(crc32(body)));
    const OpenCvPhotoProcessor processor;
    expectShownUpright(processor.prepare(png, plainSpec()), shown.size());
}

INSTANTIATE_TEST_SUITE_P(ExifOrientations, Orientation, ::testing::Range(1, 9));

TEST(Orientation, explicitCropIsInRotatedPixels)
{
    // Stored landscape, shown portrait (orientation 6): a crop of the shown top half is red+green.
    const QImage shown = quadrants(QSize(180, 240));
    const QByteArray bytes = withExifOrientation(jpeg(stored(shown, 6)), 6);
    PhotoSpec spec = plainSpec();
    spec.crop = QRect(0, 0, 120, 120); // the shown top-left quadrant (90 x 120) and a bit more
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(bytes, spec);
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    const QImage out = decode(photo->jpeg);
    EXPECT_TRUE(near(out.pixelColor(8, 8), kTopLeft));
    EXPECT_TRUE(near(out.pixelColor(87, 8), kTopRight));
    EXPECT_TRUE(near(out.pixelColor(8, 87), kTopLeft));
    EXPECT_EQ(photo->report.crop, QRect(0, 0, 120, 120));

    // The same rectangle is outside the picture once rotated the other way.
    spec.crop = QRect(100, 0, 120, 120);
    const Result<PreparedPhoto> outside = processor.prepare(bytes, spec);
    ASSERT_FALSE(outside.has_value());
    EXPECT_EQ(outside.error().kind, ErrorKind::InvalidInput);
}

} // namespace
} // namespace adphoto::imaging::test
