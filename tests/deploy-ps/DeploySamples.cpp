// Writes deploy packages for the PowerShell parse check (check.mjs): for each mode one package
// with a benign picture folder and one per hostile folder (tests/core/deploy/HostileValues.h),
// plus manifest.json pairing every hostile script with its benign twin.
//
//   adphoto_deploy_samples OUT_DIR      (OUT_DIR is emptied first)
#include "core/deploy/DeployPackage.h"
#include "core/deploy/GpoBackup.h"
#include "tests/core/deploy/HostileValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

using namespace adphoto;

namespace {

DeployOptions sampleOptions(DeployMode mode, const QString& imageDir)
{
    DeployOptions options;
    options.mode = mode;
    options.imageDir = imageDir;
    options.domain = QStringLiteral("corp.example.com");
    options.gpoGuid = QUuid::fromString(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
    options.backupId = QUuid::fromString(QStringLiteral("{66666666-7777-8888-9999-AAAAAAAAAAAA}"));
    options.timestamp = QDateTime::fromSecsSinceEpoch(1714564800, QTimeZone::utc());
    options.generatorVersion = QStringLiteral("samples");
    return options;
}

// The scripts that carry the picture folder, relative to a package folder.
QStringList scriptsWithImageDir(DeployMode mode)
{
    QStringList scripts{QLatin1String(deploy::GpoBackup::kClientScript)};
    if (mode == DeployMode::Logoff) {
        scripts
            << QStringLiteral(
                   "GPO/{66666666-7777-8888-9999-AAAAAAAAAAAA}/DomainSysvol/GPO/Machine/Scripts/Startup/") +
                   QLatin1String(deploy::GpoBackup::kStartupScript);
    }
    return scripts;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: adphoto_deploy_samples OUT_DIR\n";
        return 2;
    }
    QDir out(args.at(1));
    if (out.exists() && !out.removeRecursively()) {
        err << "cannot empty " << out.path() << '\n';
        return 1;
    }
    QJsonArray pairs;
    for (const DeployMode mode : {DeployMode::SystemTask, DeployMode::Logoff}) {
        const QString modeName = DeployOptions::modeName(mode);
        const QString benignDir = modeName + QStringLiteral("-benign");
        const auto benign = DeployPackage(sampleOptions(mode, QStringLiteral("C:\\Pictures\\benign")))
                                .generate(out.filePath(benignDir));
        if (!benign) {
            err << "benign " << modeName << ": " << benign.error().text() << '\n';
            return 1;
        }
        const QStringList hostile = test::hostileImageDirs();
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            const QString dir = QStringLiteral("%1-hostile-%2").arg(modeName).arg(i);
            const auto written =
                DeployPackage(sampleOptions(mode, hostile.at(i))).generate(out.filePath(dir));
            if (!written) {
                err << dir << ": " << written.error().text() << '\n';
                return 1;
            }
            for (const QString& script : scriptsWithImageDir(mode)) {
                pairs.append(QJsonObject{{QStringLiteral("benign"), benignDir + QLatin1Char('/') + script},
                                         {QStringLiteral("hostile"), dir + QLatin1Char('/') + script},
                                         {QStringLiteral("value"), hostile.at(i)}});
            }
        }
    }
    QFile manifest(out.filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::WriteOnly)) {
        err << "cannot write " << manifest.fileName() << '\n';
        return 1;
    }
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("pairs"), pairs}}).toJson());
    err << "wrote " << pairs.size() << " hostile/benign script pairs to " << out.path() << '\n';
    return 0;
}
