// The history page over a real journal: changes made through the GUI appear with their before
// and after photos; Restore and Undo put photos back in the directory.
#include "GuiTestUtil.h"

#include "app/gui/Connection.h"
#include "app/gui/HistoryPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/UsersPage.h"
#include "core/models/HistoryModel.h"
#include "core/models/UserListModel.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

struct HistoryTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    std::unique_ptr<MainWindow> window;
    QByteArray original;

    HistoryTest()
    {
        original = makeJpeg(96, qRgb(200, 40, 40));
        fx.data->addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("alovelace"),
                         QStringLiteral("OU=Staff,DC=example,DC=test"), original);
        fx.data->addUser(QStringLiteral("Alan Turing"), QStringLiteral("aturing"),
                         QStringLiteral("OU=Staff,DC=example,DC=test"));
        window = std::make_unique<MainWindow>(fx.services(&processor));
        window->show();
        QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
        window->start();
        EXPECT_TRUE(listed.wait(5000));
    }
    HistoryPage& page() { return *window->historyPage(); }
    UserRecord user(const QString& sam)
    {
        UserListModel* m = window->usersPage()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->user(r).sAMAccountName == sam)
                return m->user(r);
        }
        return {};
    }
    void change(const std::function<QFuture<Result<PhotoChange>>()>& action)
    {
        auto future = action();
        ASSERT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 10'000));
        ASSERT_TRUE(future.result().has_value()) << future.result().error().text().toStdString();
    }
    /// Shows the page and waits until it lists `rows` changes (reloads can be in flight already,
    /// started by the changes themselves, so the row count is what to wait for).
    void showHistory(int rows)
    {
        window->showPage(&page());
        page().reload();
        ASSERT_TRUE(QTest::qWaitFor([&] { return page().model()->rowCount() == rows; }, 10'000))
            << page().model()->rowCount() << " rows; " << page().banner()->text().toStdString();
    }
    QMessageBox* confirm()
    {
        QMessageBox* box = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (box = visibleTopLevel<QMessageBox>()) != nullptr; }, 5000));
        return box;
    }
};

TEST_F(HistoryTest, ChangesAppearNewestFirstWithBothPhotos)
{
    const QByteArray blue = makeJpeg(96, qRgb(30, 30, 220));
    change([&] { return window->photoActions().setPhoto(user(QStringLiteral("alovelace")), blue); });
    change([&] { return window->photoActions().removePhoto(user(QStringLiteral("alovelace"))); });
    showHistory(2);
    QAbstractItemModelTester tester(page().model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView* table = page().table();
    ASSERT_EQ(table->model()->rowCount(), 2);
    const QModelIndex newest = table->model()->index(0, HistoryModel::ActionColumn);
    EXPECT_EQ(newest.data().toString(), QStringLiteral("Removed"));
    EXPECT_EQ(table->model()->index(0, 0).data(HistoryModel::OldPhotoRole).toByteArray(), blue);
    EXPECT_TRUE(table->model()->index(0, 0).data(HistoryModel::NewPhotoRole).toByteArray().isEmpty());
    EXPECT_EQ(table->model()->index(1, 0).data(HistoryModel::OldPhotoRole).toByteArray(), original);
    EXPECT_EQ(table->model()->index(1, HistoryModel::ByColumn).data().toString(),
              QStringLiteral("admin@example.test"));
    EXPECT_EQ(table->model()->index(1, HistoryModel::ResultColumn).data().toString(), QStringLiteral("Done"));
}

TEST_F(HistoryTest, RestorePutsBackThePhotoFromBeforeTheChange)
{
    change([&] { return window->photoActions().removePhoto(user(QStringLiteral("alovelace"))); });
    ASSERT_TRUE(fx.data->photo(user(QStringLiteral("alovelace")).dn).isEmpty());
    showHistory(1);
    page().table()->selectRow(0);
    auto* restore = child<QPushButton>(&page(), "restoreButton");
    ASSERT_TRUE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QMessageBox* box = confirm();
    ASSERT_NE(box, nullptr);
    QSignalSpy changed(&window->photoActions(), &PhotoActions::changed);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(fx.data->photo(user(QStringLiteral("alovelace")).dn), original);
    EXPECT_TRUE(user(QStringLiteral("alovelace")).hasPhoto) << "the users page follows";
    ASSERT_TRUE(QTest::qWaitFor([&] { return page().model()->rowCount() == 2; }, 5000))
        << "the restore is history too";
    EXPECT_EQ(page().model()->change(0).action, QStringLiteral("restore"));
}

TEST_F(HistoryTest, UndoRevertsAnImportWithProgress)
{
    // Two single-user changes are two imports; undo the newest.
    const QByteArray green = makeJpeg(96, qRgb(20, 200, 20));
    change([&] { return window->photoActions().setPhoto(user(QStringLiteral("aturing")), green); });
    showHistory(1);
    page().table()->selectRow(0);
    auto* undo = child<QPushButton>(&page(), "undoButton");
    ASSERT_TRUE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QMessageBox* box = confirm();
    ASSERT_NE(box, nullptr);
    QSignalSpy finished(&page(), &HistoryPage::undoFinished);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_TRUE(fx.data->photo(user(QStringLiteral("aturing")).dn).isEmpty());
    EXPECT_TRUE(page().banner()->text().contains(QStringLiteral("Users reverted: 1.")))
        << page().banner()->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !user(QStringLiteral("aturing")).hasPhoto; }, 5000))
        << "the users page re-reads reverted users";
}

TEST_F(HistoryTest, UndoLeavesUsersChangedSinceAlone)
{
    const QByteArray green = makeJpeg(96, qRgb(20, 200, 20));
    change([&] { return window->photoActions().setPhoto(user(QStringLiteral("aturing")), green); });
    // Someone else changes the photo afterwards, outside adphoto.
    const QByteArray other = makeJpeg(96, qRgb(250, 250, 20));
    {
        QMutexLocker lock(&fx.data->mutex);
        fx.data->photos.insert(user(QStringLiteral("aturing")).dn.toLower(), other);
    }
    showHistory(1);
    page().table()->selectRow(0);
    page().undoSelectedImport();
    QMessageBox* box = confirm();
    ASSERT_NE(box, nullptr);
    QSignalSpy finished(&page(), &HistoryPage::undoFinished);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_EQ(fx.data->photo(user(QStringLiteral("aturing")).dn), other)
        << "never overwrite someone else's change";
    EXPECT_EQ(page().banner()->kind(), MessageBanner::Kind::Warning);
    EXPECT_TRUE(page().banner()->text().contains(QStringLiteral("aturing")))
        << page().banner()->text().toStdString();
}

} // namespace
