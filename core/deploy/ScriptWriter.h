#pragma once

#include "core/Error.h"
#include "core/deploy/DeployOptions.h"

#include <QString>

namespace adphoto::deploy {

/// Renders the PowerShell scripts and the scheduled-task XML from the built-in templates,
/// inserting the administrator's values only as PowerShell single-quoted literals (or numbers
/// that validation has bounded). Any thread.
class ScriptWriter
{
public:
    /// `options` must be resolved() and valid.
    explicit ScriptWriter(DeployOptions options);

    /// Set-ADPhotoAccountPicture.ps1: the client that writes the pictures.
    [[nodiscard]] Result<QString> clientScript() const;
    /// Initialize-ADPhotoAccountPicture.ps1: the computer startup script of the chosen mode.
    [[nodiscard]] Result<QString> startupScript() const;
    /// The Task Scheduler XML (system-task mode).
    [[nodiscard]] Result<QString> taskXml() const;

    /// What the client logs after "Access was denied." for the chosen mode.
    [[nodiscard]] QString accessHint() const;

private:
    [[nodiscard]] QString version() const;

    DeployOptions m_options;
};

} // namespace adphoto::deploy
