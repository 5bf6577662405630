// Real photographs (from Debian packages) come out face-centred: the whole face inside the
// crop, its centre 40-60 % across, the eyes 35-45 % from the top (CONTRACT.md "Imaging").
// The face positions were measured by hand, not by the detector under test.
#include "ImagingTestSupport.h"

#include "imaging/OpenCvPhotoProcessor.h"

#include <QPainter>

#include <gtest/gtest.h>

namespace adphoto::imaging::test {
namespace {

void expectFramed(const PhotoReport& report, QRect face, int eyesY)
{
    ASSERT_TRUE(report.faceFound);
    const QRect crop = report.crop;
    EXPECT_EQ(crop.width(), crop.height());
    EXPECT_TRUE(crop.contains(face)) << "crop " << crop.x() << "," << crop.y() << " " << crop.width()
                                     << " misses face " << face.x() << "," << face.y() << " " << face.width()
                                     << "x" << face.height();
    const double across = (face.center().x() - crop.x()) / double(crop.width());
    const double down = (eyesY - crop.y()) / double(crop.height());
    EXPECT_GE(across, 0.40);
    EXPECT_LE(across, 0.60);
    EXPECT_GE(down, 0.35);
    EXPECT_LE(down, 0.45);
}

QRect scaledRect(QRect r, double factor, QPoint offset)
{
    return QRect(int(r.x() * factor) + offset.x(), int(r.y() * factor) + offset.y(), int(r.width() * factor),
                 int(r.height() * factor));
}

TEST(Face, realPortraitsAreFramedAroundTheFace)
{
    const OpenCvPhotoProcessor processor;
    for (const KnownFace& known : knownFaces()) {
        SCOPED_TRACE(known.file.toStdString());
        const Result<PreparedPhoto> photo = processor.prepare(readFile(fixturePath(known.file)), PhotoSpec{});
        ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
        expectFramed(photo->report, known.face, known.eyesY);
        EXPECT_EQ(decode(photo->jpeg).size(), QSize(96, 96));
        EXPECT_TRUE(photo->report.warnings.isEmpty()) << photo->report.warnings.join(u' ').toStdString();
    }
}

TEST(Face, portraitInATwelveMegapixelPhotoDecodedAtReducedScale)
{
    // The portrait enlarged so that the face is an eighth of the width and placed off-centre in
    // a 4032 x 3024 frame, as a phone would take it; the pipeline decodes it at 1/8 scale and
    // must still frame the face.
    const OpenCvPhotoProcessor processor;
    for (const KnownFace& known : knownFaces()) {
        SCOPED_TRACE(known.file.toStdString());
        const QImage portrait = decode(readFile(fixturePath(known.file)));
        const double factor = 4032.0 / 8 / known.face.width();
        const QSize enlarged = portrait.size() * factor;
        const QPoint offset(std::min(2200, 4032 - enlarged.width()),
                            std::max(0, std::min(700, 3024 - enlarged.height())));
        QImage frame = busy(QSize(4032, 3024), 5);
        QPainter painter(&frame);
        painter.drawImage(QRect(offset, enlarged), portrait);
        painter.end();
        const Result<PreparedPhoto> photo = processor.prepare(jpeg(frame, 92), PhotoSpec{});
        ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
        expectFramed(photo->report, scaledRect(known.face, factor, offset),
                     int(known.eyesY * factor) + offset.y());
    }
}

TEST(Face, portraitRotatedByExifIsFramedInShownPixels)
{
    // Grace Hopper stored lying on her side (orientation 8 turns her upright).
    const KnownFace known = knownFaces().first();
    const QImage shown = decode(readFile(fixturePath(known.file)));
    const QImage lying = shown.transformed(QTransform().rotate(90)); // shown = lying turned 90° left
    const QByteArray bytes = withExifOrientation(jpeg(lying, 95), 8);
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(bytes, PhotoSpec{});
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    EXPECT_EQ(photo->report.sourceSize, shown.size());
    expectFramed(photo->report, known.face, known.eyesY);
}

TEST(Face, theBiggestFaceWinsOverOneInTheBackground)
{
    const KnownFace known = knownFaces().last(); // the astronaut
    const QImage portrait = decode(readFile(fixturePath(known.file)));
    QImage group = busy(QSize(2600, 1700), 9);
    QPainter painter(&group);
    painter.drawImage(QRect(QPoint(50, 1000), portrait.size()), portrait);      // small, at the side
    painter.drawImage(QRect(QPoint(1000, 100), portrait.size() * 3), portrait); // big
    painter.end();
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo = processor.prepare(jpeg(group), PhotoSpec{});
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    expectFramed(photo->report, scaledRect(known.face, 3, QPoint(1000, 100)), known.eyesY * 3 + 100);
}

TEST(Face, aPlayerInFrontOfACrowdIsFramed)
{
    // OpenCV's sample messi5.jpg (opencv-doc): a 548 x 342 action shot whose face is 7 % of the
    // width, in front of a stand full of smaller faces. Measured by hand: the face from hairline
    // to chin, the eyes on one line.
    const QRect face(220, 92, 39, 40);
    const int eyesY = 107;
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo =
        processor.prepare(readFile(fixturePath(QStringLiteral("messi5.jpg"))), PhotoSpec{});
    ASSERT_TRUE(photo.has_value()) << photo.error().text().toStdString();
    expectFramed(photo->report, face, eyesY);
    EXPECT_EQ(decode(photo->jpeg).size(), QSize(96, 96));
    EXPECT_LE(photo->jpeg.size(), PhotoSpec{}.maxBytes);
    // Framed around a 40 px face, the crop is under 96 px: enlarged, and the user is told.
    EXPECT_TRUE(photo->report.upscaled);
    EXPECT_EQ(photo->report.warnings.size(), 1);
}

TEST(Face, noFaceDetectionWhenTurnedOff)
{
    PhotoSpec spec;
    spec.detectFace = false;
    const OpenCvPhotoProcessor processor;
    const Result<PreparedPhoto> photo =
        processor.prepare(readFile(fixturePath(QStringLiteral("grace_hopper.jpg"))), spec);
    ASSERT_TRUE(photo.has_value());
    EXPECT_FALSE(photo->report.faceFound);
    EXPECT_EQ(photo->report.crop, QRect(0, 22, 512, 512));
    EXPECT_TRUE(photo->report.warnings.isEmpty());
}

} // namespace
} // namespace adphoto::imaging::test
