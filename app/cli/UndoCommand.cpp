#include "app/cli/UndoCommand.h"

#include "app/cli/CliContext.h"
#include "core/apply/Reverter.h"
#include "core/journal/ApplySession.h"

#include <QCoreApplication>

namespace adphoto::cli {

QString UndoCommand::summary() const
{
    return tr("Revert every photo an import changed (unless changed again since).");
}

QString UndoCommand::synopsis() const
{
    return QStringLiteral("IMPORT_ID [--yes] [--format table|csv|json]");
}

QString UndoCommand::details() const
{
    return tr("Each user is reverted only if the photo is still the one the import wrote; others are\n"
              "reported as conflict. Exit code 3 when some users could not be reverted.");
}

QStringList UndoCommand::examples() const
{
    return {QStringLiteral("adphoto-cli history --format csv"),
            QStringLiteral("adphoto-cli undo 20261125-081500-3fa2 --yes --format json")};
}

QList<QCommandLineOption> UndoCommand::options() const
{
    return {QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")},
                               tr("Do not ask for confirmation."))};
}

int UndoCommand::run(CliContext& context, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1)
        return context.report({ErrorKind::Usage, tr("Usage: adphoto-cli undo IMPORT_ID [--yes]"), {}, {}});
    const auto format = context.format();
    if (!format)
        return context.report(format.error());
    const QString importId = args.first();
    {
        auto journal = Journal::open();
        if (!journal)
            return context.report(journal.error());
        auto import = (*journal)->import(importId);
        if (!import)
            return context.report(import.error());
    }
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    if (auto confirmed =
            context.requireConfirmation(tr("Revert the photos changed by import %1?").arg(importId));
        !confirmed)
        return context.report(confirmed.error());

    auto session = ApplySession::begin(QStringLiteral("undo"), importId, context.connectionInfo());
    if (!session)
        return context.report(session.error());
    context.info(session->importId);
    Reverter reverter(**directory, *session->journal, context.connectionInfo());
    auto results = reverter.undo(
        importId, session->importId, [] { return CliContext::interrupted(); },
        [&](int done, int total) {
            if (context.stderrIsTerminal())
                context.err() << '\r' << tr("Reverting %1/%2").arg(done).arg(total) << Qt::flush;
        });
    if (!results) {
        (void)session->finish(results.error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                                           : QStringLiteral("failed"));
        return context.report(results.error());
    }
    (void)session->finish(QStringLiteral("finished"));
    RecordWriter writer(*format, {QStringLiteral("user"), QStringLiteral("dn"), QStringLiteral("result"),
                                  QStringLiteral("message")});
    int problems = 0;
    for (const RevertResult& r : *results) {
        writer.addRow({r.user, r.dn, r.result, r.message.isEmpty() ? QJsonValue() : QJsonValue(r.message)});
        problems += r.result != QLatin1String("ok") ? 1 : 0;
    }
    writer.finish(context.out());
    context.info(tr("%n user(s) reverted", nullptr, int(results->size()) - problems) +
                 (problems ? tr(", %n not", nullptr, problems) : QString()) + QLatin1Char('.'));
    return problems ? 3 : 0;
}

} // namespace adphoto::cli
