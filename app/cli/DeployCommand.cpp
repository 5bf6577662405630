#include "app/cli/DeployCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/RecordWriter.h"
#include "core/deploy/DeployPackage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace adphoto::cli {

namespace {

QCommandLineOption valueOption(const QString& name, const QString& description, const QString& valueName)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QString flagFor(DeployField field)
{
    switch (field) {
    case DeployField::Mode:
        return QStringLiteral("--mode");
    case DeployField::ImageDir:
        return QStringLiteral("--image-dir");
    case DeployField::Sizes:
        return QStringLiteral("--sizes");
    case DeployField::JpegQuality:
        return QStringLiteral("--quality");
    case DeployField::GpoName:
        return QStringLiteral("--gpo-name");
    case DeployField::GpoGuid:
        return QStringLiteral("--gpo-guid");
    case DeployField::BackupId:
        return QStringLiteral("--backup-id");
    case DeployField::Timestamp:
        return QStringLiteral("--timestamp");
    case DeployField::Domain:
        return QStringLiteral("--domain");
    case DeployField::AclPrincipal:
        return QStringLiteral("--acl-group");
    }
    return {};
}

// Reads the flags into options; usage errors carry the flag's name.
Result<DeployOptions> optionsFrom(const QCommandLineParser& parser)
{
    DeployOptions options;
    auto value = [&](const char* name) { return parser.value(QLatin1String(name)); };
    auto isSet = [&](const char* name) { return parser.isSet(QLatin1String(name)); };
    if (isSet("mode")) {
        const auto mode = DeployOptions::parseMode(value("mode"));
        if (!mode)
            return std::unexpected(mode.error());
        options.mode = *mode;
    }
    if (isSet("image-dir"))
        options.imageDir = value("image-dir");
    if (isSet("sizes")) {
        const auto sizes = DeployOptions::parseSizes(value("sizes"));
        if (!sizes)
            return std::unexpected(sizes.error());
        options.sizes = *sizes;
    }
    if (isSet("quality")) {
        bool ok = false;
        options.jpegQuality = value("quality").toInt(&ok);
        if (!ok)
            return fail(ErrorKind::Usage, DeployCommand::tr("--quality takes a number from 1 to 100."));
    }
    if (isSet("gpo-name"))
        options.gpoName = value("gpo-name");
    for (const auto& [flag, target] :
         {std::pair{"gpo-guid", &options.gpoGuid}, std::pair{"backup-id", &options.backupId}}) {
        if (!isSet(flag))
            continue;
        const auto guid = DeployOptions::parseGuid(value(flag));
        if (!guid)
            return fail(ErrorKind::Usage,
                        QStringLiteral("--%1: %2").arg(QLatin1String(flag), guid.error().message));
        *target = *guid;
    }
    if (isSet("timestamp")) {
        const auto time = DeployOptions::parseTimestamp(value("timestamp"));
        if (!time)
            return fail(ErrorKind::Usage, QStringLiteral("--timestamp: %1").arg(time.error().message));
        options.timestamp = *time;
    } else if (!qEnvironmentVariableIsEmpty("SOURCE_DATE_EPOCH") && !DeployOptions::sourceDateEpoch()) {
        return fail(ErrorKind::Usage,
                    DeployCommand::tr("SOURCE_DATE_EPOCH must be a number of seconds since 1970."));
    }
    if (isSet("domain"))
        options.domain = value("domain");
    if (isSet("acl-group"))
        options.aclPrincipal = value("acl-group");
    options.zip = isSet("zip");
    return options;
}

} // namespace

QString DeployCommand::summary() const
{
    return tr("Write the GPO package that shows AD photos as Windows account pictures.");
}

QString DeployCommand::synopsis() const
{
    return QStringLiteral("--out DIR");
}

QString DeployCommand::details() const
{
    return tr(
        "Writes a folder with a GPO backup (import it with Import-GPO or GPMC's \"Import Settings\"), the "
        "client PowerShell script and README.txt/README.html with the steps. Modes: system-task (default: a "
        "startup script installs a scheduled task that runs as SYSTEM at every sign-in, no permission is "
        "changed) or logoff (a user logoff script; the GPO grants the minimum registry rights and turns on "
        "loopback processing). With --gpo-guid, --backup-id and --timestamp (or SOURCE_DATE_EPOCH) fixed, "
        "the output is the same byte for byte.");
}

QStringList DeployCommand::examples() const
{
    return {QStringLiteral("adphoto-cli deploy --out adphoto-gpo --zip"),
            QStringLiteral("adphoto-cli deploy --out gpo --mode logoff --image-dir "
                           "'C:\\ProgramData\\AccountPictures' --domain corp.example.com"),
            QStringLiteral(
                "SOURCE_DATE_EPOCH=1714564800 adphoto-cli deploy --out gpo --gpo-guid "
                "{31B2F340-016D-11D2-945F-00C04FB984F9} --backup-id {9A5B1C2D-3E4F-4A6B-8C7D-0E1F2A3B4C5D}")};
}

QList<QCommandLineOption> DeployCommand::options() const
{
    const DeployOptions defaults;
    QStringList sizes;
    for (int size : defaults.sizes)
        sizes << QString::number(size);
    return {
        valueOption(QStringLiteral("out"), tr("Folder to write (must not exist or be empty)."),
                    QStringLiteral("DIR")),
        valueOption(QStringLiteral("mode"), tr("system-task (default) or logoff."), QStringLiteral("MODE")),
        valueOption(QStringLiteral("image-dir"),
                    tr("Folder on the computers for the pictures (default %1).").arg(defaults.imageDir),
                    QStringLiteral("PATH")),
        valueOption(QStringLiteral("sizes"),
                    tr("Picture sizes in pixels (default %1).").arg(sizes.join(QLatin1Char(','))),
                    QStringLiteral("LIST")),
        valueOption(QStringLiteral("quality"),
                    tr("JPEG quality 1-100 (default %1).").arg(defaults.jpegQuality), QStringLiteral("N")),
        valueOption(QStringLiteral("gpo-name"), tr("Name of the GPO (default \"%1\").").arg(defaults.gpoName),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("gpo-guid"), tr("GUID of the GPO in the backup (default: random)."),
                    QStringLiteral("GUID")),
        valueOption(QStringLiteral("backup-id"), tr("ID of the backup (default: random)."),
                    QStringLiteral("GUID")),
        valueOption(QStringLiteral("timestamp"),
                    tr("Backup time, RFC 3339 (default: SOURCE_DATE_EPOCH, else now)."),
                    QStringLiteral("TIME")),
        valueOption(QStringLiteral("domain"),
                    tr("DNS name of the users' domain (default: each computer's own domain)."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("acl-group"),
                    tr("Logoff mode: who may create their picture key, a SID or Users, Authenticated Users, "
                       "INTERACTIVE (default Users)."),
                    QStringLiteral("GROUP")),
        QCommandLineOption(QStringList{QStringLiteral("zip")}, tr("Also write DIR.zip.")),
    };
}

int DeployCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty())
        return context.report({ErrorKind::Usage, tr("deploy takes no arguments; use --out DIR."), {}, {}});
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.report({ErrorKind::Usage, tr("deploy needs --out DIR."), {}, {}});
    const auto format = context.format();
    if (!format)
        return context.report(format.error());
    const auto options = optionsFrom(parser);
    if (!options)
        return context.report(options.error());

    const QList<DeployProblem> problems = options->problems();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const DeployProblem& p : problems)
            lines << flagFor(p.field) + QStringLiteral(": ") + p.message;
        return context.report({ErrorKind::Usage, lines.join(QLatin1Char('\n')), {}, {}});
    }

    const DeployPackage package(*options);
    const auto written = package.generate(out);
    if (!written)
        return context.report(written.error());

    RecordWriter writer(*format, {QStringLiteral("file"), QStringLiteral("bytes"), QStringLiteral("sha256")});
    for (const QString& path : *written) {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        writer.addRow({QDir::toNativeSeparators(path), static_cast<double>(QFileInfo(path).size()),
                       QString::fromLatin1(hash.result().toHex())});
    }
    writer.finish(context.out());

    if (!parser.isSet(QStringLiteral("quiet"))) {
        const DeployOptions& used = package.options();
        context.info(tr("Deploy package (%1 mode) written to %2: %n file(s).", nullptr,
                        static_cast<int>(written->size()))
                         .arg(DeployOptions::modeName(used.mode), QDir::toNativeSeparators(out)));
        context.info(
            tr("GPO backup ID %1 in %2; import it on a domain computer with:")
                .arg(DeployOptions::guidText(used.backupId),
                     QDir::toNativeSeparators(QDir(out).filePath(QLatin1String(DeployPackage::kGpoFolder)))));
        context.info(QStringLiteral(
                         "  Import-GPO -BackupId '%1' -Path <folder>\\GPO -TargetName <name> -CreateIfNeeded")
                         .arg(DeployOptions::guidText(used.backupId)));
        context.info(tr("See README.txt in the folder for linking, checks and troubleshooting."));
    }
    return 0;
}

} // namespace adphoto::cli
