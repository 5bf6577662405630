// The crop geometry on its own: where the square goes for faces near edges, several faces, and
// user crops.
#include "imaging/CropPlanner.h"

#include <gtest/gtest.h>

namespace adphoto::imaging {
namespace {

double across(QRect crop, QRect face)
{
    return (face.x() + face.width() / 2.0 - crop.x()) / crop.width();
}

double eyesDown(QRect crop, QRect face)
{
    return (face.y() + face.height() * CropPlanner::kEyesInFace - crop.y()) / crop.height();
}

TEST(CropPlanner, faceInTheMiddleGetsHeadroomAndCentring)
{
    const QSize image(2000, 3000);
    const QRect face(800, 900, 400, 400);
    const QRect crop = CropPlanner::faceCrop(face, image);
    EXPECT_EQ(crop.width(), crop.height());
    EXPECT_EQ(crop.width(), 880); // 2.2 face heights
    EXPECT_TRUE(crop.contains(face));
    EXPECT_NEAR(across(crop, face), 0.5, 0.01);
    EXPECT_NEAR(eyesDown(crop, face), 0.40, 0.01);
}

TEST(CropPlanner, faceNearAnEdgeShrinksTheCropToStayCentred)
{
    const QSize image(2000, 1500);
    const QRect face(40, 300, 300, 300); // close to the left edge
    const QRect crop = CropPlanner::faceCrop(face, image);
    EXPECT_TRUE(QRect(QPoint(0, 0), image).contains(crop));
    EXPECT_TRUE(crop.contains(face));
    EXPECT_NEAR(across(crop, face), 0.5, 0.02);
}

TEST(CropPlanner, faceFillingThePictureStillFitsInside)
{
    const QSize image(500, 500);
    const QRect face(20, 10, 460, 470);
    const QRect crop = CropPlanner::faceCrop(face, image);
    EXPECT_EQ(crop, QRect(0, 0, 500, 500));
}

TEST(CropPlanner, faceAtTheTopShiftsRatherThanCuttingIt)
{
    const QSize image(1000, 1000);
    const QRect face(400, 0, 200, 200);
    const QRect crop = CropPlanner::faceCrop(face, image);
    EXPECT_TRUE(crop.contains(face));
    EXPECT_GE(crop.width(), 250);
    EXPECT_EQ(crop.y(), 0);
}

TEST(CropPlanner, picksTheBiggestFaceOrTheMostCentralOfTheBig)
{
    const QSize image(1000, 1000);
    const QRect big(100, 100, 200, 200);
    const QRect small(450, 450, 100, 100);
    EXPECT_EQ(CropPlanner::pickFace({small, big}, image), big);
    const QRect almostAsBig(420, 420, 190, 190);
    EXPECT_EQ(CropPlanner::pickFace({big, almostAsBig}, image), almostAsBig);
}

TEST(CropPlanner, defaultCropIsCentredAndUpperBiasedForPortraits)
{
    EXPECT_EQ(CropPlanner::defaultCrop(QSize(400, 300)), QRect(50, 0, 300, 300));
    EXPECT_EQ(CropPlanner::defaultCrop(QSize(300, 500)), QRect(0, 50, 300, 300));
    EXPECT_EQ(CropPlanner::defaultCrop(QSize(300, 300)), QRect(0, 0, 300, 300));
}

TEST(CropPlanner, userCropsAreChecked)
{
    const QSize image(640, 480);
    EXPECT_TRUE(CropPlanner::validateCrop(QRect(0, 0, 480, 480), image).has_value());
    EXPECT_EQ(CropPlanner::validateCrop(QRect(0, 0, 400, 300), image).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(CropPlanner::validateCrop(QRect(300, 0, 400, 400), image).error().kind,
              ErrorKind::InvalidInput);
    EXPECT_EQ(CropPlanner::validateCrop(QRect(-1, 0, 100, 100), image).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(CropPlanner::validateCrop(QRect(0, 0, 0, 0), image).error().kind, ErrorKind::InvalidInput);
}

} // namespace
} // namespace adphoto::imaging
