// Getting connected: the same ADPHOTO_* variables and profiles as the CLI, the keychain, and
// the dialog as the fallback for everything missing or refused.
#include "GuiTestUtil.h"

#include "app/gui/ConnectFlow.h"
#include "app/gui/Connection.h"
#include "app/gui/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

struct FlowTest : ::testing::Test
{
    GuiFixture fx;
    QWidget window;
    Connection connection{fx.services().directoryFactory};
    ConnectFlow flow{connection, fx.secrets, *fx.settings, &window};
    QSignalSpy opened{&connection, &Connection::opened};
    QSignalSpy failed{&connection, &Connection::openFailed};

    FlowTest() { window.show(); }

    void saveProfile(const QString& name)
    {
        fx.settings->saveProfile(name,
                                 {{QStringLiteral("server"), QStringLiteral("ldaps://dc1.example.test")},
                                  {QStringLiteral("user"), QStringLiteral("admin@example.test")}});
    }
    [[nodiscard]] ConnectionDialog* waitForDialog()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return flow.dialog() && flow.dialog()->isVisible(); }, 5000));
        return flow.dialog();
    }
};

TEST_F(FlowTest, ConnectsFromTheVariablesWithoutAsking)
{
    flow.setEnvironment(fx.environment(true));
    flow.start();
    ASSERT_TRUE(opened.wait(5000));
    EXPECT_TRUE(connection.isOpen());
    EXPECT_EQ(connection.info().bindIdentity, QStringLiteral("admin@example.test"));
    EXPECT_TRUE(!flow.dialog() || !flow.dialog()->isVisible()) << "nothing was missing, so nothing is asked";
}

TEST_F(FlowTest, WithNothingConfiguredItAsks)
{
    flow.setEnvironment(QProcessEnvironment());
    flow.start();
    ConnectionDialog* dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(fx.data->opens.load(), 0);
}

TEST_F(FlowTest, LastProfileWithRememberedPasswordConnectsSilently)
{
    saveProfile(QStringLiteral("lab"));
    fx.settings->setValue(Settings::Key::LastProfile, QStringLiteral("lab"));
    ConnectionSettings key;
    key.server = QStringLiteral("ldaps://dc1.example.test");
    key.user = QStringLiteral("admin@example.test");
    ASSERT_TRUE(
        fx.secrets.writePassword(SecretStore::passwordKey(key), fx.data->password).result().has_value());

    flow.setEnvironment(QProcessEnvironment());
    flow.start();
    ASSERT_TRUE(opened.wait(5000));
    EXPECT_EQ(connection.settings().server, QStringLiteral("ldaps://dc1.example.test"));
    EXPECT_TRUE(!flow.dialog() || !flow.dialog()->isVisible());
}

TEST_F(FlowTest, WithoutKeychainItAsksForThePasswordAndConnects)
{
    saveProfile(QStringLiteral("lab"));
    fx.secrets.setAvailable(false);
    QProcessEnvironment env;
    env.insert(QStringLiteral("ADPHOTO_PROFILE"), QStringLiteral("lab"));
    flow.setEnvironment(env);
    flow.start();

    ConnectionDialog* dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("password")))
        << dialog->errorText().toStdString();
    auto* password = child<QLineEdit>(dialog, "password");
    EXPECT_EQ(dialog->focusWidget(), password) << "the password field is where the admin types next";
    EXPECT_FALSE(child<QCheckBox>(dialog, "remember")->isEnabled()) << "no keychain, nothing to remember in";
    EXPECT_EQ(child<QLineEdit>(dialog, "server")->text(), QStringLiteral("ldaps://dc1.example.test"));

    QTest::keyClicks(password, fx.data->password);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    ASSERT_TRUE(opened.wait(5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 2000));
}

TEST_F(FlowTest, AWrongPasswordIsShownInTheDialog)
{
    QProcessEnvironment env = fx.environment(false);
    env.insert(QStringLiteral("ADPHOTO_PASSWORD"), QStringLiteral("wrong"));
    flow.setEnvironment(env);
    flow.start();
    ASSERT_TRUE(failed.wait(5000));
    ConnectionDialog* dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("Wrong user name or password")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("52e"))) << "the server's detail is kept";
    EXPECT_FALSE(connection.isOpen());
    EXPECT_TRUE(child<QLineEdit>(dialog, "password")->text().isEmpty());
}

TEST_F(FlowTest, RememberedPasswordGoesToTheKeychainNotTheSettingsFile)
{
    flow.setEnvironment(QProcessEnvironment());
    flow.showDialog();
    ConnectionDialog* dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QComboBox>(dialog, "profile"), QStringLiteral("office"));
    QTest::keyClicks(child<QLineEdit>(dialog, "server"), QStringLiteral("ldaps://dc1.example.test"));
    QTest::keyClicks(child<QLineEdit>(dialog, "user"), QStringLiteral("admin@example.test"));
    QTest::keyClicks(child<QLineEdit>(dialog, "password"), fx.data->password);
    child<QCheckBox>(dialog, "remember")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    ASSERT_TRUE(opened.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return fx.secrets.count() == 1; }, 2000));

    ConnectionSettings key;
    key.server = QStringLiteral("ldaps://dc1.example.test");
    key.user = QStringLiteral("admin@example.test");
    const auto stored = fx.secrets.readPassword(SecretStore::passwordKey(key)).result();
    ASSERT_TRUE(stored.has_value() && stored->has_value());
    EXPECT_EQ(**stored, fx.data->password);
    EXPECT_EQ(fx.settings->value(Settings::Key::LastProfile).toString(), QStringLiteral("office"));
    EXPECT_TRUE(fx.settings->profileNames().contains(QStringLiteral("office")));
    EXPECT_FALSE(fx.settingsFileBytes().contains(fx.data->password.toUtf8()));

    // Next start: the profile and the keychain are enough.
    Connection again(fx.services().directoryFactory);
    ConnectFlow second(again, fx.secrets, *fx.settings, &window);
    QSignalSpy secondOpened(&again, &Connection::opened);
    second.setEnvironment(QProcessEnvironment());
    second.start();
    ASSERT_TRUE(secondOpened.wait(5000));
    EXPECT_TRUE(!second.dialog() || !second.dialog()->isVisible());
}

TEST_F(FlowTest, UntickingRememberForgetsTheSavedPassword)
{
    ConnectionSettings key;
    key.server = QStringLiteral("ldaps://dc1.example.test");
    key.user = QStringLiteral("admin@example.test");
    ASSERT_TRUE(
        fx.secrets.writePassword(SecretStore::passwordKey(key), QStringLiteral("old")).result().has_value());
    flow.setEnvironment(QProcessEnvironment());
    flow.showDialog();
    ConnectionDialog* dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "server"), key.server);
    QTest::keyClicks(child<QLineEdit>(dialog, "user"), key.user);
    QTest::keyClicks(child<QLineEdit>(dialog, "password"), fx.data->password);
    child<QCheckBox>(dialog, "remember")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    ASSERT_TRUE(opened.wait(5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return fx.secrets.count() == 0; }, 2000));
}

TEST_F(FlowTest, TheOldConnectionStaysUntilTheNewOneIsOpen)
{
    flow.setEnvironment(fx.environment(true));
    flow.start();
    ASSERT_TRUE(opened.wait(5000));
    auto first = connection.directory();

    ConnectionSettings wrong = connection.settings();
    wrong.password = QStringLiteral("nope");
    connection.open(wrong);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(connection.directory(), first) << "a failed reconnect must not drop a working connection";
}

} // namespace
