#include "core/deploy/DeployPackage.h"

#include "core/deploy/DeployZip.h"
#include "core/deploy/GpoBackup.h"
#include "core/deploy/ReadmeWriter.h"
#include "core/deploy/ScriptWriter.h"
#include "core/deploy/TextEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace adphoto {

DeployPackage::DeployPackage(const DeployOptions& options)
    : m_options(options.resolved())
{}

QString DeployPackage::zipPathFor(const QString& outDir)
{
    QString path = QDir::cleanPath(outDir);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path + QStringLiteral(".zip");
}

Result<DeployContents> DeployPackage::contents() const
{
    if (const auto valid = m_options.validate(); !valid)
        return std::unexpected(valid.error());

    const deploy::ScriptWriter scripts(m_options);
    const auto client = scripts.clientScript();
    if (!client)
        return std::unexpected(client.error());
    const auto startup = scripts.startupScript();
    if (!startup)
        return std::unexpected(startup.error());
    const QByteArray clientBytes = deploy::utf8WithBom(*client);
    const QString clientName = QLatin1String(deploy::GpoBackup::kClientScript);
    const QString startupName = QLatin1String(deploy::GpoBackup::kStartupScript);

    deploy::GpoBackup gpo(m_options);
    gpo.addSysvolFile(QStringLiteral("Machine/Scripts/Startup/") + startupName,
                      deploy::utf8WithBom(*startup));
    if (m_options.mode == DeployMode::SystemTask) {
        const auto task = scripts.taskXml();
        if (!task)
            return std::unexpected(task.error());
        gpo.addSysvolFile(QStringLiteral("Machine/Scripts/Startup/") + clientName, clientBytes);
        gpo.addSysvolFile(QStringLiteral("Machine/Scripts/Startup/") +
                              QLatin1String(deploy::GpoBackup::kTaskXml),
                          deploy::utf16LeWithBom(*task));
    } else {
        gpo.addSysvolFile(QStringLiteral("User/Scripts/Logoff/") + clientName, clientBytes);
    }
    const auto backup = gpo.contents();
    if (!backup)
        return std::unexpected(backup.error());

    const deploy::ReadmeWriter readme(m_options);
    const QString gpoFolder = QLatin1String(kGpoFolder);
    DeployContents out;
    out.directories.append(gpoFolder);
    for (const QString& dir : backup->directories)
        out.directories.append(gpoFolder + QLatin1Char('/') + dir);
    out.files.append({QStringLiteral("README.html"), deploy::utf8(readme.html())});
    out.files.append({QStringLiteral("README.txt"), deploy::utf8WithBom(readme.text())});
    out.files.append({clientName, clientBytes});
    for (const DeployFile& file : backup->files)
        out.files.append({gpoFolder + QLatin1Char('/') + file.path, file.contents});

    std::sort(out.directories.begin(), out.directories.end());
    std::sort(out.files.begin(), out.files.end(),
              [](const DeployFile& a, const DeployFile& b) { return a.path < b.path; });
    return out;
}

Result<QStringList> DeployPackage::generate(const QString& outDir) const
{
    const auto package = contents();
    if (!package)
        return std::unexpected(package.error());

    const QDir dir(outDir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ErrorKind::InvalidInput,
                    tr("The folder %1 is not empty: choose a new or empty folder.").arg(outDir));
    if (QFileInfo(outDir).exists() && !QFileInfo(outDir).isDir())
        return fail(ErrorKind::InvalidInput, tr("%1 exists and is not a folder.").arg(outDir));
    const QString zipPath = zipPathFor(outDir);
    if (m_options.zip && QFileInfo::exists(zipPath))
        return fail(ErrorKind::InvalidInput, tr("%1 already exists.").arg(zipPath));

    if (!QDir().mkpath(outDir))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1.").arg(outDir));
    const QDir root(QFileInfo(outDir).absoluteFilePath());
    for (const QString& sub : package->directories) {
        if (!root.mkpath(sub))
            return fail(ErrorKind::Io, tr("Cannot create the folder %1.").arg(root.filePath(sub)));
    }
    QStringList written;
    for (const DeployFile& file : package->files) {
        const QString path = root.filePath(file.path);
        if (!root.mkpath(QFileInfo(path).path()))
            return fail(ErrorKind::Io, tr("Cannot create the folder %1.").arg(QFileInfo(path).path()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.contents) != file.contents.size() ||
            !out.commit())
            return fail(ErrorKind::Io, tr("Cannot write %1.").arg(path), out.errorString());
        written.append(path);
    }
    if (m_options.zip) {
        if (const auto zipped = deploy::DeployZip::write(zipPath, *package, m_options.timestamp); !zipped)
            return std::unexpected(zipped.error());
        written.append(QFileInfo(zipPath).absoluteFilePath());
    }
    return written;
}

} // namespace adphoto
