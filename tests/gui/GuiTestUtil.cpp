#include "GuiTestUtil.h"

#include "core/WorkPool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThreadPool>
#include <gtest/gtest.h>

namespace adphoto::test {

GuiFixture::GuiFixture()
    : settings(std::make_unique<Settings>(dir.filePath(QStringLiteral("adphoto.ini"))))
{
    EXPECT_TRUE(dir.isValid());
}

GuiFixture::~GuiFixture()
{
    workPool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

QProcessEnvironment GuiFixture::environment(bool withPassword) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ADPHOTO_SERVER"), QStringLiteral("ldaps://dc1.example.test"));
    env.insert(QStringLiteral("ADPHOTO_USER"), QStringLiteral("admin@example.test"));
    if (withPassword)
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"), data->password);
    return env;
}

gui::AppServices GuiFixture::services(const PhotoProcessor* processor) const
{
    gui::AppServices s;
    s.directoryFactory = [data = data](const ConnectionSettings& cs) -> std::unique_ptr<Directory> {
        return std::make_unique<FakeDirectory>(data, cs);
    };
    s.secrets = &secrets;
    s.settings = settings.get();
    s.processor = processor;
    s.environment = environment();
    s.journalDirectory = journalDir();
    return s;
}

QByteArray GuiFixture::settingsFileBytes() const
{
    settings->sync();
    QFile file(settingsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString fixturePath(const QString& name)
{
    QString directory = qEnvironmentVariable("ADPHOTO_FIXTURES_DIR");
    if (directory.isEmpty())
        directory = QStringLiteral(ADPHOTO_FIXTURES_DIR);
    const QString path = QDir(directory).filePath(name);
    if (!QFileInfo(path).isFile()) {
        QProcess fetch;
        fetch.start(QStringLiteral(ADPHOTO_SOURCE_DIR "/scripts/fetch-fixtures.sh"), {directory});
        EXPECT_TRUE(fetch.waitForFinished(600'000)) << "fetch-fixtures.sh did not finish";
        EXPECT_EQ(fetch.exitCode(), 0) << "fetch-fixtures.sh failed";
    }
    EXPECT_TRUE(QFileInfo(path).isFile()) << "missing fixture " << path.toStdString();
    return path;
}

} // namespace adphoto::test
