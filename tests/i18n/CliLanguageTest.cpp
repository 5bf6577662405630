// adphoto-cli itself speaks the language chosen by ADPHOTO_LANG or the shared setting, and
// English when told to.
#include "core/Language.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <optional>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
};

CliRun runCli(const QStringList& args, const std::optional<QString>& lang, const QString& configFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QString::fromLatin1(adphoto::Language::environmentVariable));
    if (lang)
        env.insert(QString::fromLatin1(adphoto::Language::environmentVariable), *lang);
    env.insert(QStringLiteral("ADPHOTO_CONFIG"), configFile);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ADPHOTO_CLI), args);
    if (!cli.waitForFinished(60'000))
        return {};
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardError())};
}

TEST(CliLanguageTest, CliSpeaksTheLanguageFromTheEnvironmentOrTheSetting)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("adphoto.ini"));
    const QStringList args{QStringLiteral("frobnicate")};

    const CliRun german = runCli(args, QStringLiteral("de"), config);
    EXPECT_EQ(german.exitCode, 2);
    EXPECT_TRUE(german.err.contains(QStringLiteral("adphoto-cli: unbekannter Befehl „frobnicate“.")))
        << german.err.toStdString();

    const CliRun english = runCli(args, std::nullopt, config);
    EXPECT_EQ(english.exitCode, 2);
    EXPECT_TRUE(english.err.contains(QStringLiteral("adphoto-cli: unknown command \"frobnicate\".")))
        << english.err.toStdString();

    {
        QSettings settings(config, QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("pl"));
    }
    const CliRun polish = runCli(args, std::nullopt, config);
    EXPECT_TRUE(polish.err.contains(QStringLiteral("nieznane polecenie „frobnicate”")))
        << polish.err.toStdString();
    const CliRun forcedEnglish = runCli(args, QStringLiteral("en"), config);
    EXPECT_TRUE(forcedEnglish.err.contains(QStringLiteral("unknown command")))
        << forcedEnglish.err.toStdString();
}

} // namespace
