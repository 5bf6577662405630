#include "app/cli/PhotoGetCommand.h"

#include "app/cli/CliContext.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

namespace adphoto::cli {

QString PhotoGetCommand::summary() const
{
    return tr("Save one user's photo to a file.");
}

QString PhotoGetCommand::synopsis() const
{
    return QStringLiteral("USER -o FILE");
}

QString PhotoGetCommand::details() const
{
    return tr("USER is a sAMAccountName, userPrincipalName, mail address, DN or <GUID=...>.");
}

QStringList PhotoGetCommand::examples() const
{
    return {QStringLiteral("adphoto-cli photo get jdoe -o jdoe.jpg"),
            QStringLiteral("adphoto-cli photo get jdoe@example.com -o - > jdoe.jpg")};
}

QList<QCommandLineOption> PhotoGetCommand::options() const
{
    return {QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                               tr("Write the photo to FILE ('-' for stdout)."), QStringLiteral("FILE"))};
}

int PhotoGetCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1 || !parser.isSet(QStringLiteral("output")))
        return context.report({ErrorKind::Usage, tr("Usage: adphoto-cli photo get USER -o FILE"), {}, {}});
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    auto user = context.await((*directory)->findUser(args.first()));
    if (!user)
        return context.report(user.error());
    auto photo = context.await((*directory)->readPhoto(user->dn));
    if (!photo)
        return context.report(photo.error());
    if (photo->bytes.isEmpty())
        return context.report(
            {ErrorKind::NotFound, tr("%1 has no photo.").arg(user->sAMAccountName), user->dn, {}});

    const QString target = parser.value(QStringLiteral("output"));
    if (target == QLatin1String("-")) {
        context.out().flush();
        if (std::fwrite(photo->bytes.constData(), 1, size_t(photo->bytes.size()), stdout) !=
                size_t(photo->bytes.size()) ||
            std::fflush(stdout) != 0)
            return context.report({ErrorKind::Io, tr("Cannot write the photo to stdout."), {}, {}});
    } else {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(photo->bytes) != photo->bytes.size() ||
            !file.commit())
            return context.report(
                {ErrorKind::Io, tr("Cannot write %1: %2").arg(target, file.errorString()), {}, {}});
    }
    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(tr("%1: %2 bytes saved.").arg(user->sAMAccountName).arg(photo->bytes.size()));
    return 0;
}

} // namespace adphoto::cli
