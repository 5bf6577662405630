// Settings survive a restart: every key is read back by a new Settings on the same file.
#include "core/Settings.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;

TEST(Settings, EveryKeyAndProfileSurvivesARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("adphoto.ini"));
    {
        Settings settings(path);
        settings.setValue(Settings::Key::LastProfile, QStringLiteral("lab"));
        settings.setValue(Settings::Key::Language, QStringLiteral("pl"));
        settings.setValue(Settings::Key::PhotoSize, 192);
        settings.setValue(Settings::Key::MaxBytes, 10240);
        settings.saveProfile(QStringLiteral("lab"),
                             {{QStringLiteral("server"), QStringLiteral("ldaps://dc1.lab")}});
        settings.sync();
    }
    Settings reopened(path);
    EXPECT_EQ(reopened.value(Settings::Key::LastProfile).toString(), QStringLiteral("lab"));
    EXPECT_EQ(reopened.value(Settings::Key::Language).toString(), QStringLiteral("pl"));
    EXPECT_EQ(reopened.value(Settings::Key::PhotoSize).toInt(), 192);
    EXPECT_EQ(reopened.value(Settings::Key::MaxBytes).toInt(), 10240);
    EXPECT_EQ(reopened.profileNames(), QStringList{QStringLiteral("lab")});
    EXPECT_EQ(reopened.profile(QStringLiteral("lab")).value(QStringLiteral("server")),
              QStringLiteral("ldaps://dc1.lab"));
}

TEST(Settings, NoKeyLivesInTheIniGeneralSection)
{
    // QSettings maps an INI group named "General" onto top-level keys, so such a key would not
    // read back under its own name.
    for (int k = 0; k <= static_cast<int>(Settings::Key::PixelLimit); ++k) {
        const QString name = Settings::keyName(static_cast<Settings::Key>(k));
        EXPECT_FALSE(name.startsWith(QStringLiteral("general/"), Qt::CaseInsensitive)) << name.toStdString();
    }
}
