// The bulk import page: a folder is matched, the review table shows ready, ambiguous and
// unmatched rows; an ambiguous row is applied only after a user is picked; unticked rows are
// left alone; Apply writes through the journal and reports each user; Cancel leaves a
// resumable import, and Resume finishes it.
#include "GuiTestUtil.h"

#include "app/gui/Connection.h"
#include "app/gui/ImportPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/UsersPage.h"
#include "core/PhotoHash.h"
#include "core/models/ImportPlanModel.h"
#include "core/models/UserListModel.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

const QString staff = QStringLiteral("OU=Staff,DC=example,DC=test");

struct ImportPageTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    std::unique_ptr<MainWindow> window;
    QString folder;

    ImportPageTest()
    {
        fx.data->addUser(QStringLiteral("Anna Schmidt"), QStringLiteral("aschmidt"), staff);
        fx.data->addUser(QStringLiteral("Anna Schmidt"), QStringLiteral("aschmidt2"),
                         QStringLiteral("OU=Sales,DC=example,DC=test"));
        fx.data->addUser(QStringLiteral("Bob Stone"), QStringLiteral("bstone"), staff);
        fx.data->addUser(QStringLiteral("Carla Diaz"), QStringLiteral("cdiaz"), staff);
        folder = fx.dir.filePath(QStringLiteral("photos"));
        QDir().mkpath(folder);
        write(QStringLiteral("Anna Schmidt.jpg"), qRgb(200, 60, 60));
        write(QStringLiteral("Bob Stone.jpg"), qRgb(60, 60, 200));
        write(QStringLiteral("Carla Diaz.png"), qRgb(60, 200, 60));
        write(QStringLiteral("Nobody Known.jpg"), qRgb(90, 90, 90));
        fx.settings->setValue(Settings::Key::FaceDetection, false);

        window = std::make_unique<MainWindow>(fx.services(&processor));
        window->show();
        QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
        window->start();
        EXPECT_TRUE(listed.wait(5000));
        window->showPage(window->importPage());
    }
    void write(const QString& name, QRgb colour)
    {
        QFile f(QDir(folder).filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(name.endsWith(QLatin1String(".png")) ? makePng(300, 400, colour) : makeJpeg(300, colour));
    }
    ImportPage& page() { return *window->importPage(); }
    ImportPlanModel& model() { return *page().model(); }
    int rowOfFile(const QString& name)
    {
        for (int r = 0; r < model().rowCount(); ++r) {
            if (QFileInfo(model().row(r).file).fileName() == name)
                return r;
        }
        return -1;
    }
    void match()
    {
        QSignalSpy planned(&page(), &ImportPage::planned);
        child<QLineEdit>(&page(), "importFolder")->setText(folder);
        QTest::mouseClick(child<QPushButton>(&page(), "matchButton"), Qt::LeftButton);
        ASSERT_TRUE(planned.wait(10'000)) << page().banner()->text().toStdString();
    }
    void applyAndConfirm()
    {
        auto* apply = child<QPushButton>(&page(), "applyButton");
        ASSERT_TRUE(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QMessageBox* box = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] { return (box = visibleTopLevel<QMessageBox>()) != nullptr; }, 5000));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    }
    QByteArray photoOf(const QString& sam) { return fx.data->photo(fx.data->user(sam).dn); }
};

TEST_F(ImportPageTest, ReviewShowsEachRowsStatus)
{
    QAbstractItemModelTester tester(&model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    match();
    ASSERT_EQ(model().rowCount(), 4);
    const int anna = rowOfFile(QStringLiteral("Anna Schmidt.jpg"));
    const int bob = rowOfFile(QStringLiteral("Bob Stone.jpg"));
    const int nobody = rowOfFile(QStringLiteral("Nobody Known.jpg"));
    EXPECT_EQ(model().row(anna).status, PlanStatus::Ambiguous);
    EXPECT_EQ(
        model().index(anna, ImportPlanModel::UserColumn).data(ImportPlanModel::ChoicesRole).toStringList(),
        (QStringList{QStringLiteral("aschmidt"), QStringLiteral("aschmidt2")}));
    EXPECT_EQ(model().row(bob).status, PlanStatus::Ready);
    EXPECT_EQ(model().row(bob).user, QStringLiteral("bstone"));
    EXPECT_EQ(model().row(nobody).status, PlanStatus::Unmatched);
    // Only ready rows can be ticked, and they start ticked.
    EXPECT_EQ(model().index(bob, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_FALSE(model().index(anna, 0).data(Qt::CheckStateRole).isValid());
    EXPECT_FALSE(model().flags(model().index(anna, 0)) & Qt::ItemIsUserCheckable);
    EXPECT_EQ(model().checkedCount(), 2) << "Bob and Carla";
    EXPECT_TRUE(child<QPushButton>(&page(), "applyButton")->text().contains(QStringLiteral("2")));
}

TEST_F(ImportPageTest, AnAmbiguousRowIsAppliedOnlyAfterAPick)
{
    match();
    const int anna = rowOfFile(QStringLiteral("Anna Schmidt.jpg"));
    // Pick through the real editor: the user chooser in the table.
    QTableView* table = page().table();
    const QModelIndex cell = model().index(anna, ImportPlanModel::UserColumn);
    table->setCurrentIndex(cell);
    EXPECT_EQ(table->findChild<QComboBox*>(QStringLiteral("userChooser")), nullptr)
        << "no editor just by moving there";
    QTest::keyClick(table, Qt::Key_F2);
    auto* chooser = table->findChild<QComboBox*>(QStringLiteral("userChooser"));
    ASSERT_NE(chooser, nullptr);
    EXPECT_EQ(chooser->count(), 2);
    chooser->setCurrentIndex(chooser->findText(QStringLiteral("aschmidt2")));
    QTest::keyClick(chooser, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().row(anna).status == PlanStatus::Ready; }, 2000));
    EXPECT_EQ(model().row(anna).user, QStringLiteral("aschmidt2"));
    EXPECT_EQ(model().checkedCount(), 3);

    // Untick Carla: she must be left alone.
    const int carla = rowOfFile(QStringLiteral("Carla Diaz.png"));
    ASSERT_TRUE(model().setData(model().index(carla, 0), Qt::Unchecked, Qt::CheckStateRole));
    QSignalSpy finished(&page(), &ImportPage::applyFinished);
    applyAndConfirm();
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_TRUE(photoOf(QStringLiteral("aschmidt2")).startsWith("\xff\xd8\xff"));
    EXPECT_TRUE(photoOf(QStringLiteral("aschmidt")).isEmpty()) << "the other Anna was not chosen";
    EXPECT_TRUE(photoOf(QStringLiteral("bstone")).startsWith("\xff\xd8\xff"));
    EXPECT_TRUE(photoOf(QStringLiteral("cdiaz")).isEmpty()) << "unticked rows are not written";
    EXPECT_EQ(model().index(anna, 0).data(ImportPlanModel::ResultRole).toString(), QStringLiteral("ok"));
    EXPECT_EQ(model()
                  .index(rowOfFile(QStringLiteral("Bob Stone.jpg")), ImportPlanModel::ResultColumn)
                  .data()
                  .toString(),
              QStringLiteral("Written"));
    EXPECT_TRUE(page().banner()->text().contains(QStringLiteral("2 written")))
        << page().banner()->text().toStdString();
    // The users page follows.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            UserListModel* users = window->usersPage()->model();
            return users->user(users->rowOf(fx.data->user(QStringLiteral("bstone")).dn)).hasPhoto;
        },
        5000));
}

TEST_F(ImportPageTest, APickCannotGiveOneUserTwoPhotos)
{
    match();
    const int anna = rowOfFile(QStringLiteral("Anna Schmidt.jpg"));
    ASSERT_EQ(model().row(rowOfFile(QStringLiteral("Bob Stone.jpg"))).status, PlanStatus::Ready);
    const auto picked = model().choose(anna, QStringLiteral("bstone"));
    EXPECT_FALSE(picked.has_value()) << "bstone already gets Bob Stone.jpg";
    EXPECT_EQ(model().row(anna).status, PlanStatus::Ambiguous);
}

TEST_F(ImportPageTest, OnlyMissingSkipsUsersWithAPhotoEvenWhenPicked)
{
    {
        QMutexLocker lock(&fx.data->mutex);
        fx.data->photos.insert(fx.data->users.at(1).dn.toLower(), makeJpeg(96, qRgb(1, 2, 3))); // aschmidt2
    }
    // List again so the page knows aschmidt2 has a photo now.
    QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
    window->usersPage()->refresh();
    ASSERT_TRUE(listed.wait(5000));
    child<QCheckBox>(&page(), "onlyMissing")->setChecked(true);
    match();
    const int anna = rowOfFile(QStringLiteral("Anna Schmidt.jpg"));
    ASSERT_TRUE(model().choose(anna, QStringLiteral("aschmidt2")).has_value());
    EXPECT_EQ(model().row(anna).status, PlanStatus::Skipped);
    EXPECT_EQ(model().checkedCount(), 2);
}

TEST_F(ImportPageTest, CancelLeavesAResumableImportAndResumeFinishesIt)
{
    // Many users, so that the import is still running when Cancel is pressed.
    for (int i = 0; i < 40; ++i) {
        fx.data->addUser(QStringLiteral("Person %1").arg(i), QStringLiteral("person%1").arg(i), staff);
        write(QStringLiteral("person%1.png").arg(i), qRgb(100 + i, 80, 60));
    }
    QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
    window->usersPage()->refresh();
    ASSERT_TRUE(listed.wait(5000));
    match();
    ASSERT_EQ(model().checkedCount(), 42);
    QSignalSpy finished(&page(), &ImportPage::applyFinished);
    applyAndConfirm();
    ASSERT_TRUE(QTest::qWaitFor([&] { return fx.data->writes.load() >= 2; }, 20'000));
    QTest::mouseClick(child<QPushButton>(&page(), "importCancel"), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30'000));
    const int afterCancel = fx.data->writes.load();
    EXPECT_LT(afterCancel, 42) << "cancel stops between users";
    EXPECT_TRUE(page().banner()->text().contains(QStringLiteral("resumed")))
        << page().banner()->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page().unfinishedImport().isEmpty(); }, 5000));
    auto* resume = child<QPushButton>(&page(), "resumeButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return resume->isVisible(); }, 5000));

    finished.clear();
    QTest::mouseClick(resume, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60'000)) << page().banner()->text().toStdString();
    EXPECT_EQ(fx.data->writes.load(), 42) << "resume writes the rest, and nobody twice";
    for (int i = 0; i < 40; ++i)
        ASSERT_FALSE(photoOf(QStringLiteral("person%1").arg(i)).isEmpty()) << i;
    ASSERT_TRUE(QTest::qWaitFor([&] { return page().unfinishedImport().isEmpty(); }, 5000));
}

TEST_F(ImportPageTest, EscapeStopsMatchingAndTheNextPlanKnowsEachCurrentPhoto)
{
    // Bob and Carla have photos; the users page lists presence only, so the plan reads them.
    const QByteArray bobsPhoto = makeJpeg(96, qRgb(10, 20, 30));
    const QByteArray carlasPhoto = makeJpeg(96, qRgb(30, 20, 10));
    {
        QMutexLocker lock(&fx.data->mutex);
        fx.data->photos.insert(fx.data->users.at(2).dn.toLower(), bobsPhoto);   // bstone
        fx.data->photos.insert(fx.data->users.at(3).dn.toLower(), carlasPhoto); // cdiaz
    }
    QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
    window->usersPage()->refresh();
    ASSERT_TRUE(listed.wait(5000));
    const UserListModel* users = window->usersPage()->model();
    const UserRecord bob = users->user(users->rowOf(fx.data->user(QStringLiteral("bstone")).dn));
    ASSERT_TRUE(bob.hasPhoto);

    auto* progress = child<QProgressBar>(&page(), "importProgress");
    auto* cancel = child<QPushButton>(&page(), "importCancel");
    {
        // Hold the directory: planning waits for the first current photo, so it surely runs
        // when Escape comes.
        QMutexLocker hold(&fx.data->mutex);
        child<QLineEdit>(&page(), "importFolder")->setText(folder);
        QTest::mouseClick(child<QPushButton>(&page(), "matchButton"), Qt::LeftButton);
        ASSERT_TRUE(page().isPlanning());
        EXPECT_TRUE(progress->isVisible());
        EXPECT_TRUE(cancel->isVisible());
        EXPECT_FALSE(child<QPushButton>(&page(), "matchButton")->isEnabled());
        QTest::keyClick(page().table(), Qt::Key_Escape);
        EXPECT_FALSE(cancel->isEnabled()) << "Escape pressed Cancel";
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page().isPlanning(); }, 10'000));
    QTest::qWait(20); // the watcher's finished signal
    EXPECT_EQ(model().rowCount(), 0) << "a cancelled match shows no plan";
    EXPECT_FALSE(progress->isVisible());
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_TRUE(child<QPushButton>(&page(), "matchButton")->isEnabled());

    // Matching again finishes, and the rows carry the photos the users have now, so the apply's
    // compare-and-swap writes over them instead of calling them changed.
    match();
    const int bobRow = rowOfFile(QStringLiteral("Bob Stone.jpg"));
    const int carlaRow = rowOfFile(QStringLiteral("Carla Diaz.png"));
    EXPECT_EQ(model().row(bobRow).currentPhotoSha256, photoSha256(bobsPhoto));
    EXPECT_EQ(model().row(carlaRow).currentPhotoSha256, photoSha256(carlasPhoto));
    QSignalSpy finished(&page(), &ImportPage::applyFinished);
    applyAndConfirm();
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_EQ(model().index(bobRow, 0).data(ImportPlanModel::ResultRole).toString(), QStringLiteral("ok"))
        << page().banner()->text().toStdString();
    EXPECT_NE(photoOf(QStringLiteral("bstone")), bobsPhoto);
    EXPECT_NE(photoOf(QStringLiteral("cdiaz")), carlasPhoto);
}

TEST_F(ImportPageTest, AUserPickedOverAPhotoIsWrittenNotCalledChanged)
{
    // aschmidt2 has a photo the listing did not hash; picking her for the ambiguous file must
    // still let the apply write (the page reads her photo before it starts).
    const QByteArray old = makeJpeg(96, qRgb(1, 2, 3));
    {
        QMutexLocker lock(&fx.data->mutex);
        fx.data->photos.insert(fx.data->users.at(1).dn.toLower(), old); // aschmidt2
    }
    QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
    window->usersPage()->refresh();
    ASSERT_TRUE(listed.wait(5000));
    match();
    const int anna = rowOfFile(QStringLiteral("Anna Schmidt.jpg"));
    ASSERT_TRUE(model().choose(anna, QStringLiteral("aschmidt2")).has_value());
    QSignalSpy finished(&page(), &ImportPage::applyFinished);
    applyAndConfirm();
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_EQ(model().index(anna, 0).data(ImportPlanModel::ResultRole).toString(), QStringLiteral("ok"))
        << page().banner()->text().toStdString();
    EXPECT_NE(photoOf(QStringLiteral("aschmidt2")), old);
    EXPECT_TRUE(photoOf(QStringLiteral("aschmidt2")).startsWith("\xff\xd8\xff"));
}

} // namespace
