// The crop frame's arithmetic: always square, always inside the image, corners anchored.
#include "app/gui/CropGeometry.h"

#include <gtest/gtest.h>

using adphoto::gui::CropGeometry;
using Handle = CropGeometry::Handle;

namespace {

void expectSquareInside(const QRect& r, QSize image)
{
    EXPECT_EQ(r.width(), r.height());
    EXPECT_GE(r.x(), 0);
    EXPECT_GE(r.y(), 0);
    EXPECT_LE(r.x() + r.width(), image.width());
    EXPECT_LE(r.y() + r.height(), image.height());
}

TEST(CropGeometry, CentredSquareSitsHighInPortraits)
{
    EXPECT_EQ(CropGeometry::centredSquare({800, 600}), QRect(100, 0, 600, 600));
    const QRect portrait = CropGeometry::centredSquare({600, 1000});
    EXPECT_EQ(portrait.size(), QSize(600, 600));
    EXPECT_LT(portrait.y(), 200) << "faces are in the upper part of portraits";
}

TEST(CropGeometry, MoveStopsAtTheEdges)
{
    const QSize image(800, 600);
    EXPECT_EQ(CropGeometry::moved({100, 100, 200, 200}, {50, -30}, image), QRect(150, 70, 200, 200));
    EXPECT_EQ(CropGeometry::moved({100, 100, 200, 200}, {-500, 0}, image), QRect(0, 100, 200, 200));
    EXPECT_EQ(CropGeometry::moved({100, 100, 200, 200}, {0, 900}, image), QRect(100, 400, 200, 200));
}

TEST(CropGeometry, ResizingFromACornerKeepsTheOppositeCorner)
{
    const QSize image(800, 600);
    const QRect crop(200, 100, 200, 200);
    // Bottom-right dragged out: top-left stays.
    const QRect br = CropGeometry::resized(crop, Handle::BottomRight, {500, 380}, image);
    EXPECT_EQ(br, QRect(200, 100, 300, 300)) << "the larger displacement wins, keeping it square";
    // Top-left dragged in: bottom-right (400, 300) stays.
    const QRect tl = CropGeometry::resized(crop, Handle::TopLeft, {300, 250}, image);
    EXPECT_EQ(tl.x() + tl.width(), 400);
    EXPECT_EQ(tl.y() + tl.height(), 300);
    EXPECT_EQ(tl.width(), 100);
    // Top-right dragged far beyond the image: limited by the room above the anchor.
    const QRect tr = CropGeometry::resized(crop, Handle::TopRight, {2000, -2000}, image);
    EXPECT_EQ(tr.x(), 200);
    EXPECT_EQ(tr.y() + tr.height(), 300);
    EXPECT_EQ(tr.width(), 300) << "300 px above the anchor is all there is";
    expectSquareInside(tr, image);
    // Shrunk past the minimum: stays at the minimum edge.
    const QRect tiny = CropGeometry::resized(crop, Handle::BottomLeft, {399, 101}, image);
    EXPECT_EQ(tiny.width(), CropGeometry::kMinEdge);
    EXPECT_EQ(tiny.x() + tiny.width(), 400);
    EXPECT_EQ(tiny.y(), 100);
}

TEST(CropGeometry, GrowKeepsTheCentreAndTheImage)
{
    const QSize image(800, 600);
    EXPECT_EQ(CropGeometry::grown({300, 200, 100, 100}, 10, image), QRect(290, 190, 120, 120));
    const QRect huge = CropGeometry::grown({300, 200, 100, 100}, 1000, image);
    EXPECT_EQ(huge.width(), 600);
    expectSquareInside(huge, image);
    EXPECT_EQ(CropGeometry::grown({300, 200, 100, 100}, -1000, image).width(), CropGeometry::kMinEdge);
}

TEST(CropGeometry, RotationFollowsTheImage)
{
    const QSize image(800, 600);
    const QRect crop(500, 50, 200, 200); // upper right
    // Clockwise: the upper right goes to the lower right of the 600×800 image.
    const QRect once = CropGeometry::rotated(crop, image, 1);
    EXPECT_EQ(once, QRect(600 - 50 - 200, 500, 200, 200));
    expectSquareInside(once, {600, 800});
    EXPECT_EQ(CropGeometry::rotated(once, {600, 800}, -1), crop);
    EXPECT_EQ(CropGeometry::rotated(crop, image, 4), crop);
    EXPECT_EQ(CropGeometry::rotated(CropGeometry::rotated(crop, image, 2), image, 2), crop);
}

TEST(CropGeometry, ClampMakesAnyRectASquareInside)
{
    const QSize image(300, 200);
    const QRect r = CropGeometry::clamp({250, 150, 180, 90}, image);
    EXPECT_EQ(r.width(), 90);
    expectSquareInside(r, image);
    EXPECT_EQ(CropGeometry::clamp({0, 0, 1000, 1000}, image), QRect(0, 0, 200, 200));
    EXPECT_EQ(CropGeometry::clamp({0, 0, 5, 5}, {10, 10}).width(), 10) << "a tiny image caps the minimum";
}

TEST(CropGeometry, HitTestFindsCornersFirst)
{
    const QRectF frame(100, 100, 200, 200);
    EXPECT_EQ(CropGeometry::hitTest(frame, {103, 98}, 9), Handle::TopLeft);
    EXPECT_EQ(CropGeometry::hitTest(frame, {300, 100}, 9), Handle::TopRight);
    EXPECT_EQ(CropGeometry::hitTest(frame, {101, 299}, 9), Handle::BottomLeft);
    EXPECT_EQ(CropGeometry::hitTest(frame, {305, 305}, 9), Handle::BottomRight);
    EXPECT_EQ(CropGeometry::hitTest(frame, {200, 200}, 9), Handle::Move);
    EXPECT_EQ(CropGeometry::hitTest(frame, {50, 200}, 9), Handle::None);
}

} // namespace
