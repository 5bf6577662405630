#include "app/cli/RestoreCommand.h"

#include "app/cli/CliContext.h"
#include "core/apply/SinglePhotoChange.h"

#include <QCoreApplication>

namespace adphoto::cli {

QString RestoreCommand::summary() const
{
    return tr("Put back an earlier photo of one user from the journal.");
}

QString RestoreCommand::synopsis() const
{
    return QStringLiteral("USER [--at TIME] [--yes]");
}

QString RestoreCommand::details() const
{
    return tr("Without --at, puts back the photo the most recent change replaced (or removes the photo\n"
              "if there was none). With --at (RFC 3339, e.g. 2026-11-25T08:00:00Z), puts back the photo the\n"
              "user had at that time. The current photo is backed up in the journal first.");
}

QStringList RestoreCommand::examples() const
{
    return {QStringLiteral("adphoto-cli restore jdoe"),
            QStringLiteral("adphoto-cli restore jdoe --at 2026-11-01T00:00:00Z --yes")};
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {QCommandLineOption(QStringList{QStringLiteral("at")},
                               tr("Restore the state at this time (RFC 3339)."), QStringLiteral("TIME")),
            QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")},
                               tr("Do not ask for confirmation."))};
}

int RestoreCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1)
        return context.report(
            {ErrorKind::Usage, tr("Usage: adphoto-cli restore USER [--at TIME] [--yes]"), {}, {}});
    QDateTime at;
    if (parser.isSet(QStringLiteral("at"))) {
        const QString text = parser.value(QStringLiteral("at"));
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            return context.report(
                {ErrorKind::Usage,
                 tr("--at needs an RFC 3339 time with a zone, e.g. 2026-11-25T08:00:00Z, not \"%1\".")
                     .arg(text),
                 {},
                 {}});
    }
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    auto user = context.await((*directory)->findUser(args.first()));
    if (!user)
        return context.report(user.error());

    const auto confirm = [&context, &user](const QByteArray& photo) {
        return context.requireConfirmation(
            photo.isEmpty()
                ? tr("Remove the photo of %1 (it had none then)?").arg(user->dn)
                : tr("Put back the earlier photo (%1 bytes) of %2?").arg(photo.size()).arg(user->dn));
    };
    auto restored =
        SinglePhotoChange::restore(**directory, context.connectionInfo(), *user, std::nullopt, at, confirm);
    if (!restored)
        return context.report(restored.error());
    if (!parser.isSet(QStringLiteral("quiet"))) {
        context.info(restored->outcome == WriteOutcome::Unchanged
                         ? tr("%1 already has that photo; nothing written.").arg(user->sAMAccountName)
                         : tr("%1 restored (change %2).").arg(user->sAMAccountName, restored->importId));
    }
    return 0;
}

} // namespace adphoto::cli
