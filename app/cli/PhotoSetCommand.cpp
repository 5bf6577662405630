#include "app/cli/PhotoSetCommand.h"

#include "app/cli/CliContext.h"
#include "core/PhotoWriter.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace adphoto::cli {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("adphoto::cli::PhotoSetCommand", text, disambiguation, n);
}

constexpr qint64 adPhotoLimit = 102'400;
} // namespace

QString PhotoSetCommand::summary() const
{
    return tr("Set one user's photo (the old one is backed up in the journal).");
}

QString PhotoSetCommand::synopsis() const
{
    return QStringLiteral("USER FILE");
}

QString PhotoSetCommand::details() const
{
    return tr("USER is a sAMAccountName, userPrincipalName, mail address, DN or <GUID=...>.\n"
              "Example:\n  adphoto-cli photo set jdoe photos/jdoe.jpg");
}

QList<QCommandLineOption> PhotoSetCommand::options() const
{
    return {};
}

int PhotoSetCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 2)
        return context.report({ErrorKind::Usage, tr("Usage: adphoto-cli photo set USER FILE"), {}, {}});
    const QString path = args.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.report({ErrorKind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), {}, {}});
    const QByteArray photo = file.read(adPhotoLimit + 1);
    if (photo.isEmpty())
        return context.report({ErrorKind::InvalidInput, tr("%1 is empty.").arg(path), {}, {}});
    if (photo.size() > adPhotoLimit)
        return context.report({ErrorKind::ValueTooLarge,
                               tr("%1 is larger than the 102,400 bytes AD allows in thumbnailPhoto.").arg(path), {}, {}});
    if (!photo.startsWith("\xff\xd8\xff"))
        return context.report({ErrorKind::InvalidInput, tr("%1 is not a JPEG file.").arg(path), {}, {}});

    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    auto user = context.await((*directory)->findUser(args.first()));
    if (!user)
        return context.report(user.error());
    auto current = context.await((*directory)->readPhoto(user->dn));
    if (!current)
        return context.report(current.error());

    auto journal = Journal::open();
    if (!journal)
        return context.report(journal.error());
    auto lock = (*journal)->lockForApply();
    if (!lock)
        return context.report(lock.error());
    const ConnectionInfo& info = context.connectionInfo();
    auto importId = (*journal)->beginImport(
        {{}, {}, QStringLiteral("photo-set"), path, info.dcHost, info.bindIdentity, {}, {}, {}});
    if (!importId)
        return context.report(importId.error());
    PhotoWriter writer(**directory, **journal, info);
    auto written = writer.set(*importId, *user, current->bytes, photo, QFileInfo(path).absoluteFilePath());
    (void)(*journal)->setImportState(*importId, written ? QStringLiteral("finished") : QStringLiteral("failed"));
    if (!written)
        return context.report(written.error());
    if (!parser.isSet(QStringLiteral("quiet"))) {
        if (*written == WriteOutcome::Unchanged)
            context.info(tr("%1: the photo is already identical; nothing written.").arg(user->sAMAccountName));
        else
            context.info(tr("%1: photo set (%2 bytes; the previous one is kept in the journal, change %3).")
                             .arg(user->sAMAccountName)
                             .arg(photo.size())
                             .arg(*importId));
    }
    return 0;
}

} // namespace adphoto::cli
