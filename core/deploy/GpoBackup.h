#pragma once

#include "core/Error.h"
#include "core/deploy/DeployFile.h"
#include "core/deploy/DeployOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace adphoto::deploy {

/// Builds a GPMC backup of one GPO (the layout `Import-GPO -BackupId ... -Path ...` and GPMC's
/// "Import Settings" read): manifest.xml, {BackupId}\bkupInfo.xml, {BackupId}\Backup.xml and
/// the policy files under {BackupId}\DomainSysvol\GPO\. The caller supplies the script files;
/// this class writes the INI, INF, POL and XML files around them and lists every file and
/// folder in Backup.xml. Formats: shared/notes/windows-client.md (MS-GPSCR, MS-GPSB, MS-GPOL).
/// A value type; any thread may use its own instance.
class GpoBackup
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::deploy::GpoBackup)

public:
    /// `options` must be resolved() and valid.
    explicit GpoBackup(DeployOptions options);

    /// Adds a file below DomainSysvol\GPO, e.g. "Machine/Scripts/Startup/x.ps1".
    void addSysvolFile(const QString& path, const QByteArray& contents);

    /// Every folder and file of the backup, paths relative to the backup root (the folder given
    /// to Import-GPO -Path), sorted.
    [[nodiscard]] Result<DeployContents> contents() const;

    /// The folder holding this backup: "{BACKUP-ID}".
    [[nodiscard]] QString backupFolder() const;

    // The individual documents, exposed for tests.
    [[nodiscard]] QString bkupInfoXml() const;
    [[nodiscard]] QString manifestXml() const;
    [[nodiscard]] QString backupXml(const QStringList& sysvolDirectories,
                                    const QStringList& sysvolFiles) const;
    [[nodiscard]] QString gptIni() const;
    [[nodiscard]] QString machinePsScriptsIni() const;
    [[nodiscard]] QString userPsScriptsIni() const;
    [[nodiscard]] QString gptTmplInf() const;
    /// The DACL the logoff mode puts on HKLM\...\AccountPicture\Users, in SDDL.
    [[nodiscard]] QString registryKeySddl() const;

    /// The domain recorded in the backup: the option, or "adphoto.invalid" when unset.
    [[nodiscard]] QString backupDomain() const;

    static constexpr const char* kStartupScript = "Initialize-ADPhotoAccountPicture.ps1";
    static constexpr const char* kClientScript = "Set-ADPhotoAccountPicture.ps1";
    static constexpr const char* kTaskXml = "ADPhotoAccountPictureTask.xml";
    static constexpr const char* kTaskName = "adphoto account picture";

private:
    [[nodiscard]] QString instChildren(const QString& indent) const;
    [[nodiscard]] int machineVersion() const;
    [[nodiscard]] int userVersion() const;

    DeployOptions m_options;
    QList<DeployFile> m_sysvolFiles;
};

} // namespace adphoto::deploy
