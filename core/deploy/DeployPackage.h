#pragma once

#include "core/Error.h"
#include "core/deploy/DeployFile.h"
#include "core/deploy/DeployOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace adphoto {

/// Generates the deploy package: the client script, the GPO backup for the chosen mode and
/// the README, as a folder and optionally a zip beside it. Same resolved options → same bytes.
///
/// Layout of the folder:
///   README.txt, README.html, Set-ADPhotoAccountPicture.ps1 (for testing by hand)
///   GPO/manifest.xml, GPO/{BackupId}/bkupInfo.xml, Backup.xml, DomainSysvol/GPO/...
///
/// Cheap (milliseconds, no I/O until generate()): call it on any thread; an instance is not
/// shared between threads.
class DeployPackage
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::DeployPackage)

public:
    /// Keeps options.resolved(): unset GUIDs and time are fixed here, once.
    explicit DeployPackage(const DeployOptions& options);

    /// The options in use, with the GUIDs and the time filled in.
    [[nodiscard]] const DeployOptions& options() const { return m_options; }

    /// Every folder and file of the package in memory (validates the options first).
    [[nodiscard]] Result<DeployContents> contents() const;

    /// Writes the package into `outDir`, which must not exist or be empty, and with
    /// options().zip also `zipPathFor(outDir)`, which must not exist. Returns the absolute
    /// paths of the files written, the zip last.
    [[nodiscard]] Result<QStringList> generate(const QString& outDir) const;

    /// "<outDir>.zip" (a trailing separator of outDir is ignored).
    [[nodiscard]] static QString zipPathFor(const QString& outDir);

    /// The folder inside the package that holds the GPO backup (the Import-GPO -Path).
    static constexpr const char* kGpoFolder = "GPO";

private:
    DeployOptions m_options;
};

} // namespace adphoto
