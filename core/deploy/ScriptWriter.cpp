#include "core/deploy/ScriptWriter.h"

#include "core/deploy/DeployTemplate.h"
#include "core/deploy/Escaping.h"
#include "core/deploy/GpoBackup.h"

#include <QStringList>

namespace adphoto::deploy {

ScriptWriter::ScriptWriter(DeployOptions options)
    : m_options(std::move(options))
{}

QString ScriptWriter::version() const
{
    return m_options.safeGeneratorVersion();
}

QString ScriptWriter::accessHint() const
{
    if (m_options.mode == DeployMode::Logoff) {
        return QStringLiteral("In logoff mode the GPO must let this user create their own key under "
                              "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AccountPicture\\Users and "
                              "their own folder in the "
                              "picture folder: check with \"gpresult /scope computer /r\" that the GPO "
                              "applies to this computer and "
                              "that it was restarted since. If the user once chose a picture in Settings, "
                              "Windows created the key "
                              "for SYSTEM only: use the system-task mode or delete that key.");
    }
    return QStringLiteral(
        "The scheduled task must run as SYSTEM; run the script by hand only from an administrator "
        "PowerShell.");
}

Result<QString> ScriptWriter::clientScript() const
{
    const auto tpl = DeployTemplate::load(QStringLiteral("client.ps1"));
    if (!tpl)
        return std::unexpected(tpl.error());
    QStringList sizes;
    for (int size : m_options.sizes)
        sizes << QString::number(size);
    return tpl->render({
        {QStringLiteral("VERSION"), version()},
        {QStringLiteral("MODE"), DeployOptions::modeName(m_options.mode)},
        {QStringLiteral("IMAGE_ROOT"), psSingleQuoted(m_options.imageDir)},
        {QStringLiteral("SIZES"), sizes.join(QLatin1String(", "))},
        {QStringLiteral("QUALITY"), QString::number(m_options.jpegQuality)},
        {QStringLiteral("SEARCH_ROOT"), psSingleQuoted(m_options.searchRoot())},
        {QStringLiteral("ACCESS_HINT"), psSingleQuoted(accessHint())},
    });
}

Result<QString> ScriptWriter::startupScript() const
{
    if (m_options.mode == DeployMode::Logoff) {
        const auto tpl = DeployTemplate::load(QStringLiteral("startup-logoff.ps1"));
        if (!tpl)
            return std::unexpected(tpl.error());
        return tpl->render({
            {QStringLiteral("VERSION"), version()},
            {QStringLiteral("IMAGE_ROOT"), psSingleQuoted(m_options.imageDir)},
            {QStringLiteral("WRITER_SID"), psSingleQuoted(m_options.aclPrincipalSid())},
        });
    }
    const auto tpl = DeployTemplate::load(QStringLiteral("startup-system-task.ps1"));
    if (!tpl)
        return std::unexpected(tpl.error());
    const QString taskName = QLatin1String(GpoBackup::kTaskName);
    return tpl->render({
        {QStringLiteral("VERSION"), version()},
        {QStringLiteral("TASK_NAME"), taskName},
        {QStringLiteral("TASK_NAME_LITERAL"), psSingleQuoted(taskName)},
    });
}

Result<QString> ScriptWriter::taskXml() const
{
    const auto tpl = DeployTemplate::load(QStringLiteral("task.xml"));
    if (!tpl)
        return std::unexpected(tpl.error());
    return tpl->render({
        {QStringLiteral("VERSION"), xmlText(version())},
        {QStringLiteral("TASK_NAME"), xmlText(QString::fromLatin1(GpoBackup::kTaskName))},
    });
}

} // namespace adphoto::deploy
