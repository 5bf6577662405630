// The JPEG header reader the size check, orientation and keep mode rely on, and the content
// sniffing that ignores file names.
#include "ImagingTestSupport.h"

#include "imaging/ImageHeaderReader.h"
#include "imaging/ImageSniffer.h"
#include "imaging/JpegHeader.h"
#include "imaging/JpegMetadataStripper.h"

#include <gtest/gtest.h>

namespace adphoto::imaging::test {
namespace {

TEST(JpegHeader, readsSizeComponentsAndCoding)
{
    const QImage image = busy(QSize(321, 123));
    const std::optional<JpegHeader> baseline = JpegHeader::parse(jpeg(image, 90, false));
    ASSERT_TRUE(baseline);
    EXPECT_EQ(baseline->size(), QSize(321, 123));
    EXPECT_EQ(baseline->components(), 3);
    EXPECT_FALSE(baseline->isProgressive());
    EXPECT_TRUE(baseline->isComplete());
    EXPECT_EQ(baseline->orientation(), 1);

    const std::optional<JpegHeader> progressive = JpegHeader::parse(jpeg(image, 90, true));
    ASSERT_TRUE(progressive);
    EXPECT_TRUE(progressive->isProgressive());
    EXPECT_TRUE(progressive->isComplete());

    EXPECT_EQ(JpegHeader::parse(greyJpeg(image))->components(), 1);
    EXPECT_EQ(JpegHeader::parse(cmykJpeg(image, false))->components(), 4);
}

TEST(JpegHeader, readsOrientationInBothByteOrders)
{
    const QByteArray plain = jpeg(busy(QSize(64, 64)));
    for (int orientation = 1; orientation <= 8; ++orientation) {
        EXPECT_EQ(JpegHeader::parse(withExifOrientation(plain, orientation, false))->orientation(),
                  orientation);
        EXPECT_EQ(JpegHeader::parse(withExifOrientation(plain, orientation, true))->orientation(),
                  orientation);
    }
    EXPECT_EQ(JpegHeader::parse(withExifOrientation(plain, 9))->orientation(), 1); // invalid: ignored
}

TEST(JpegHeader, truncationIsNoticed)
{
    const QByteArray whole = jpeg(busy(QSize(200, 200)));
    EXPECT_FALSE(JpegHeader::parse(whole.left(whole.size() - 2))->isComplete());
    EXPECT_FALSE(JpegHeader::parse(whole.left(20)).has_value());
    EXPECT_FALSE(JpegHeader::parse(QByteArray("\xFF\xD8", 2)).has_value());
}

TEST(JpegHeader, theImageEndsAtItsOwnMarkerWhateverIsAppended)
{
    const QByteArray first = jpeg(busy(QSize(200, 200)));
    const QByteArray second = jpeg(busy(QSize(120, 80)));
    // A multi-picture file ends with the second image's marker; a motion photo with video data.
    const QByteArray multiPicture = first + second;
    const QByteArray motionPhoto = first + QByteArray("ftypmp42 video data without an end marker");
    for (const QByteArray& file : {first, multiPicture, motionPhoto}) {
        const std::optional<JpegHeader> header = JpegHeader::parse(file);
        ASSERT_TRUE(header.has_value());
        EXPECT_TRUE(header->isComplete());
        EXPECT_EQ(header->endOffset(file), first.size());
    }
    const QByteArray cut = first.left(first.size() - 40);
    EXPECT_FALSE(JpegHeader::parse(cut)->isComplete());
    EXPECT_EQ(JpegHeader::parse(cut)->endOffset(cut), 0);
}

TEST(JpegHeader, orientedSizeSwapsForQuarterTurns)
{
    const QByteArray plain = jpeg(busy(QSize(300, 200)));
    const Result<ImageHeader> turned = ImageHeaderReader::read(withExifOrientation(plain, 6), 50'000'000);
    ASSERT_TRUE(turned.has_value());
    EXPECT_EQ(turned->size, QSize(300, 200));
    EXPECT_EQ(turned->orientedSize(), QSize(200, 300));
}

TEST(ImageSniffer, recognisesByContentOnly)
{
    const QImage image = busy(QSize(40, 30));
    EXPECT_EQ(ImageSniffer::sniff(jpeg(image)), ImageFormat::Jpeg);
    EXPECT_EQ(ImageSniffer::sniff(qtEncode(image, "PNG")), ImageFormat::Png);
    EXPECT_EQ(ImageSniffer::sniff(qtEncode(image, "BMP")), ImageFormat::Bmp);
    EXPECT_EQ(ImageSniffer::sniff(gif(quadrants(QSize(40, 30)))), ImageFormat::Gif);
    EXPECT_EQ(ImageSniffer::sniff(qtEncode(image, "TIFF")), ImageFormat::Tiff);
    EXPECT_EQ(ImageSniffer::sniff(qtEncode(image, "WEBP")), ImageFormat::WebP);
    EXPECT_EQ(ImageSniffer::sniff(QByteArray("BM is how this note starts")), ImageFormat::Unknown);
    EXPECT_TRUE(ImageSniffer::looksLikeText(QByteArray("Hello,\tworld\r\n")));
    EXPECT_FALSE(ImageSniffer::looksLikeText(jpeg(image)));
}

TEST(ImageHeaderReader, readsEveryFormatsSizeWithoutDecoding)
{
    const QImage image = busy(QSize(123, 77));
    const QList<QByteArray> files{jpeg(image),
                                  qtEncode(image, "PNG"),
                                  qtEncode(image, "BMP"),
                                  gif(quadrants(QSize(123, 77))),
                                  qtEncode(image, "TIFF"),
                                  openCvEncode(image, ".tiff"),
                                  qtEncode(image, "WEBP"),
                                  openCvEncode(image, ".webp")};
    for (const QByteArray& file : files) {
        const Result<ImageHeader> header = ImageHeaderReader::read(file, 50'000'000);
        ASSERT_TRUE(header.has_value()) << header.error().text().toStdString();
        EXPECT_EQ(header->size, QSize(123, 77)) << ImageSniffer::name(header->format).toStdString();
    }
}

TEST(JpegMetadataStripper, keepsTheScanDataAndColourSegments)
{
    const QByteArray plain = jpeg(busy(QSize(96, 96)));
    const QByteArray tagged =
        withSegment(withExifOrientation(plain, 1), 0xED, QByteArray("Photoshop 3.0\0IPTC", 18));
    const std::optional<JpegHeader> header = JpegHeader::parse(tagged);
    ASSERT_TRUE(header);
    const QByteArray stripped = JpegMetadataStripper::strip(tagged, *header);
    EXPECT_EQ(stripped, plain); // OpenCV writes only JFIF: stripping gives back exactly that
}

} // namespace
} // namespace adphoto::imaging::test
