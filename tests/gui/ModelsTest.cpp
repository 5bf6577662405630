// The item models under the users page, each checked by QAbstractItemModelTester while it
// changes the way the page changes it.
#include "FakeDirectory.h"

#include "core/models/OuTreeModel.h"
#include "core/models/UserFilterProxy.h"
#include "core/models/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {

UserRecord user(const QString& name, const QString& sam, const QString& ou, bool photo, bool disabled = false,
                const QString& mail = {})
{
    UserRecord u;
    u.dn = QStringLiteral("CN=%1,%2").arg(name, ou);
    u.displayName = name;
    u.sAMAccountName = sam;
    u.userPrincipalName = sam + QStringLiteral("@example.test");
    u.mail = mail.isEmpty() ? sam + QStringLiteral("@example.test") : mail;
    u.hasPhoto = photo;
    u.photoBytes = photo ? 4096 : 0;
    u.disabled = disabled;
    return u;
}

const QString berlin = QStringLiteral("OU=Berlin,OU=Europe,DC=example,DC=test");
const QString paris = QStringLiteral("OU=Paris,OU=Europe,DC=example,DC=test");
const QString boston = QStringLiteral("OU=Boston,OU=America,DC=example,DC=test");

UserBatch sample()
{
    return {user(QStringLiteral("Dörte Braun"), QStringLiteral("dbraun"), berlin, true),
            user(QStringLiteral("José Núñez"), QStringLiteral("jnunez"), paris, false),
            user(QStringLiteral("Anna Schmidt"), QStringLiteral("aschmidt"), berlin, false, true),
            user(QStringLiteral("Bob Stone"), QStringLiteral("bstone"), boston, true, false,
                 QStringLiteral("robert.stone@example.test")),
            user(QStringLiteral("Zoë Adams"), QStringLiteral("zadams"), boston, false)};
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, UserListModel::NameColumn).data().toString();
    return out;
}

TEST(UserListModel, FillsPageByPageAndCounts)
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const UserBatch all = sample();
    model.appendUsers(all.mid(0, 2));
    model.appendUsers(all.mid(2));
    EXPECT_EQ(inserted.count(), 2) << "each page is one insertion, so the view grows as pages arrive";
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.missingPhotoCount(), 3);
    EXPECT_EQ(model.disabledCount(), 1);
    EXPECT_EQ(model.index(2, UserListModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
    EXPECT_EQ(model.index(0, UserListModel::ContainerColumn).data().toString(),
              QStringLiteral("Europe/Berlin"));
    EXPECT_FALSE(model.index(1, UserListModel::PhotoColumn).data(UserListModel::HasPhotoRole).toBool());

    // A photo set from the GUI updates the row in place and the counts with it.
    UserRecord jose = all.at(1);
    jose.hasPhoto = true;
    jose.photoBytes = 9000;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.updateUser(jose));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.missingPhotoCount(), 2);
    EXPECT_TRUE(model.index(1, 0).data(UserListModel::HasPhotoRole).toBool());
    EXPECT_EQ(model.rowOf(jose.dn.toUpper()), 1) << "DNs compare case-insensitively";

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.missingPhotoCount(), 0);
}

TEST(UserListModel, AListingMergesOverAPreviewAndDropsWhatItDidNotConfirm)
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const UserBatch all = sample();
    // The preview showed Dörte (presence only), Anna and a user the listing will not have.
    UserRecord preDoerte = all.at(0);
    preDoerte.photoBytes = -1;
    const UserRecord gone = user(QStringLiteral("Gone Person"), QStringLiteral("gone"), paris, false);
    model.appendUsers({preDoerte, all.at(2), gone});
    ASSERT_EQ(model.rowCount(), 3);

    // The listing's page repeats Dörte and Anna: their rows are replaced, the rest appended.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.mergeUsers(all);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.rowOf(all.at(0).dn), 0);
    EXPECT_EQ(model.index(0, 0).data(UserListModel::PhotoBytesRole).toLongLong(), 4096);
    EXPECT_EQ(names(model).count(QStringLiteral("Anna Schmidt")), 1);
    EXPECT_EQ(model.missingPhotoCount(), 4); // José, Anna, Zoë and the gone user
    EXPECT_EQ(model.disabledCount(), 1);

    // The finished listing never listed the gone user: the row goes, the counts and the
    // DN lookup follow, and a DN not in the model is ignored.
    model.removeUsers({gone.dn.toLower(), QStringLiteral("cn=nobody,dc=example,dc=test")});
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.rowOf(gone.dn), -1);
    EXPECT_FALSE(names(model).contains(QStringLiteral("Gone Person")));
    EXPECT_EQ(model.missingPhotoCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString dn = model.index(row, 0).data(UserListModel::DnRole).toString();
        EXPECT_EQ(model.rowOf(dn), row) << dn.toStdString();
    }

    // Removing several rows at once, out of order, keeps the lookup right too.
    model.removeUsers({all.at(4).dn.toLower(), all.at(0).dn.toLower(), all.at(2).dn.toLower()});
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("José Núñez"), QStringLiteral("Bob Stone")}));
    EXPECT_EQ(model.rowOf(all.at(3).dn), 1);
    EXPECT_EQ(model.disabledCount(), 0);
}

TEST(UserFilterProxy, FiltersByWordsIgnoringCaseAndAccents)
{
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(sample());

    proxy.setFilterText(QStringLiteral("dorte"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Dörte Braun")});
    proxy.setFilterText(QStringLiteral("NUÑEZ"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("José Núñez")});
    proxy.setFilterText(QStringLiteral("robert.stone"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Bob Stone")}) << "mail is searched";
    proxy.setFilterText(QStringLiteral("aschm"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Anna Schmidt")}) << "accounts are searched";
    proxy.setFilterText(QStringLiteral("zoe adams"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Zoë Adams")}) << "every word must occur";
    proxy.setFilterText(QStringLiteral("zoe braun"));
    EXPECT_TRUE(names(proxy).isEmpty());
    proxy.setFilterText({});
    EXPECT_EQ(proxy.rowCount(), 5);
}

TEST(UserFilterProxy, MissingOnlyHideDisabledAndContainerCombine)
{
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(sample());
    proxy.sort(UserListModel::NameColumn);

    proxy.setMissingPhotoOnly(true);
    EXPECT_EQ(names(proxy), (QStringList{QStringLiteral("Anna Schmidt"), QStringLiteral("José Núñez"),
                                         QStringLiteral("Zoë Adams")}));
    proxy.setHideDisabled(true);
    EXPECT_EQ(names(proxy), (QStringList{QStringLiteral("José Núñez"), QStringLiteral("Zoë Adams")}));
    proxy.setContainer(QStringLiteral("OU=Europe,DC=example,DC=test"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("José Núñez")}) << "an OU shows its whole subtree";
    proxy.setMissingPhotoOnly(false);
    proxy.setHideDisabled(false);
    proxy.setContainer(berlin.toLower());
    EXPECT_EQ(names(proxy), (QStringList{QStringLiteral("Anna Schmidt"), QStringLiteral("Dörte Braun")}));

    // Rows arriving later are filtered and sorted as they come.
    model.appendUsers({user(QStringLiteral("Aaron Berg"), QStringLiteral("aberg"), berlin, false)});
    EXPECT_EQ(names(proxy).first(), QStringLiteral("Aaron Berg"));
    // A photo set while "missing only" is on makes the user leave the list.
    proxy.setMissingPhotoOnly(true);
    UserRecord aaron = model.user(model.rowOf(QStringLiteral("CN=Aaron Berg,") + berlin));
    aaron.hasPhoto = true;
    model.updateUser(aaron);
    EXPECT_FALSE(names(proxy).contains(QStringLiteral("Aaron Berg")));
}

TEST(UserFilterProxy, SortsPhotoSizeNumerically)
{
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    UserBatch users = sample();
    users[0].photoBytes = 900;
    users[3].photoBytes = 10'000;
    model.appendUsers(users);
    proxy.sort(UserListModel::PhotoSizeColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, UserListModel::NameColumn).data().toString(), QStringLiteral("Bob Stone"));
    EXPECT_EQ(proxy.index(1, UserListModel::NameColumn).data().toString(), QStringLiteral("Dörte Braun"));
}

TEST(OuTreeModel, LoadsChildrenOnlyWhenExpanded)
{
    auto data = std::make_shared<FakeData>();
    data->containers = {QStringLiteral("OU=Europe,DC=example,DC=test"),
                        QStringLiteral("OU=America,DC=example,DC=test"),
                        berlin,
                        paris,
                        boston,
                        QStringLiteral("CN=Users,DC=example,DC=test")};
    FakeDirectory directory(data, {});
    OuTreeModel model;
    model.setDirectory(&directory, data->baseDn, QStringLiteral("example.test"));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    EXPECT_EQ(root.data().toString(), QStringLiteral("example.test"));
    EXPECT_TRUE(model.hasChildren(root));
    EXPECT_EQ(model.rowCount(root), 0) << "nothing is read before the node is expanded";
    ASSERT_TRUE(model.canFetchMore(root));
    model.fetchMore(root);
    EXPECT_FALSE(model.canFetchMore(root)) << "a node is read once";
    // The tester fetches like a view does; attached here so the lazy state above is the model's own.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount(root) == 3; }, 5000));
    EXPECT_EQ(model.index(0, 0, root).data().toString(), QStringLiteral("America"));
    EXPECT_EQ(model.index(1, 0, root).data().toString(), QStringLiteral("Europe"));
    EXPECT_EQ(model.index(2, 0, root).data().toString(), QStringLiteral("Users"));

    const QModelIndex europe = model.index(1, 0, root);
    model.fetchMore(europe);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount(europe) == 2; }, 5000));
    EXPECT_EQ(model.indexOf(paris).data(OuTreeModel::DnRole).toString(), paris);

    const QModelIndex users = model.index(2, 0, root);
    model.fetchMore(users);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.hasChildren(users); }, 5000))
        << "a container without children loses its expander";
}

TEST(OuTreeModel, IgnoresRepliesForAReplacedTree)
{
    auto data = std::make_shared<FakeData>();
    data->containers = {QStringLiteral("OU=Europe,DC=example,DC=test")};
    FakeDirectory directory(data, {});
    OuTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDirectory(&directory, data->baseDn, QStringLiteral("example.test"));
    model.fetchMore(model.index(0, 0));
    model.setDirectory(&directory, QStringLiteral("OU=Europe,DC=example,DC=test"), QStringLiteral("Europe"));
    QTest::qWait(100);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Europe"));
}

TEST(UserListModel, ContainerPathHandlesEscapedCommas)
{
    EXPECT_EQ(
        UserListModel::containerPath(QStringLiteral("CN=Smith\\, John,OU=Sales\\, EMEA,OU=Staff,DC=x,DC=y")),
        QStringLiteral("Staff/Sales, EMEA"));
    EXPECT_EQ(OuTreeModel::rdnValue(QStringLiteral("OU=Sales\\, EMEA,DC=x")), QStringLiteral("Sales, EMEA"));
}

} // namespace
