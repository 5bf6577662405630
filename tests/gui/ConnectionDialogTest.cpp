// The connect dialog: what it accepts and refuses (the CLI's rules), what it stores.
#include "GuiTestUtil.h"

#include "app/gui/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using adphoto::gui::ConnectionDialog;

namespace {

struct DialogTest : ::testing::Test
{
    GuiFixture fx;
    ConnectionDialog dialog{*fx.settings};
    QSignalSpy requested{&dialog, &ConnectionDialog::connectRequested};

    DialogTest()
    {
        dialog.setEnvironment(QProcessEnvironment());
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    }
    void type(const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(&dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(const char* name) { QTest::mouseClick(child<QAbstractButton>(&dialog, name), Qt::LeftButton); }
    void chooseTls(const QString& mode)
    {
        auto* tls = child<QComboBox>(&dialog, "tls");
        tls->setCurrentIndex(tls->findData(mode));
    }
    [[nodiscard]] QString error() const { return dialog.errorText(); }
};

TEST_F(DialogTest, RefusesAnEmptyServerInPlace)
{
    click("connectButton");
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(dialog.isVisible()) << "an invalid form must not close the dialog";
    EXPECT_TRUE(error().contains(QStringLiteral("server"))) << error().toStdString();
}

TEST_F(DialogTest, PasswordBindNeedsUserAndPassword)
{
    type("server", QStringLiteral("ldaps://dc1.example.test"));
    click("connectButton");
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(error().contains(QStringLiteral("--user"))) << error().toStdString();

    type("user", QStringLiteral("admin@example.test"));
    click("connectButton");
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(error().contains(QStringLiteral("password"))) << error().toStdString();

    type("password", QStringLiteral("pw"));
    click("connectButton");
    EXPECT_EQ(requested.count(), 1);
    EXPECT_TRUE(error().isEmpty());
}

TEST_F(DialogTest, NoTlsIsRefusedForPasswordsButAllowedForKerberos)
{
    type("server", QStringLiteral("ldap://dc1.example.test"));
    type("user", QStringLiteral("admin@example.test"));
    type("password", QStringLiteral("pw"));
    chooseTls(QStringLiteral("none"));
    click("connectButton");
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(error().contains(QStringLiteral("--tls none"))) << error().toStdString();

    click("bindKerberos");
    EXPECT_FALSE(child<QLineEdit>(&dialog, "password")->isEnabled());
    click("connectButton");
    EXPECT_EQ(requested.count(), 1) << error().toStdString();
    const auto settings = dialog.connectionSettings();
    ASSERT_TRUE(settings.has_value());
    EXPECT_EQ(settings->effectiveBind(), BindMethod::Gssapi);
    EXPECT_EQ(settings->tls, TlsMode::None);
    EXPECT_TRUE(settings->password.isEmpty()) << "a Kerberos bind carries no password";
}

TEST_F(DialogTest, LdapsUriConflictsWithStartTls)
{
    type("server", QStringLiteral("ldaps://dc1.example.test"));
    type("user", QStringLiteral("admin@example.test"));
    type("password", QStringLiteral("pw"));
    chooseTls(QStringLiteral("starttls"));
    click("connectButton");
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(error().contains(QStringLiteral("LDAPS"))) << error().toStdString();
}

TEST_F(DialogTest, DomainDiscoveryUsesTheDomainNotTheServer)
{
    type("server", QStringLiteral("ldaps://ignored.example.test"));
    click("useDomain");
    EXPECT_FALSE(child<QLineEdit>(&dialog, "server")->isEnabled());
    click("connectButton");
    EXPECT_TRUE(error().contains(QStringLiteral("domain"))) << error().toStdString();
    type("domain", QStringLiteral("example.test"));
    type("dnsServer", QStringLiteral("127.0.0.2"));
    type("user", QStringLiteral("admin@example.test"));
    type("password", QStringLiteral("pw"));
    click("connectButton");
    ASSERT_EQ(requested.count(), 1) << error().toStdString();
    const auto settings = dialog.connectionSettings();
    ASSERT_TRUE(settings.has_value());
    EXPECT_EQ(settings->domain, QStringLiteral("example.test"));
    EXPECT_TRUE(settings->server.isEmpty());
    EXPECT_EQ(settings->dnsServer, QStringLiteral("127.0.0.2"));
}

TEST_F(DialogTest, SavedProfileHoldsNoPasswordAndLoadsBack)
{
    QTest::keyClicks(child<QComboBox>(&dialog, "profile"), QStringLiteral("lab"));
    type("server", QStringLiteral("ldaps://dc1.example.test"));
    type("caFile", QStringLiteral("/etc/ssl/lab-ca.pem"));
    type("user", QStringLiteral("admin@example.test"));
    type("password", QStringLiteral("Very-Secret-42"));
    dialog.saveProfile();

    const QByteArray file = fx.settingsFileBytes();
    EXPECT_TRUE(file.contains("dc1.example.test"));
    EXPECT_FALSE(file.contains("Very-Secret-42")) << "a password must never reach the settings file";
    EXPECT_EQ(fx.settings->value(Settings::Key::LastProfile).toString(), QStringLiteral("lab"));

    ConnectionDialog other(*fx.settings);
    other.loadProfile(QStringLiteral("lab"));
    EXPECT_EQ(child<QLineEdit>(&other, "server")->text(), QStringLiteral("ldaps://dc1.example.test"));
    EXPECT_EQ(child<QLineEdit>(&other, "caFile")->text(), QStringLiteral("/etc/ssl/lab-ca.pem"));
    EXPECT_EQ(child<QLineEdit>(&other, "user")->text(), QStringLiteral("admin@example.test"));
    EXPECT_TRUE(child<QLineEdit>(&other, "password")->text().isEmpty());
    EXPECT_TRUE(child<QRadioButton>(&other, "bindPassword")->isChecked());
}

TEST_F(DialogTest, BusyDialogLocksTheFormAndStopCancels)
{
    QSignalSpy stop(&dialog, &ConnectionDialog::stopRequested);
    dialog.setBusy(true);
    EXPECT_FALSE(child<QLineEdit>(&dialog, "server")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&dialog, "connectButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(&dialog, "progress")->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(stop.count(), 1);
}

TEST_F(DialogTest, RememberIsOffWithoutAKeychain)
{
    dialog.setKeychainAvailable(false, QStringLiteral("No keychain"));
    auto* remember = child<QCheckBox>(&dialog, "remember");
    remember->setChecked(true);
    EXPECT_FALSE(remember->isEnabled());
    EXPECT_FALSE(dialog.rememberPassword());
}

} // namespace
