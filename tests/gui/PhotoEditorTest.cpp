// The photo editor: the frame under mouse and keyboard, auto-face, rotation, the live result
// (size, byte budget, quality) and Save writing exactly the previewed JPEG to the directory.
#include "GuiTestUtil.h"

#include "app/gui/Connection.h"
#include "app/gui/CropView.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PhotoEditor.h"
#include "app/gui/PreviewTile.h"
#include "core/journal/Journal.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

/// Left half red, right half blue: where each half ends up shows how the picture was turned.
QByteArray halves(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h, QColor(220, 30, 30));
    p.fillRect(w / 2, 0, w - w / 2, h, QColor(30, 30, 220));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Noise is expensive to encode, so a small byte budget forces a lower quality.
QByteArray noise(int edge)
{
    QImage image(edge, edge, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < edge; ++y) {
        for (int x = 0; x < edge; ++x) {
            seed = seed * 1103515245u + 12345u;
            image.setPixel(x, y, qRgb(int(seed >> 24), int(seed >> 16) & 255, int(seed >> 8) & 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct EditorTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    Connection connection{fx.services().directoryFactory};
    PhotoActions actions{connection, &processor, fx.journalDir()};
    std::unique_ptr<PhotoEditor> editor;
    UserRecord user;

    EditorTest()
    {
        fx.data->addUser(QStringLiteral("Grace Hopper"), QStringLiteral("ghopper"),
                         QStringLiteral("OU=Staff,DC=example,DC=test"), makeJpeg(96, qRgb(10, 200, 10)));
        fx.settings->setValue(Settings::Key::FaceDetection, false); // tests turn it on where they need it
        ConnectionSettings s;
        s.server = QStringLiteral("ldaps://dc1.example.test");
        s.user = QStringLiteral("admin@example.test");
        s.password = fx.data->password;
        QSignalSpy opened(&connection, &Connection::opened);
        connection.open(s);
        EXPECT_TRUE(opened.wait(5000));
        user = fx.data->user(QStringLiteral("ghopper"));
        user.hasPhoto = true;
        editor = std::make_unique<PhotoEditor>(actions, *fx.settings, user);
        editor->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(editor.get()));
    }

    void load(const QByteArray& bytes)
    {
        QSignalSpy loaded(editor.get(), &PhotoEditor::sourceLoaded);
        editor->loadBytes(bytes, QStringLiteral("test"));
        ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20'000))
            << "banner: " << editor->banner()->text().toStdString()
            << " image: " << editor->sourceImage().width() << " busy: " << editor->isBusy();
    }
    void waitForResult()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return editor->resultIsCurrent(); }, 10'000));
    }
    CropView* view() { return editor->cropView(); }
};

TEST_F(EditorTest, DraggingInsideMovesTheFrameByTheMouseDistance)
{
    load(halves(800, 600));
    const QRect before = view()->crop();
    EXPECT_EQ(before, QRect(100, 0, 600, 600));
    // Make room to move: a smaller frame first.
    view()->setCrop({300, 200, 200, 200});
    const QRectF frame = view()->frameOnScreen();
    const QPoint start = frame.center().toPoint();
    const double zoom = view()->zoom();
    QTest::mousePress(view(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view(), start + QPoint(int(50 * zoom), int(-40 * zoom)));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, start + QPoint(int(50 * zoom), int(-40 * zoom)));
    const QRect after = view()->crop();
    EXPECT_NEAR(after.x(), 350, 2);
    EXPECT_NEAR(after.y(), 160, 2);
    EXPECT_EQ(after.size(), QSize(200, 200));
}

TEST_F(EditorTest, DraggingACornerResizesAroundTheOppositeOne)
{
    load(halves(800, 600));
    view()->setCrop({300, 200, 200, 200});
    const QRectF frame = view()->frameOnScreen();
    const QPoint corner = frame.bottomRight().toPoint();
    const QPoint to = view()->toWidget(QPointF(560, 460)).toPoint();
    QTest::mousePress(view(), Qt::LeftButton, {}, corner);
    QTest::mouseMove(view(), to);
    QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
    const QRect after = view()->crop();
    EXPECT_NEAR(after.x(), 300, 1);
    EXPECT_NEAR(after.y(), 200, 1);
    EXPECT_NEAR(after.width(), 260, 3);
    EXPECT_EQ(after.width(), after.height());
}

TEST_F(EditorTest, KeyboardMovesAndResizesTheFrame)
{
    load(halves(800, 600));
    view()->setZoom(1.0); // one key step = one image pixel
    view()->setCrop({300, 200, 200, 200});
    view()->setFocus();
    QSignalSpy finished(view(), &CropView::cropEditFinished);
    QTest::keyClick(view(), Qt::Key_Right);
    EXPECT_EQ(view()->crop().topLeft(), QPoint(301, 200));
    QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(view()->crop().topLeft(), QPoint(301, 210));
    QTest::keyClick(view(), Qt::Key_Plus);
    EXPECT_EQ(view()->crop(), QRect(300, 209, 202, 202));
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ShiftModifier);
    EXPECT_EQ(view()->crop().width(), 182);
    EXPECT_GE(finished.count(), 4);
    for (int i = 0; i < 100; ++i)
        QTest::keyClick(view(), Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(view()->crop().x(), 0) << "the frame stops at the edge";
}

TEST_F(EditorTest, ResultHonoursSizeAndByteBudget)
{
    load(noise(700));
    waitForResult();
    ASSERT_TRUE(editor->result().has_value());
    EXPECT_EQ(editor->result()->report.size, 96);
    EXPECT_EQ(QImage::fromData(editor->result()->jpeg).size(), QSize(96, 96));

    child<QComboBox>(editor.get(), "outputSize")->setCurrentIndex(2); // 288
    waitForResult();
    const int generousQuality = editor->result()->report.quality;
    EXPECT_EQ(QImage::fromData(editor->result()->jpeg).size(), QSize(288, 288));
    EXPECT_LE(editor->result()->jpeg.size(), 100 * 1024);

    auto* budget = child<QSpinBox>(editor.get(), "byteBudget");
    budget->setValue(12);
    waitForResult();
    const PhotoReport& tight = editor->result()->report;
    EXPECT_LE(editor->result()->jpeg.size(), 12 * 1024) << "never over the budget";
    EXPECT_TRUE(tight.quality < generousQuality || tight.size < 288) << "something had to give";
    const QString text = child<QLabel>(editor.get(), "resultLabel")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("quality %1").arg(tight.quality))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(tight.bytes))) << text.toStdString();
}

TEST_F(EditorTest, PreviewsShowTheEncodedPhotoAtClientSizes)
{
    load(halves(800, 600));
    waitForResult();
    for (int edge : {96, 48, 32}) {
        PreviewTile* tile = editor->preview(edge);
        ASSERT_NE(tile, nullptr);
        const QImage image = tile->image();
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.width(), qRound(edge * tile->devicePixelRatioF()));
        // The frame spans both halves: red on the left, blue on the right.
        const QColor left = image.pixelColor(image.width() / 8, image.height() / 2);
        const QColor right = image.pixelColor(image.width() * 7 / 8, image.height() / 2);
        EXPECT_GT(left.red(), left.blue());
        EXPECT_GT(right.blue(), right.red());
    }
}

TEST_F(EditorTest, RotatingTurnsPictureFrameAndResult)
{
    load(halves(800, 600));
    waitForResult();
    editor->rotate(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->sourceImage().size() == QSize(600, 800); }, 5000));
    EXPECT_EQ(editor->rotation(), 1);
    const QRect crop = view()->crop();
    EXPECT_EQ(crop.width(), 600);
    EXPECT_LE(crop.y() + crop.height(), 800);
    waitForResult();
    // Turned clockwise, the red left half is now on top.
    const QImage result = QImage::fromData(editor->result()->jpeg);
    const QColor top = result.pixelColor(48, 10);
    const QColor bottom = result.pixelColor(48, 86);
    EXPECT_GT(top.red(), top.blue() + 80) << "top should be red";
    EXPECT_GT(bottom.blue(), bottom.red() + 80) << "bottom should be blue";
    editor->rotate(-1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->sourceImage().size() == QSize(800, 600); }, 5000));
    EXPECT_EQ(view()->crop(), QRect(100, 0, 600, 600));
}

TEST_F(EditorTest, ZoomScalesTheViewAndFitReturns)
{
    load(halves(800, 600));
    const double fit = view()->zoom();
    EXPECT_TRUE(view()->fitMode());
    QTest::keyClick(editor.get(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_FALSE(view()->fitMode());
    EXPECT_NEAR(view()->zoom(), fit * 1.25, 1e-6);
    EXPECT_GE(view()->width(), int(800 * fit * 1.25));
    QTest::keyClick(editor.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_TRUE(view()->fitMode());
}

TEST_F(EditorTest, CtrlRAndCtrlLRotateAndCtrlMinusZoomsOut)
{
    load(halves(800, 600)); // red left half, blue right half
    view()->setFocus();
    auto settle = [&] { ASSERT_TRUE(QTest::qWaitFor([&] { return !editor->isBusy(); }, 5000)); };
    auto colourAt = [&](double across, double down) {
        const QImage& image = editor->sourceImage();
        return image.pixelColor(int(across * (image.width() - 1)), int(down * (image.height() - 1)));
    };
    // Two presses before the first turn is computed: both count.
    QTest::keyClick(view(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_R, Qt::ControlModifier);
    settle();
    EXPECT_EQ(editor->rotation(), 2);
    EXPECT_EQ(editor->sourceImage().size(), QSize(800, 600));
    EXPECT_GT(colourAt(0.1, 0.5).blue(), 150) << "turned half way round, blue is on the left";
    EXPECT_GT(colourAt(0.9, 0.5).red(), 150);

    QTest::keyClick(view(), Qt::Key_L, Qt::ControlModifier);
    settle();
    EXPECT_EQ(editor->rotation(), 1);
    EXPECT_EQ(editor->sourceImage().size(), QSize(600, 800));
    EXPECT_GT(colourAt(0.5, 0.1).red(), 150) << "a quarter turn clockwise puts red on top";
    EXPECT_LE(view()->crop().bottom(), 799);

    QTest::keyClick(view(), Qt::Key_L, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_R, Qt::ControlModifier); // and back: no turn at all
    QTest::keyClick(view(), Qt::Key_L, Qt::ControlModifier);
    settle();
    EXPECT_EQ(editor->rotation(), 0);
    EXPECT_EQ(editor->sourceImage().size(), QSize(800, 600));
    EXPECT_GT(colourAt(0.1, 0.5).red(), 150);

    const double fit = view()->zoom();
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_FALSE(view()->fitMode());
    EXPECT_LT(view()->zoom(), fit);
    QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_TRUE(view()->fitMode());
    EXPECT_NEAR(view()->zoom(), fit, 1e-6);
}

TEST_F(EditorTest, AutoFaceFramesGraceHopper)
{
    fx.settings->setValue(Settings::Key::FaceDetection, true);
    QFile file(fixturePath(QStringLiteral("grace_hopper.jpg")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QSignalSpy face(editor.get(), &PhotoEditor::faceSearchFinished);
    editor->loadBytes(file.readAll(), QStringLiteral("grace_hopper.jpg"));
    ASSERT_TRUE(face.wait(20'000));
    EXPECT_TRUE(face.first().first().toBool()) << editor->banner()->text().toStdString();
    const QRect crop = view()->crop();
    const QSize image = editor->sourceImage().size();
    EXPECT_LT(crop.width(), std::min(image.width(), image.height())) << "tighter than the whole picture";
    // Her face is in the upper middle of the 512×600 portrait.
    EXPECT_GT(crop.center().x(), image.width() / 4);
    EXPECT_LT(crop.center().x(), image.width() * 3 / 4);
    EXPECT_LT(crop.y(), image.height() / 2);
}

TEST_F(EditorTest, NoFaceLeavesTheFrameAndSaysSo)
{
    load(halves(800, 600));
    QSignalSpy face(editor.get(), &PhotoEditor::faceSearchFinished);
    editor->autoFace();
    ASSERT_TRUE(face.wait(10'000));
    EXPECT_FALSE(face.first().first().toBool());
    EXPECT_EQ(view()->crop(), QRect(100, 0, 600, 600));
    EXPECT_TRUE(editor->banner()->isVisible());
}

TEST_F(EditorTest, SaveWritesThePreviewedJpegWithABackup)
{
    const QByteArray old = fx.data->photo(user.dn);
    load(halves(800, 600));
    view()->setCrop({0, 0, 300, 300}); // all red
    waitForResult();
    const QByteArray previewed = editor->result()->jpeg;
    QSignalSpy saved(editor.get(), &PhotoEditor::saved);
    QTest::mouseClick(child<QPushButton>(editor.get(), "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(saved.wait(10'000)) << editor->banner()->text().toStdString();
    EXPECT_EQ(fx.data->photo(user.dn), previewed) << "what was shown is what is written";
    EXPECT_FALSE(editor->isVisible()) << "a saved editor closes";
    auto journal = Journal::open(fx.journalDir());
    for (int i = 0; i < 20 && !journal; ++i) { // see UsersPageTest: Journal::open() may find it locked
        QTest::qWait(50);
        journal = Journal::open(fx.journalDir());
    }
    ASSERT_TRUE(journal.has_value());
    const auto changes = (*journal)->changes();
    ASSERT_TRUE(changes.has_value());
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().oldPhoto, old);
    EXPECT_EQ(changes->first().newPhoto, previewed);
}

TEST_F(EditorTest, SaveBeforeThePreviewIsReadyStillSavesThisFrame)
{
    load(halves(800, 600));
    view()->setCrop({500, 300, 300, 300}); // all blue
    QSignalSpy saved(editor.get(), &PhotoEditor::saved);
    editor->save(); // no wait for the debounced preview
    ASSERT_TRUE(saved.wait(10'000)) << editor->banner()->text().toStdString();
    const QImage written = QImage::fromData(fx.data->photo(user.dn));
    ASSERT_FALSE(written.isNull());
    EXPECT_GT(written.pixelColor(48, 48).blue(), 150);
}

TEST_F(EditorTest, AnUnreadableFileIsReportedInPlace)
{
    editor->loadBytes(QByteArray("this is not a picture"), QStringLiteral("notes.jpg"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->banner()->isVisible(); }, 5000));
    EXPECT_TRUE(editor->banner()->text().contains(QStringLiteral("not a picture")))
        << editor->banner()->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(editor.get(), "saveButton")->isEnabled());
}

TEST_F(EditorTest, OpensOnTheCurrentPhoto)
{
    QSignalSpy loaded(editor.get(), &PhotoEditor::sourceLoaded);
    editor->loadCurrentPhoto();
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(editor->sourceImage().size(), QSize(96, 96));
    EXPECT_GT(editor->sourceImage().pixelColor(48, 48).green(), 150);
}

} // namespace
