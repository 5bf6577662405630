#include "app/cli/HistoryCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/UserJson.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>

namespace adphoto::cli {

namespace {
bool concerns(const ChangeRecord& c, const QString& user)
{
    if (user.isEmpty())
        return true;
    const QString spec = user.trimmed();
    if (spec.startsWith(QLatin1String("<GUID="), Qt::CaseInsensitive))
        return QUuid::fromString(spec.mid(6).chopped(1)) == c.objectGuid;
    return c.user.compare(spec, Qt::CaseInsensitive) == 0 || c.dn.compare(spec, Qt::CaseInsensitive) == 0 ||
           guidText(c.objectGuid).compare(spec, Qt::CaseInsensitive) == 0;
}
} // namespace

QString HistoryCommand::summary() const
{
    return tr("List the photo changes recorded in the journal, oldest first.");
}

QString HistoryCommand::synopsis() const
{
    return QStringLiteral("[--user USER] [--import ID] [--format table|csv|json]");
}

QString HistoryCommand::details() const
{
    return tr("Works offline, from the local journal. USER is a sAMAccountName, DN or <GUID=...>.");
}

QStringList HistoryCommand::examples() const
{
    return {QStringLiteral("adphoto-cli history"),
            QStringLiteral("adphoto-cli history --user jdoe --format json"),
            QStringLiteral("adphoto-cli history --import 20261125-081500-3fa2 --format csv > changes.csv")};
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {QCommandLineOption(QStringList{QStringLiteral("user")}, tr("Only changes of this user."),
                               QStringLiteral("USER")),
            QCommandLineOption(QStringList{QStringLiteral("import")}, tr("Only changes of this import."),
                               QStringLiteral("ID"))};
}

int HistoryCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty())
        return context.report({ErrorKind::Usage, tr("history takes no arguments; use --user USER."), {}, {}});
    const auto format = context.format();
    if (!format)
        return context.report(format.error());
    auto journal = Journal::open();
    if (!journal)
        return context.report(journal.error());
    auto changes = (*journal)->changes(parser.value(QStringLiteral("import")));
    if (!changes)
        return context.report(changes.error());
    RecordWriter writer(*format,
                        {QStringLiteral("importId"), QStringLiteral("time"), QStringLiteral("user"),
                         QStringLiteral("objectGUID"), QStringLiteral("dn"), QStringLiteral("action"),
                         QStringLiteral("result"), QStringLiteral("message"), QStringLiteral("file"),
                         QStringLiteral("oldPhotoBytes"), QStringLiteral("newPhotoBytes"),
                         QStringLiteral("bindIdentity"), QStringLiteral("server")});
    const QString user = parser.value(QStringLiteral("user"));
    for (const ChangeRecord& c : *changes) {
        if (!concerns(c, user))
            continue;
        // "pending" means the process died between the intent and the DC's answer; resume settles it.
        writer.addRow({c.importId, c.time.toUTC().toString(Qt::ISODateWithMs), textOrNull(c.user),
                       textOrNull(guidText(c.objectGuid)), c.dn, c.action, c.result, textOrNull(c.message),
                       textOrNull(c.file), double(c.oldPhoto.size()), double(c.newPhoto.size()),
                       textOrNull(c.bindIdentity), textOrNull(c.server)});
    }
    writer.finish(context.out());
    return 0;
}

} // namespace adphoto::cli
