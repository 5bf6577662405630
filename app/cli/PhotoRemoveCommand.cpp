#include "app/cli/PhotoRemoveCommand.h"

#include "app/cli/CliContext.h"
#include "core/apply/SinglePhotoChange.h"

#include <QCoreApplication>

namespace adphoto::cli {

QString PhotoRemoveCommand::summary() const
{
    return tr("Remove one user's photo (backed up in the journal first).");
}

QString PhotoRemoveCommand::synopsis() const
{
    return QStringLiteral("USER [--yes]");
}

QString PhotoRemoveCommand::details() const
{
    return tr("Asks for confirmation on a terminal; without one, --yes is required.\n"
              "The removed photo stays in the journal: 'adphoto-cli restore USER' puts it back.");
}

QStringList PhotoRemoveCommand::examples() const
{
    return {QStringLiteral("adphoto-cli photo remove jdoe"),
            QStringLiteral("adphoto-cli photo remove 'CN=John Doe,OU=Staff,DC=example,DC=com' --yes")};
}

QList<QCommandLineOption> PhotoRemoveCommand::options() const
{
    return {QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")},
                               tr("Do not ask for confirmation."))};
}

int PhotoRemoveCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1)
        return context.report({ErrorKind::Usage, tr("Usage: adphoto-cli photo remove USER [--yes]"), {}, {}});
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    auto user = context.await((*directory)->findUser(args.first()));
    if (!user)
        return context.report(user.error());
    auto current = context.await((*directory)->readPhoto(user->dn));
    if (!current)
        return context.report(current.error());
    if (current->bytes.isEmpty()) {
        context.info(tr("%1 has no photo; nothing to remove.").arg(user->sAMAccountName));
        return 0;
    }
    if (auto confirmed =
            context.requireConfirmation(tr("Remove the photo of %1 (%2)?").arg(user->displayName, user->dn));
        !confirmed)
        return context.report(confirmed.error());

    auto removed = SinglePhotoChange::apply(**directory, context.connectionInfo(), *user, current->bytes,
                                            std::nullopt, {});
    if (!removed)
        return context.report(removed.error());
    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(tr("%1: photo removed (backup kept in the journal, change %2).")
                         .arg(user->sAMAccountName, removed->importId));
    return 0;
}

} // namespace adphoto::cli
