// The users page driven like an admin would: the table fills from the directory, the filter
// box and toggles narrow it, the OU tree picks a subtree, thumbnails load for visible rows only,
// and the photo actions change the directory through the journal.
#include "GuiTestUtil.h"

#include "app/gui/Connection.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PhotoEditor.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UserTableView.h"
#include "app/gui/UsersPage.h"
#include "core/PhotoHash.h"
#include "core/journal/Journal.h"
#include "core/models/UserFilterProxy.h"
#include "core/models/UserListModel.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

const QString europe = QStringLiteral("OU=Europe,DC=example,DC=test");
const QString berlin = QStringLiteral("OU=Berlin,OU=Europe,DC=example,DC=test");
const QString boston = QStringLiteral("OU=Boston,OU=America,DC=example,DC=test");

/// A user a preview shows but the directory no longer has (deleted since).
UserRecord goneUser()
{
    UserRecord u;
    u.dn = QStringLiteral("CN=Gone Person,") + berlin;
    u.sAMAccountName = QStringLiteral("gone");
    u.displayName = QStringLiteral("Gone Person");
    return u;
}

struct UsersPageTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    std::unique_ptr<MainWindow> window;
    int withPhoto = 0;
    int disabled = 0;

    UsersPageTest()
    {
        fx.data->pageSize = 25;
        fx.data->containers = {europe, QStringLiteral("OU=America,DC=example,DC=test"), berlin, boston};
        for (int i = 0; i < 120; ++i) {
            const bool photo = i % 3 == 0;
            const bool off = i % 10 == 9;
            withPhoto += photo;
            disabled += off;
            fx.data->addUser(QStringLiteral("User %1").arg(i, 3, 10, QLatin1Char('0')),
                             QStringLiteral("user%1").arg(i), i < 60 ? berlin : boston,
                             photo ? makeJpeg(96, qRgb(40 + i, 90, 160)) : QByteArray(), off);
        }
        fx.data->addUser(QStringLiteral("Dörte Braun"), QStringLiteral("dbraun"), berlin);
    }

    ~UsersPageTest() override
    {
        // A test that held the fake listing back and then failed must not leave it blocked:
        // the window and the fixture wait for it.
        if (fx.data->listingGate)
            fx.data->listingGate->release(1000);
    }

    UsersPage& page() { return *window->usersPage(); }

    void open()
    {
        window = std::make_unique<MainWindow>(fx.services(&processor));
        window->resize(1100, 500);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy finished(&page(), &UsersPage::listingFinished);
        window->start();
        ASSERT_TRUE(finished.wait(10'000));
    }

    QModelIndex rowOf(const QString& sam)
    {
        for (int r = 0; r < page().proxy()->rowCount(); ++r) {
            const QModelIndex index = page().proxy()->index(r, UserListModel::NameColumn);
            if (index.data(UserListModel::RecordRole).value<UserRecord>().sAMAccountName == sam)
                return index;
        }
        return {};
    }

    void select(const QString& sam)
    {
        const QModelIndex index = rowOf(sam);
        ASSERT_TRUE(index.isValid()) << sam.toStdString();
        page().table()->scrollTo(index);
        QTest::mouseClick(page().table()->viewport(), Qt::LeftButton, {},
                          page().table()->visualRect(index).center());
        ASSERT_EQ(page().selectedUsers().size(), 1);
    }

    QList<ChangeRecord> journal()
    {
        // The app may have the journal open this instant (its history page re-reads it after
        // every change), and Journal::open() then fails with "database is locked": retry.
        auto j = Journal::open(fx.journalDir());
        for (int i = 0; i < 20 && !j; ++i) {
            QTest::qWait(50);
            j = Journal::open(fx.journalDir());
        }
        EXPECT_TRUE(j.has_value()) << (j ? "" : j.error().text().toStdString());
        if (!j)
            return {};
        auto changes = (*j)->changes();
        return changes ? *changes : QList<ChangeRecord>{};
    }

    template <class T> T* waitForTopLevel()
    {
        T* found = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (found = visibleTopLevel<T>()) != nullptr; }, 5000));
        return found;
    }
};

TEST_F(UsersPageTest, TableFillsPageByPageWithCountsInTheStatusBar)
{
    window = std::make_unique<MainWindow>(fx.services(&processor));
    QAbstractItemModelTester modelTester(page().model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page().proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(page().model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy first(&page(), &UsersPage::firstRowsShown);
    QSignalSpy finished(&page(), &UsersPage::listingFinished);
    window->show();
    window->start();
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_EQ(page().model()->rowCount(), 121);
    EXPECT_GE(inserted.count(), 5) << "121 users in pages of 25 arrive as 5 insertions";
    ASSERT_EQ(first.count(), 1);
    EXPECT_GE(page().firstRowsMs(), 0);

    const QString counts = window->findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("121 users"))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("%1 without photo").arg(121 - withPhoto)))
        << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("%1 disabled").arg(disabled))) << counts.toStdString();
    const QString connection = window->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text();
    EXPECT_TRUE(connection.contains(QStringLiteral("dc1.example.test"))) << connection.toStdString();
}

TEST_F(UsersPageTest, FilterBoxAndTogglesNarrowTheTable)
{
    open();
    auto* filter = child<QLineEdit>(&page(), "filter");
    page().table()->setFocus();
    QTest::keyClick(page().table(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(filter->hasFocus()) << "Ctrl+F goes to the filter box";
    QTest::keyClicks(filter, QStringLiteral("dorte"));
    ASSERT_EQ(page().proxy()->rowCount(), 1);
    EXPECT_EQ(rowOf(QStringLiteral("dbraun")).data().toString(), QStringLiteral("Dörte Braun"));
    filter->clear();

    QTest::mouseClick(child<QCheckBox>(&page(), "missingOnly"), Qt::LeftButton);
    EXPECT_EQ(page().proxy()->rowCount(), 121 - withPhoto);
    for (int r = 0; r < page().proxy()->rowCount(); ++r)
        ASSERT_FALSE(page().proxy()->index(r, 0).data(UserListModel::HasPhotoRole).toBool());
    const QString counts = window->findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("%1 shown").arg(121 - withPhoto))) << counts.toStdString();

    QTest::mouseClick(child<QCheckBox>(&page(), "hideDisabled"), Qt::LeftButton);
    for (int r = 0; r < page().proxy()->rowCount(); ++r) {
        ASSERT_FALSE(page().proxy()->index(r, 0).data(UserListModel::DisabledRole).toBool());
        ASSERT_FALSE(page().proxy()->index(r, 0).data(UserListModel::HasPhotoRole).toBool());
    }
    EXPECT_GT(page().proxy()->rowCount(), 0);
    QTest::mouseClick(child<QCheckBox>(&page(), "missingOnly"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(&page(), "hideDisabled"), Qt::LeftButton);
    EXPECT_EQ(page().proxy()->rowCount(), 121);
}

TEST_F(UsersPageTest, ChoosingAnOuShowsItsSubtree)
{
    open();
    QTreeView* tree = page().tree();
    const QModelIndex root = tree->model()->index(0, 0);
    ASSERT_TRUE(root.isValid());
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->model()->rowCount(root) == 2; }, 5000))
        << "the domain node is expanded on connect";
    QModelIndex europeIndex;
    for (int r = 0; r < 2; ++r) {
        if (tree->model()->index(r, 0, root).data().toString() == QStringLiteral("Europe"))
            europeIndex = tree->model()->index(r, 0, root);
    }
    ASSERT_TRUE(europeIndex.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(europeIndex).center());
    EXPECT_EQ(page().proxy()->rowCount(), 61) << "60 Berlin users and Dörte";
    tree->setCurrentIndex(root);
    EXPECT_EQ(page().proxy()->rowCount(), 121);
}

TEST_F(UsersPageTest, ThumbnailsLoadForVisibleRowsOnly)
{
    open();
    UserTableView* table = page().table();
    // Sorted by name: every third user has a photo, so about a third of the visible rows.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return fx.data->photoReads.load() > 0 && page().thumbnails()->inFlightCount() == 0 &&
                   page().thumbnails()->queuedCount() == 0;
        },
        5000));
    const int visible = int(table->visibleDns().size());
    ASSERT_GT(visible, 3);
    ASSERT_LT(visible, 60) << "the test needs a table shorter than the list";
    const int afterFirstScreen = fx.data->photoReads.load();
    EXPECT_LE(afterFirstScreen, visible) << "no photo read for rows off screen";
    EXPECT_LT(afterFirstScreen, withPhoto);

    table->scrollToBottom();
    ASSERT_TRUE(QTest::qWaitFor([&] { return fx.data->photoReads.load() > afterFirstScreen; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page().thumbnails()->inFlightCount() == 0; }, 5000));
    EXPECT_LE(fx.data->photoReads.load(), 2 * visible);
    // A loaded row paints a real thumbnail.
    const QSet<QString> shown = table->visibleDns();
    int loaded = 0;
    for (const QString& dn : shown)
        loaded += page().thumbnails()->thumbnail(dn).isNull() ? 0 : 1;
    EXPECT_GT(loaded, 0);
}

TEST_F(UsersPageTest, RemoveAsksThenRemovesWithABackup)
{
    open();
    const UserRecord target = fx.data->user(QStringLiteral("user3"));
    const QByteArray before = fx.data->photo(target.dn);
    ASSERT_FALSE(before.isEmpty());
    select(QStringLiteral("user3"));
    QTest::keyClick(page().table(), Qt::Key_Delete);
    auto* box = waitForTopLevel<QMessageBox>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(fx.data->writes.load(), 0) << "nothing happens before the admin confirms";
    QSignalSpy changed(&window->photoActions(), &PhotoActions::changed);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(fx.data->photo(target.dn).isEmpty());
    EXPECT_FALSE(rowOf(QStringLiteral("user3")).data(UserListModel::HasPhotoRole).toBool());
    const auto changes = journal();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().action, QStringLiteral("remove"));
    EXPECT_EQ(changes.first().oldPhoto, before) << "the removed photo is kept in the journal";
    EXPECT_EQ(changes.first().result, QStringLiteral("ok"));
}

TEST_F(UsersPageTest, CancellingTheRemoveChangesNothing)
{
    open();
    select(QStringLiteral("user3"));
    page().actions().remove->trigger();
    auto* box = waitForTopLevel<QMessageBox>();
    ASSERT_NE(box, nullptr);
    QTest::keyClick(box, Qt::Key_Escape);
    QTest::qWait(200);
    EXPECT_FALSE(fx.data->photo(fx.data->user(QStringLiteral("user3")).dn).isEmpty());
    EXPECT_EQ(fx.data->writes.load(), 0);
}

TEST_F(UsersPageTest, CopyAndPasteMovesAPhotoBetweenUsers)
{
    open();
    const QByteArray source = fx.data->photo(fx.data->user(QStringLiteral("user6")).dn);
    select(QStringLiteral("user6"));
    EXPECT_TRUE(page().actions().copy->isEnabled());
    QSignalSpy clip(QApplication::clipboard(), &QClipboard::dataChanged);
    QTest::keyClick(page().table(), Qt::Key_C, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QMimeData* mime = QApplication::clipboard()->mimeData();
            return mime && mime->data(QStringLiteral("image/jpeg")) == source;
        },
        5000));

    select(QStringLiteral("user7"));
    EXPECT_TRUE(page().actions().paste->isEnabled());
    QSignalSpy changed(&window->photoActions(), &PhotoActions::changed);
    QTest::keyClick(page().table(), Qt::Key_V, Qt::ControlModifier);
    ASSERT_TRUE(changed.wait(10'000)) << page().banner()->text().toStdString();
    const QByteArray pasted = fx.data->photo(fx.data->user(QStringLiteral("user7")).dn);
    const QImage a = QImage::fromData(source);
    const QImage b = QImage::fromData(pasted);
    ASSERT_FALSE(b.isNull());
    EXPECT_EQ(b.size(), a.size());
    EXPECT_NEAR(qRed(b.pixel(48, 60)), qRed(a.pixel(48, 60)), 12);
    EXPECT_TRUE(rowOf(QStringLiteral("user7")).data(UserListModel::HasPhotoRole).toBool());
    EXPECT_EQ(journal().last().user, QStringLiteral("user7"));
}

TEST_F(UsersPageTest, DroppingAnImageFileOnAUserSetsIt)
{
    open();
    const QString file = fx.dir.filePath(QStringLiteral("portrait.png"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(makePng(400, 500, qRgb(200, 180, 150)));
    }
    const QModelIndex index = rowOf(QStringLiteral("user10"));
    // In the middle: near the edges the view scrolls by itself during a drag, as it should.
    page().table()->scrollTo(index, QAbstractItemView::PositionAtCenter);
    QTest::qWait(20);
    const QPoint at = page().table()->visualRect(index).center();
    ASSERT_EQ(page().table()->indexAt(at).siblingAtColumn(0), index.siblingAtColumn(0));
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(file)});
    QWidget* viewport = page().table()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    ASSERT_TRUE(move.isAccepted());
    QSignalSpy changed(&window->photoActions(), &PhotoActions::changed);
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    ASSERT_TRUE(changed.wait(10'000)) << page().banner()->text().toStdString();
    delete mime;
    EXPECT_EQ(changed.first().first().value<PhotoChange>().user.sAMAccountName, QStringLiteral("user10"));

    const QByteArray written = fx.data->photo(fx.data->user(QStringLiteral("user10")).dn);
    ASSERT_TRUE(written.startsWith("\xff\xd8\xff")) << "the pipeline turned the PNG into a JPEG";
    EXPECT_EQ(QImage::fromData(written).size(), QSize(96, 96));
    EXPECT_LE(written.size(), 102'400);
    EXPECT_EQ(journal().last().file, QFileInfo(file).absoluteFilePath());
}

TEST_F(UsersPageTest, ExportWritesTheCurrentPhotoToAFile)
{
    open();
    select(QStringLiteral("user9"));
    EXPECT_TRUE(page().actions().exportPhoto->isEnabled());
    page().actions().exportPhoto->trigger();
    auto* dialog = waitForTopLevel<QFileDialog>();
    ASSERT_NE(dialog, nullptr);
    const QString path = fx.dir.filePath(QStringLiteral("exported.jpg"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo(path).size() > 0; }, 5000));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), fx.data->photo(fx.data->user(QStringLiteral("user9")).dn));
}

TEST_F(UsersPageTest, ActionsFollowTheSelection)
{
    open();
    select(QStringLiteral("user1")); // no photo
    EXPECT_TRUE(page().actions().setFromFile->isEnabled());
    EXPECT_FALSE(page().actions().remove->isEnabled());
    EXPECT_FALSE(page().actions().copy->isEnabled());
    EXPECT_FALSE(page().actions().exportPhoto->isEnabled());
    select(QStringLiteral("user0")); // photo
    EXPECT_TRUE(page().actions().remove->isEnabled());
    EXPECT_TRUE(page().actions().copy->isEnabled());
}

TEST_F(UsersPageTest, DoubleClickOpensTheEditorOnTheCurrentPhoto)
{
    open();
    const QModelIndex index = rowOf(QStringLiteral("user12"));
    page().table()->scrollTo(index);
    // A real double-click is a click followed by a double-click event (QTest sends only the latter).
    const QPoint at = page().table()->visualRect(index).center();
    QTest::mouseClick(page().table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page().table()->viewport(), Qt::LeftButton, {}, at);
    auto* editor = waitForTopLevel<PhotoEditor>();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->user().sAMAccountName, QStringLiteral("user12"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor->sourceImage().isNull(); }, 5000));
    EXPECT_EQ(editor->sourceImage().size(), QSize(96, 96)) << "the current photo from the directory";
    editor->close();

    // Enter on the keyboard does the same.
    select(QStringLiteral("user1"));
    QTest::keyClick(page().table(), Qt::Key_Return);
    auto* second = waitForTopLevel<PhotoEditor>();
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->user().sAMAccountName, QStringLiteral("user1"));
    second->close();
}

TEST_F(UsersPageTest, SetFromFileOpensTheEditorOnThatFile)
{
    open();
    const QString file = fx.dir.filePath(QStringLiteral("new.png"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(makePng(640, 480, qRgb(90, 140, 200)));
    }
    select(QStringLiteral("user1"));
    QTest::keyClick(page().table(), Qt::Key_O, Qt::ControlModifier);
    auto* dialog = waitForTopLevel<QFileDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->selectFile(file);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    auto* editor = waitForTopLevel<PhotoEditor>();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor->sourceImage().isNull(); }, 5000));
    EXPECT_EQ(editor->sourceImage().size(), QSize(640, 480));
    editor->close();
}

TEST_F(UsersPageTest, AFailedWriteIsShownInPlace)
{
    open();
    // Someone else removes the photo between listing and writing: the page reports it, the
    // directory keeps what it has.
    select(QStringLiteral("user15"));
    const UserRecord user = page().selectedUsers().first();
    {
        QMutexLocker lock(&fx.data->mutex);
        fx.data->users.removeIf([&](const UserRecord& u) { return u.dn == user.dn; });
    }
    QSignalSpy failed(&window->photoActions(), &PhotoActions::failed);
    window->photoActions().removePhoto(user);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(page().banner()->isVisible());
    EXPECT_TRUE(page().banner()->text().contains(user.displayName)) << page().banner()->text().toStdString();
    EXPECT_EQ(visibleTopLevel<QMessageBox>(), nullptr) << "errors are shown in place, not in message boxes";
}

TEST_F(UsersPageTest, PhotoSizesComeWithTheThumbnailsOfVisibleRows)
{
    open();
    UserTableView* table = page().table();
    // The listing carries presence only: every photo's size is unknown until it is read.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return fx.data->photoReads.load() > 0 && page().thumbnails()->inFlightCount() == 0 &&
                   page().thumbnails()->queuedCount() == 0;
        },
        5000));
    int measured = 0;
    for (const QString& dn : table->visibleDns()) {
        const UserRecord& u = page().model()->user(page().model()->rowOf(dn));
        if (!u.hasPhoto)
            continue;
        const QByteArray photo = fx.data->photo(u.dn);
        EXPECT_EQ(u.photoBytes, photo.size()) << u.sAMAccountName.toStdString();
        EXPECT_EQ(u.photoSha256, photoSha256(photo));
        const QModelIndex size =
            page().model()->index(page().model()->rowOf(dn), UserListModel::PhotoSizeColumn);
        EXPECT_EQ(size.data().toString(),
                  QLocale().formattedDataSize(photo.size(), 1, QLocale::DataSizeTraditionalFormat));
        ++measured;
    }
    EXPECT_GT(measured, 0);
    // A row far below the screen has not been read: its size is still "yes".
    const QModelIndex last = page().proxy()->index(page().proxy()->rowCount() - 1, UserListModel::NameColumn);
    int unread = 0;
    for (int r = page().proxy()->rowCount() - 1; r > page().proxy()->rowCount() - 10; --r) {
        const UserRecord u = page().proxy()->index(r, 0).data(UserListModel::RecordRole).value<UserRecord>();
        if (u.hasPhoto) {
            EXPECT_EQ(u.photoBytes, -1) << u.sAMAccountName.toStdString();
            EXPECT_EQ(page().proxy()->index(r, UserListModel::PhotoSizeColumn).data().toString(),
                      QStringLiteral("yes"));
            ++unread;
        }
    }
    EXPECT_GT(unread, 0);
    EXPECT_FALSE(table->visibleDns().contains(last.data(UserListModel::DnRole).toString().toLower()));
}

TEST_F(UsersPageTest, TheContextMenuOffersThePhotoActionsOfTheRow)
{
    open();
    select(QStringLiteral("user0")); // has a photo
    const QRect cell = page().table()->visualRect(rowOf(QStringLiteral("user0")));
    QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(),
                            page().table()->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(page().table()->viewport(), &event);
    QMenu* menu = waitForTopLevel<QMenu>();
    ASSERT_NE(menu, nullptr);
    const QList<QAction*> actions = menu->actions();
    const UsersPage::Actions& a = page().actions();
    for (QAction* expected : {a.edit, a.setFromFile, a.copy, a.paste, a.exportPhoto, a.remove})
        EXPECT_TRUE(actions.contains(expected)) << expected->text().toStdString();
    EXPECT_TRUE(a.remove->isEnabled());
    EXPECT_TRUE(a.copy->isEnabled());
    menu->close();
}

TEST_F(UsersPageTest, F5ListsTheUsersAgain)
{
    open();
    fx.data->addUser(QStringLiteral("Zoe New"), QStringLiteral("znew"), berlin);
    EXPECT_FALSE(rowOf(QStringLiteral("znew")).isValid());
    QSignalSpy finished(&page(), &UsersPage::listingFinished);
    page().table()->setFocus();
    QTest::keyClick(page().table(), Qt::Key_F5);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_EQ(page().model()->rowCount(), 122);
    EXPECT_TRUE(rowOf(QStringLiteral("znew")).isValid());
}

TEST_F(UsersPageTest, WindowSplitterColumnsAndPageAreRememberedAcrossRuns)
{
    open();
    const QList<int> before = page().splitter()->sizes();
    ASSERT_EQ(before.size(), 2);
    page().splitter()->setSizes({before.at(0) + 90, before.at(1) - 90});
    const QList<int> sizes = page().splitter()->sizes();
    ASSERT_NE(sizes, before);
    page().table()->horizontalHeader()->resizeSection(UserListModel::MailColumn, 321);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier); // the second page
    auto* navigation = window->findChild<QListWidget*>();
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->currentRow(), 1);
    window->close(); // saves the state
    window.reset();

    open(); // the same window size as before
    EXPECT_EQ(window->findChild<QListWidget*>()->currentRow(), 1) << "the page shown last";
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    ASSERT_TRUE(page().isVisible());
    QTest::qWait(20); // the splitter lays out when shown
    EXPECT_EQ(page().splitter()->sizes(), sizes);
    EXPECT_EQ(page().table()->horizontalHeader()->sectionSize(UserListModel::MailColumn), 321);
}

} // namespace

TEST_F(UsersPageTest, APreviewFillsTheTableFirstAndTheListingTakesItsRowsOver)
{
    // The preview shows two real users and one the listing no longer has (deleted since).
    const UserRecord gone = goneUser();
    fx.data->preview = {fx.data->user(QStringLiteral("user1")), fx.data->user(QStringLiteral("user3")), gone};
    fx.data->listingGate = std::make_shared<QSemaphore>(0);
    window = std::make_unique<MainWindow>(fx.services(&processor));
    QAbstractItemModelTester tester(page().model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy first(&page(), &UsersPage::firstRowsShown);
    QSignalSpy finished(&page(), &UsersPage::listingFinished);
    window->show();
    window->start();
    ASSERT_TRUE(first.wait(10'000));
    EXPECT_EQ(page().model()->rowCount(), 3) << "the preview's rows, before the listing's first page";
    EXPECT_TRUE(page().actions().stop->isEnabled());
    fx.data->listingGate->release();
    ASSERT_TRUE(finished.wait(10'000));

    EXPECT_EQ(page().model()->rowCount(), 121) << "no row twice, and the gone user is gone";
    EXPECT_FALSE(rowOf(QStringLiteral("gone")).isValid());
    int user1Rows = 0;
    for (int r = 0; r < page().model()->rowCount(); ++r) {
        const auto u = page().model()->index(r, 0).data(UserListModel::RecordRole).value<UserRecord>();
        user1Rows += u.sAMAccountName == QLatin1String("user1") ? 1 : 0;
    }
    EXPECT_EQ(user1Rows, 1);
    EXPECT_FALSE(page().actions().stop->isEnabled());
    const QString counts = window->findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("121 users"))) << counts.toStdString();
}

TEST_F(UsersPageTest, AListingWithAFailedPageSaysSoAndKeepsThePreviewRows)
{
    const UserRecord gone = goneUser();
    fx.data->preview = {fx.data->user(QStringLiteral("user1")), gone};
    fx.data->listingGate = std::make_shared<QSemaphore>(0);
    fx.data->failingPage = 1;
    window = std::make_unique<MainWindow>(fx.services(&processor));
    QSignalSpy first(&page(), &UsersPage::firstRowsShown);
    QSignalSpy finished(&page(), &UsersPage::listingFinished);
    window->show();
    window->start();
    ASSERT_TRUE(first.wait(10'000));
    fx.data->listingGate->release();
    ASSERT_TRUE(finished.wait(10'000));

    // Pages of 25: the second (user25 to user49) is an error, the others come.
    EXPECT_TRUE(page().banner()->isVisible());
    EXPECT_TRUE(page().banner()->text().contains(QStringLiteral("Not all users could be listed")))
        << page().banner()->text().toStdString();
    EXPECT_FALSE(rowOf(QStringLiteral("user30")).isValid()) << "a user of the failed page";
    EXPECT_TRUE(rowOf(QStringLiteral("user100")).isValid()) << "the pages after it still come";
    // An incomplete listing proves nothing about the preview's rows: they stay.
    EXPECT_TRUE(rowOf(QStringLiteral("gone")).isValid());
    EXPECT_FALSE(page().actions().stop->isEnabled());
}

TEST_F(UsersPageTest, EscStopsTheListingAndKeepsTheRowsSoFar)
{
    const UserRecord gone = goneUser();
    fx.data->preview = {gone};
    fx.data->listingGate = std::make_shared<QSemaphore>(0);
    window = std::make_unique<MainWindow>(fx.services(&processor));
    window->resize(1100, 500);
    QSignalSpy first(&page(), &UsersPage::firstRowsShown);
    QSignalSpy finished(&page(), &UsersPage::listingFinished);
    QSignalSpy status(&page(), &UsersPage::statusMessage);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->start();
    ASSERT_TRUE(first.wait(10'000));
    page().table()->setFocus();
    QTest::keyClick(page().table(), Qt::Key_Escape);
    fx.data->listingGate->release(); // the listing, stopped, ends without a page
    ASSERT_TRUE(finished.wait(10'000));

    EXPECT_EQ(page().model()->rowCount(), 1);
    // A stopped listing proves nothing about the preview's rows: they stay.
    EXPECT_TRUE(rowOf(QStringLiteral("gone")).isValid());
    EXPECT_FALSE(page().actions().stop->isEnabled());
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).toString(), QStringLiteral("Listing stopped."));

    // F5 lists everything again, without the stale row.
    fx.data->listingGate.reset();
    fx.data->preview.clear();
    QTest::keyClick(page().table(), Qt::Key_F5);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_EQ(page().model()->rowCount(), 121);
    EXPECT_FALSE(rowOf(QStringLiteral("gone")).isValid());
}
