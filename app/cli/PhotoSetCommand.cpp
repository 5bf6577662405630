#include "app/cli/PhotoSetCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PhotoSpecOptions.h"
#include "core/apply/SinglePhotoChange.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace adphoto::cli {

namespace {
constexpr qint64 adPhotoLimit = 102'400;
constexpr qint64 sourceLimit = 256LL * 1024 * 1024;
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
              "FILE may be any JPEG, PNG, BMP, GIF, TIFF or WebP: it is cropped square (on the face),\n"
              "resized to a multiple of 96 px and compressed to the best quality under the byte budget.");
}

QStringList PhotoSetCommand::examples() const
{
    return {QStringLiteral("adphoto-cli photo set jdoe photos/jdoe.jpg"),
            QStringLiteral("adphoto-cli photo set jdoe photos/jdoe.jpg --size 192 --max-bytes 10240"),
            QStringLiteral("adphoto-cli photo set jdoe portrait.png --no-face")};
}

QList<QCommandLineOption> PhotoSetCommand::options() const
{
    return PhotoSpecOptions::options();
}

int PhotoSetCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 2)
        return context.report({ErrorKind::Usage, tr("Usage: adphoto-cli photo set USER FILE"), {}, {}});
    auto spec = PhotoSpecOptions::read(parser);
    if (!spec)
        return context.report(spec.error());
    const QString path = args.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.report(
            {ErrorKind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), {}, {}});
    if (file.size() > sourceLimit)
        return context.report({ErrorKind::ImageTooLarge, tr("%1 is larger than 256 MiB.").arg(path), {}, {}});
    const QByteArray source = file.readAll();

    // Any supported image goes through the pipeline: square, a multiple of 96, under the budget.
    const imaging::OpenCvPhotoProcessor processor;
    auto prepared = processor.prepare(source, *spec);
    if (!prepared)
        return context.report({prepared.error().kind,
                               path + QStringLiteral(": ") + prepared.error().message,
                               prepared.error().detail,
                               {}});
    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(path + QStringLiteral(": ") + PhotoSpecOptions::reportSummary(prepared->report));
    if (prepared->jpeg.size() > adPhotoLimit)
        return context.report({ErrorKind::ValueTooLarge,
                               tr("The prepared photo (%1 bytes) is larger than the 102,400 bytes AD allows.")
                                   .arg(prepared->jpeg.size()),
                               {},
                               {}});

    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    auto user = context.await((*directory)->findUser(args.first()));
    if (!user)
        return context.report(user.error());
    auto current = context.await((*directory)->readPhoto(user->dn));
    if (!current)
        return context.report(current.error());

    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto written = SinglePhotoChange::apply(**directory, context.connectionInfo(), *user, current->bytes,
                                            prepared->jpeg, absolute);
    if (!written)
        return context.report(written.error());
    if (!parser.isSet(QStringLiteral("quiet"))) {
        if (written->outcome == WriteOutcome::Unchanged)
            context.info(
                tr("%1: the photo is already identical; nothing written.").arg(user->sAMAccountName));
        else
            context.info(tr("%1: photo set (%2 bytes; the previous one is kept in the journal, change %3).")
                             .arg(user->sAMAccountName)
                             .arg(prepared->jpeg.size())
                             .arg(written->importId));
    }
    return 0;
}

} // namespace adphoto::cli
