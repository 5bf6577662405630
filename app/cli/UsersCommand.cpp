#include "app/cli/UsersCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/UserJson.h"

#include <QCoreApplication>

namespace adphoto::cli {

QString UsersCommand::summary() const
{
    return tr("List users with a photo indicator.");
}

QString UsersCommand::details() const
{
    return tr(
        "Columns: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,\n"
        "employeeID, disabled, hasPhoto, photoBytes (null when absent). Each photo is fetched to\n"
        "measure it and freed at once; --no-photo-sizes only asks whether there is one.");
}

QStringList UsersCommand::examples() const
{
    return {QStringLiteral(
                "adphoto-cli --server ldaps://dc1.example.com --user admin@example.com users --missing"),
            QStringLiteral("adphoto-cli --domain example.com users --ou 'OU=Sales,DC=example,DC=com' "
                           "--format csv > sales.csv"),
            QStringLiteral("adphoto-cli users --no-photo-sizes --format json > users.json")};
}

QList<QCommandLineOption> UsersCommand::options() const
{
    return {
        QCommandLineOption(QStringList{QStringLiteral("missing")}, tr("Only users without a photo.")),
        QCommandLineOption(QStringList{QStringLiteral("ou")}, tr("Only users under this OU (subtree)."),
                           QStringLiteral("DN")),
        QCommandLineOption(
            QStringList{QStringLiteral("no-photo-sizes")},
            tr("Do not download photos to measure them; photoBytes is null (for slow links).")),
    };
}

int UsersCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty())
        return context.report({ErrorKind::Usage, tr("users takes no arguments."), {}, {}});
    const auto format = context.format();
    if (!format)
        return context.report(format.error());
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());

    UserQuery query;
    query.baseDn = parser.value(QStringLiteral("ou"));
    query.missingOnly = parser.isSet(QStringLiteral("missing"));
    query.photoSizes = !parser.isSet(QStringLiteral("no-photo-sizes"));

    // Pages are written as they arrive: a large directory never sits in memory as output.
    RecordWriter writer(*format, userColumns());
    writer.stream(context.out());
    QFuture<Result<UserBatch>> future = (*directory)->listUsers(query);
    int count = 0;
    // A bar on the terminal that also shows streamed CSV/JSON rows would garble them.
    const bool rowsOnTerminal = context.stdoutIsTerminal() && *format != OutputFormat::Table;
    ProgressReporter progress(context.err(),
                              rowsOnTerminal ? ProgressReporter::Mode::Silent : context.progressMode(),
                              tr("Listing users"));
    for (auto it = future.begin(); it != future.end(); ++it) {
        if (CliContext::interrupted()) {
            future.cancel();
            break;
        }
        const Result<UserBatch>& page = *it;
        if (!page)
            return context.report(page.error());
        for (const UserRecord& user : *page) {
            writer.addRow(userRow(user));
            ++count;
        }
        progress.update(count, 0);
    }
    future.waitForFinished();
    progress.finish();
    if (future.isCanceled())
        return context.report({ErrorKind::Cancelled, CliContext::cancelledMessage(), {}, {}});
    writer.finish(context.out());
    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(tr("%n user(s).", nullptr, count));
    return 0;
}

} // namespace adphoto::cli
