#pragma once

// Values an administrator could type (or paste) that try to break out of the formats the
// deploy generator writes. Shared by the core tests and the PowerShell parse check's sample
// generator (tests/deploy-ps).
#include <QString>
#include <QStringList>

namespace adphoto::test {

/// Picture folders that are valid Windows paths, so validation accepts them: the escaping
/// alone must keep them inert in the scripts.
inline QStringList hostileImageDirs()
{
    return {
        // The classic payload; "C:\\" itself cannot follow (a second colon is not a valid
        // path), so it removes the home folder instead.
        QStringLiteral("C:\\x'; Remove-Item -Recurse ~ #"),
        QStringLiteral("C:\\x'';Write-Host pwned;''"),
        QStringLiteral("C:\\$(Remove-Item -Recurse -Path (Get-Location))\\x"),
        QStringLiteral("C:\\back`tick`${windir}\\@(1)\\$PSHOME"),
        QString::fromUtf8("C:\\it\u2019s \u2018quoted\u2019 \u201alow\u201b; Remove-Item ~ #"),
        QString::fromUtf8("%ProgramData%\\Bilder \u00c4rger \u5199\u771f \u2603 \U0001F600"),
        QStringLiteral("C:\\x' + (Invoke-Expression 'calc') + '"),
        QStringLiteral("C:\\x;& calc.exe;{}[]()=@ #"),
    };
}

/// GPO names that validation accepts: they go into XML (CDATA), README text and HTML, and
/// the PowerShell commands the README shows.
inline QStringList hostileGpoNames()
{
    return {
        QStringLiteral("'; Remove-Item -Recurse C:\\ #"),
        QStringLiteral("]]><evil attr=\"x\"/><![CDATA["),
        QStringLiteral("<script>alert(1)</script> & \"quotes\" 'single'"),
        QStringLiteral("$(Get-Process) `backtick` $env:USERNAME"),
        QString::fromUtf8("Fotos f\u00fcr \u00c4rzte \u2013 \u5199\u771f \U0001F600"),
        QString::fromUtf8("Name\u2019s \u2018smart\u2019 quotes ]]>"),
    };
}

} // namespace adphoto::test
