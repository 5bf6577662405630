// The GUI against the real, seeded Samba AD DC: connecting the way the app does on start,
// listing every seeded user, the OU tree, a wrong password, and a photo written through the
// editor and read back with LDAP.
#include "GuiTestUtil.h"

#include "../ad/TestDc.h"

#include "app/gui/ConnectFlow.h"
#include "app/gui/Connection.h"
#include "app/gui/ConnectionDialog.h"
#include "app/gui/CropView.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PhotoEditor.h"
#include "app/gui/UsersPage.h"
#include "core/models/OuTreeModel.h"
#include "core/models/UserFilterProxy.h"
#include "core/models/UserListModel.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

struct GuiDcTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    std::unique_ptr<MainWindow> window;

    [[nodiscard]] QProcessEnvironment environment(const QString& password) const
    {
        const TestDc& dc = TestDc::instance();
        QProcessEnvironment env;
        env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
        env.insert(QStringLiteral("ADPHOTO_CA_FILE"), dc.value(QStringLiteral("ADPHOTO_TEST_CA")));
        env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"), password);
        return env;
    }
    void open(const QString& password)
    {
        AppServices services = fx.services(&processor);
        services.directoryFactory = [](const ConnectionSettings& s) -> std::unique_ptr<Directory> {
            return std::make_unique<LdapDirectory>(s);
        };
        services.environment = environment(password);
        window = std::make_unique<MainWindow>(services);
        window->show();
        window->start();
    }
};

TEST_F(GuiDcTest, ConnectsFromTheVariablesAndListsEverySeededUser)
{
    open(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    UsersPage* page = window->usersPage();
    QSignalSpy finished(page, &UsersPage::listingFinished);
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(window->connection().isOpen());
    EXPECT_EQ(window->connection().info().tls, QStringLiteral("ldaps"));

    // Every seeded user is in the table, with the photo state the seed gave it.
    QHash<QString, bool> listed;
    for (const UserRecord& u : page->model()->users())
        listed.insert(u.dn.toLower(), u.hasPhoto);
    int checked = 0;
    for (const QJsonValue& v : TestDc::instance().seed()) {
        const QJsonObject u = v.toObject();
        const QString dn = u.value(QStringLiteral("dn")).toString();
        ASSERT_TRUE(listed.contains(dn.toLower())) << dn.toStdString();
        if (!isWriteTarget(dn)) {
            EXPECT_EQ(listed.value(dn.toLower()), u.value(QStringLiteral("hasPhoto")).toBool())
                << dn.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 1000);

    // The OU tree shows the seed's OU under the domain, loaded on demand.
    QTreeView* tree = page->tree();
    const QModelIndex root = tree->model()->index(0, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->model()->rowCount(root) > 0; }, 10'000));
    const QString seedBase = TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_SEED_BASE"));
    const QModelIndex seed = static_cast<OuTreeModel*>(tree->model())->indexOf(seedBase);
    ASSERT_TRUE(seed.isValid());
    EXPECT_EQ(seed.data().toString(), QStringLiteral("adphoto-seed"));
    tree->setCurrentIndex(seed);
    int underSeed = 0;
    for (const QJsonValue& v : TestDc::instance().seed())
        underSeed +=
            v.toObject().value(QStringLiteral("dn")).toString().endsWith(seedBase, Qt::CaseInsensitive) ? 1
                                                                                                        : 0;
    EXPECT_EQ(page->proxy()->rowCount(), underSeed) << "choosing the OU shows exactly its subtree";
    for (int r = 0; r < page->proxy()->rowCount(); ++r)
        ASSERT_TRUE(page->proxy()
                        ->index(r, 0)
                        .data(UserListModel::DnRole)
                        .toString()
                        .endsWith(seedBase, Qt::CaseInsensitive));
}

TEST_F(GuiDcTest, AWrongPasswordShowsTheDirectorysReasonInTheDialog)
{
    open(QStringLiteral("definitely-wrong"));
    ConnectionDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (dialog = window->connectFlow().dialog()) && dialog->isVisible() &&
                   !dialog->errorText().isEmpty();
        },
        30'000));
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("Wrong user name or password")))
        << dialog->errorText().toStdString();
    EXPECT_FALSE(window->connection().isOpen());
    // Typing the right one in the dialog connects.
    auto* password = child<QLineEdit>(dialog, "password");
    password->setText(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    QSignalSpy opened(&window->connection(), &Connection::opened);
    QTest::mouseClick(child<QAbstractButton>(dialog, "connectButton"), Qt::LeftButton);
    ASSERT_TRUE(opened.wait(30'000)) << dialog->errorText().toStdString();
}

TEST_F(GuiDcTest, EditorSaveWritesThePhotoToTheDirectory)
{
    open(TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    UsersPage* page = window->usersPage();
    QSignalSpy finished(page, &UsersPage::listingFinished);
    ASSERT_TRUE(finished.wait(60'000));
    const QJsonObject target = writeTarget(15);
    const QString dn = target.value(QStringLiteral("dn")).toString();
    const int row = page->model()->rowOf(dn);
    ASSERT_GE(row, 0);
    const UserRecord user = page->model()->user(row);

    fx.settings->setValue(Settings::Key::FaceDetection, false);
    const QString file = fx.dir.filePath(QStringLiteral("photo.png"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(makePng(600, 600, qRgb(120, 160, 200)));
    }
    PhotoEditor* editor = page->openEditor(user, file);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->resultIsCurrent(); }, 20'000));
    const QByteArray jpeg = editor->result()->jpeg;
    QSignalSpy saved(editor, &PhotoEditor::saved);
    editor->save();
    ASSERT_TRUE(saved.wait(30'000));

    auto directory = openDirectory(TestDc::instance().admin());
    auto read = directory->readPhoto(dn);
    read.waitForFinished();
    ASSERT_TRUE(read.result().has_value());
    EXPECT_EQ(read.result()->bytes, jpeg);
    EXPECT_TRUE(page->model()->user(page->model()->rowOf(dn)).hasPhoto);

    // Leave the user as the seed made it.
    auto removed = window->photoActions().removePhoto(page->model()->user(page->model()->rowOf(dn)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return removed.isFinished(); }, 30'000));
    ASSERT_TRUE(removed.result().has_value()) << removed.result().error().text().toStdString();
}

} // namespace
