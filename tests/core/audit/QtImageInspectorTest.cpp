// The real header inspector (imaging/QtImageInspector) on real image bytes, and the audit engine
// fed with it: format by content, sizes from headers, truncation noticed, garbage tolerated.
#include "imaging/QtImageInspector.h"
#include "core/audit/AuditEngine.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {
QByteArray encode(int width, int height, const char* format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(120, 160, 200));
    for (int i = 0; i < std::min(width, height); i += 3)
        image.setPixelColor(i, i, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, format)) << format;
    return bytes;
}

// A minimal GIF (Qt only reads GIF): 3 × 2 px, one colour.
QByteArray gif3x2()
{
    return QByteArray::fromHex(
        "47494638396103000200800000ffffff00000021f90401000000002c000000000300020000020284"
        "51003b");
}
} // namespace

TEST(QtImageInspector, RecognisesEachFormatByContentAndReadsItsSize)
{
    const QtImageInspector inspector;
    struct Case
    {
        const char* writer;
        const char* format;
        int w, h;
    };
    for (const Case c :
         {Case{"JPEG", "jpeg", 120, 80}, Case{"PNG", "png", 96, 96}, Case{"BMP", "bmp", 50, 70},
          Case{"WEBP", "webp", 64, 64}, Case{"TIFF", "tiff", 33, 44}}) {
        const ImageFacts facts = inspector.inspect(encode(c.w, c.h, c.writer));
        EXPECT_EQ(facts.format, QLatin1String(c.format)) << c.writer;
        EXPECT_EQ(facts.width, c.w) << c.writer;
        EXPECT_EQ(facts.height, c.h) << c.writer;
        EXPECT_TRUE(facts.complete) << c.writer;
    }
    const ImageFacts gif = inspector.inspect(gif3x2());
    EXPECT_EQ(gif.format, QStringLiteral("gif"));
    EXPECT_EQ(gif.width, 3);
    EXPECT_EQ(gif.height, 2);
}

TEST(QtImageInspector, ATruncatedJpegKeepsItsSizeButIsNotComplete)
{
    const QtImageInspector inspector;
    const QByteArray full = encode(96, 96, "JPEG");
    const ImageFacts cut = inspector.inspect(full.left(full.size() * 2 / 3));
    EXPECT_EQ(cut.format, QStringLiteral("jpeg"));
    EXPECT_EQ(cut.width, 96);
    EXPECT_FALSE(cut.complete);
    const QByteArray png = encode(96, 96, "PNG");
    EXPECT_FALSE(inspector.inspect(png.left(png.size() - 20)).complete);
}

TEST(QtImageInspector, GarbageEmptyAndTextAreUnknownWithoutSize)
{
    const QtImageInspector inspector;
    for (const QByteArray& bytes : {QByteArray(), QByteArray("just some text, named .jpg"),
                                    QByteArray("\xFF\xD8\xFF", 3), QByteArray(5000, '\0')}) {
        const ImageFacts facts = inspector.inspect(bytes);
        EXPECT_FALSE(facts.hasSize());
        EXPECT_FALSE(facts.complete);
    }
    EXPECT_EQ(inspector.inspect(QByteArray("just text")).format, QStringLiteral("unknown"));
    EXPECT_EQ(inspector.inspect(QByteArray("\xFF\xD8\xFF", 3)).format, QStringLiteral("jpeg"));
}

TEST(QtImageInspector, HugeDimensionsAreReadFromTheHeaderWithoutDecoding)
{
    // A PNG header claiming 60000 × 50000 px (3 gigapixels): decoding would need 12 GB.
    QByteArray png = encode(8, 8, "PNG");
    png[16] = 0x00;
    png[17] = 0x00;
    png[18] = char(0xEA);
    png[19] = 0x60; // width 60000
    png[20] = 0x00;
    png[21] = 0x00;
    png[22] = char(0xC3);
    png[23] = 0x50; // height 50000
    const ImageFacts facts = QtImageInspector().inspect(png);
    EXPECT_EQ(facts.format, QStringLiteral("png"));
    EXPECT_EQ(facts.width, 60000);
    EXPECT_EQ(facts.height, 50000);
}

TEST(QtImageInspector, TheAuditOnRealImagesFindsWhatAPersonWouldSee)
{
    const QtImageInspector inspector;
    AuditEngine engine(inspector, {QStringLiteral("DC=t"), 102'400, 96});
    auto add = [&](const QString& sam, const QByteArray& photo) {
        UserRecord u;
        u.sAMAccountName = sam;
        u.dn = QStringLiteral("CN=%1,DC=t").arg(sam);
        engine.add(u, photo);
    };
    const QByteArray jpeg = encode(96, 96, "JPEG");
    add(QStringLiteral("fine"), jpeg);
    add(QStringLiteral("png"), encode(96, 96, "PNG"));
    add(QStringLiteral("cut"), jpeg.left(jpeg.size() / 2));
    add(QStringLiteral("wide"), encode(200, 150, "JPEG"));
    add(QStringLiteral("tiny"), encode(48, 48, "JPEG"));
    QStringList seen;
    for (const AuditFinding& f : engine.report().findings)
        seen << findingKindName(f.kind) + QLatin1Char(':') + f.user;
    EXPECT_EQ(seen, (QStringList{QStringLiteral("notJpeg:png"), QStringLiteral("damaged:cut"),
                                 QStringLiteral("notSquare:wide"), QStringLiteral("tooSmall:tiny")}));
}
