#include "app/cli/ImportCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PhotoSpecOptions.h"
#include "app/cli/UserJson.h"
#include "core/WorkPool.h"
#include "core/apply/ImportPlanner.h"
#include "core/apply/ImportResultTable.h"
#include "core/apply/ImportRunner.h"
#include "core/csv/PathMapping.h"
#include "core/journal/ApplySession.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPromise>
#include <QtConcurrent>

namespace adphoto::cli {

namespace {
QCommandLineOption flag(const QString& name, const QString& description)
{
    return QCommandLineOption(QStringList{name}, description);
}

QCommandLineOption valued(const QString& name, const QString& description, const QString& value)
{
    return QCommandLineOption(QStringList{name}, description, value);
}
} // namespace

QString ImportCommand::summary() const
{
    return tr("Import photos from a folder or a CSV: plan, review, apply, resume.");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral(
        "(--folder DIR | --csv FILE | --plan FILE | --resume [IMPORT_ID]) [--dry-run | --yes]");
}

QString ImportCommand::details() const
{
    return tr("Nothing is written without --yes (or a 'y' on the terminal). Only rows whose status is\n"
              "'ready' are applied; ambiguous, unmatched and conflicting files wait for a person.\n"
              "Every replaced photo is backed up in the journal first; the import id is the first line\n"
              "on stderr. Exit code 3 when some users failed (or the DC went away: then --resume).");
}

QStringList ImportCommand::examples() const
{
    return {
        QStringLiteral("adphoto-cli import --folder ~/photos --dry-run --format json > plan.json"),
        QStringLiteral("adphoto-cli import --plan plan.json --yes"),
        QStringLiteral(
            "adphoto-cli import --csv photos.csv --path-map 'C:\\Photos=/mnt/photos' --only-missing --yes"),
        QStringLiteral("adphoto-cli import --csv hr.csv --delimiter ';' --user-column employeeID "
                       "--file-column Picture --dry-run"),
        QStringLiteral("adphoto-cli import --resume --yes")};
}

QList<QCommandLineOption> ImportCommand::options() const
{
    QList<QCommandLineOption> list{
        valued(QStringLiteral("folder"), tr("Match the image files in DIR to users by name."),
               QStringLiteral("DIR")),
        flag(QStringLiteral("recursive"), tr("Also look in DIR's subfolders.")),
        valued(QStringLiteral("pattern"), tr("Extra file name pattern, e.g. {givenName}.{sn} (repeatable)."),
               QStringLiteral("P")),
        valued(QStringLiteral("csv"), tr("Read user,file pairs from a CSV file."), QStringLiteral("FILE")),
        valued(QStringLiteral("encoding"), tr("CSV encoding: auto, utf-8, utf-16, windows-1252 ..."),
               QStringLiteral("NAME")),
        valued(QStringLiteral("delimiter"), tr("CSV delimiter: auto, ',', ';' or tab."), QStringLiteral("C")),
        flag(QStringLiteral("no-header"), tr("The CSV has no header row.")),
        valued(QStringLiteral("user-column"), tr("CSV column with the user (name or 1-based number)."),
               QStringLiteral("COL")),
        valued(QStringLiteral("file-column"), tr("CSV column with the file (name or 1-based number)."),
               QStringLiteral("COL")),
        valued(QStringLiteral("path-map"),
               tr("Map a Windows path prefix to a local one, e.g. 'C:\\Photos=/mnt/p' "
                  "(repeatable)."),
               QStringLiteral("FROM=TO")),
        valued(QStringLiteral("plan"),
               tr("Apply a plan written by --dry-run --format json (perhaps edited)."),
               QStringLiteral("FILE")),
        flag(QStringLiteral("resume"), tr("Finish an interrupted import (the newest, or IMPORT_ID).")),
        flag(QStringLiteral("dry-run"), tr("Only print the plan; change nothing.")),
        QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")},
                           tr("Do not ask for confirmation.")),
        flag(QStringLiteral("only-missing"), tr("Skip users who already have a photo.")),
        flag(QStringLiteral("skip-disabled"), tr("Skip disabled accounts.")),
        valued(QStringLiteral("ou"), tr("Match only users under this OU."), QStringLiteral("DN")),
        valued(QStringLiteral("jobs"), tr("Photos prepared in parallel (default: one per core)."),
               QStringLiteral("N")),
        valued(QStringLiteral("rate"), tr("At most N writes per second (default: unlimited)."),
               QStringLiteral("N")),
    };
    list += PhotoSpecOptions::options();
    return list;
}

Result<ImportPlan> ImportCommand::makePlan(CliContext& context, const QCommandLineParser& parser) const
{
    if (parser.isSet(QStringLiteral("plan"))) {
        QFile file(parser.value(QStringLiteral("plan")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io,
                        tr("Cannot read the plan %1: %2").arg(file.fileName(), file.errorString()));
        return ImportPlan::fromJson(file.readAll());
    }
    PlanRequest request;
    request.folder = parser.value(QStringLiteral("folder"));
    request.recursive = parser.isSet(QStringLiteral("recursive"));
    request.patterns = parser.values(QStringLiteral("pattern"));
    request.csvPath = parser.value(QStringLiteral("csv"));
    request.options.onlyMissing = parser.isSet(QStringLiteral("only-missing"));
    request.options.skipDisabled = parser.isSet(QStringLiteral("skip-disabled"));
    if (parser.isSet(QStringLiteral("encoding")))
        request.csv.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        auto delimiter = CsvImportOptions::parseDelimiter(parser.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return std::unexpected(delimiter.error());
        request.csv.delimiter = *delimiter;
    }
    if (parser.isSet(QStringLiteral("no-header")))
        request.csv.header = CsvHeaderMode::Absent;
    request.csv.userColumn = parser.value(QStringLiteral("user-column"));
    request.csv.fileColumn = parser.value(QStringLiteral("file-column"));
    for (const QString& spec : parser.values(QStringLiteral("path-map"))) {
        auto mapping = PathMapping::parse(spec);
        if (!mapping)
            return std::unexpected(mapping.error());
        request.csv.pathMaps << *mapping;
    }

    auto directory = context.directory();
    if (!directory)
        return std::unexpected(directory.error());
    UserQuery query;
    query.baseDn = parser.value(QStringLiteral("ou"));
    QFuture<Result<UserBatch>> listing = (*directory)->listUsers(query);
    context.waitFor(QFuture<void>(listing), tr("Listing users"));
    if (listing.isCanceled())
        return fail(ErrorKind::Cancelled, CliContext::cancelledMessage());
    QList<UserRecord> users;
    for (int i = 0; i < listing.resultCount(); ++i) {
        const auto& page = listing.resultAt(i);
        if (!page)
            return std::unexpected(page.error());
        users += *page;
    }
    // Off the main thread so Ctrl+C stops matching and file checks between files (exit 130).
    return context.await(QtConcurrent::run(workPool(),
                                           [request, users](QPromise<Result<ImportPlan>>& promise) {
                                               PlanProgress hooks;
                                               hooks.cancelled = [&promise] { return promise.isCanceled(); };
                                               hooks.progress = [&promise](int done, int total) {
                                                   promise.setProgressRange(0, total);
                                                   promise.setProgressValue(done);
                                               };
                                               promise.addResult(ImportPlanner::plan(request, users, hooks));
                                           }),
                         tr("Planning"));
}

void ImportCommand::printPlan(CliContext& context, const ImportPlan& plan)
{
    const auto format = context.format();
    if (format && *format == OutputFormat::Json) {
        context.out() << QString::fromUtf8(plan.toJsonBytes());
        context.out().flush();
    } else {
        RecordWriter writer(format ? *format : OutputFormat::Table,
                            {QStringLiteral("status"), QStringLiteral("user"), QStringLiteral("file"),
                             QStringLiteral("rule"), QStringLiteral("line"), QStringLiteral("hasPhoto"),
                             QStringLiteral("disabled"), QStringLiteral("candidates"),
                             QStringLiteral("problems")});
        for (const PlanRow& row : plan.rows) {
            writer.addRow({planStatusName(row.status), textOrNull(row.user), row.file, textOrNull(row.rule),
                           row.line > 0 ? QJsonValue(row.line) : QJsonValue(), row.hasPhoto, row.disabled,
                           QJsonArray::fromStringList(row.candidates),
                           row.problems.join(QStringLiteral("; "))});
        }
        writer.finish(context.out());
    }
    if (context.quiet())
        return;
    context.info(tr("%n row(s) ready", nullptr, int(plan.count(PlanStatus::Ready))) + QStringLiteral(", ") +
                 tr("%n need a person (ambiguous, unmatched, conflict)", nullptr,
                    int(plan.count(PlanStatus::Ambiguous) + plan.count(PlanStatus::Unmatched) +
                        plan.count(PlanStatus::Conflict))) +
                 QStringLiteral(", ") + tr("%n error(s)", nullptr, int(plan.count(PlanStatus::Error))) +
                 QStringLiteral("."));
}

int ImportCommand::printSummary(CliContext& context, const QString& importId, const ImportSummary& summary)
{
    const auto format = context.format();
    RecordWriter writer(format ? *format : OutputFormat::Table, ImportResultTable::columns());
    for (const ImportResult& r : summary.results)
        writer.addRow(ImportResultTable::record(importId, r));
    writer.finish(context.out());
    const int bad = summary.count(QStringLiteral("failed")) + summary.count(QStringLiteral("conflict"));
    if (!context.quiet() || bad)
        context.info(
            tr("Import %1: %2 written, %3 unchanged, %4 conflict(s), %5 failed%6.")
                .arg(importId)
                .arg(summary.count(QStringLiteral("ok")))
                .arg(summary.count(QStringLiteral("unchanged")))
                .arg(summary.count(QStringLiteral("conflict")))
                .arg(summary.count(QStringLiteral("failed")))
                .arg(summary.alreadyDone ? tr(", %n done before", nullptr, summary.alreadyDone) : QString()));
    if (summary.cancelled) {
        context.info(
            tr("Cancelled between users; finish with: adphoto-cli import --resume %1").arg(importId));
        return 130;
    }
    if (summary.stoppedBy) {
        context.report(*summary.stoppedBy);
        context.info(
            tr("The DC could not be reached; nothing is lost. Finish with: adphoto-cli import --resume %1")
                .arg(importId));
        return 3;
    }
    return bad ? 3 : 0;
}

int ImportCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const bool resume = parser.isSet(QStringLiteral("resume"));
    const int sources = int(parser.isSet(QStringLiteral("folder"))) +
                        int(parser.isSet(QStringLiteral("csv"))) + int(parser.isSet(QStringLiteral("plan"))) +
                        int(resume);
    if (sources != 1)
        return context.report(
            {ErrorKind::Usage, tr("Give exactly one of --folder, --csv, --plan or --resume."), {}, {}});
    if (args.size() > (resume ? 1 : 0))
        return context.report({ErrorKind::Usage, tr("Unexpected argument: %1").arg(args.last()), {}, {}});
    if (resume && parser.isSet(QStringLiteral("dry-run")))
        return context.report({ErrorKind::Usage, tr("--resume cannot be a dry run."), {}, {}});
    const auto format = context.format();
    if (!format)
        return context.report(format.error());

    ImportOptions options;
    ImportPlan plan;
    std::optional<ApplySession> session;
    QString reservedId; ///< a new import's id, told before connecting and planning
    if (resume) {
        auto resumed = ApplySession::resume(args.value(0));
        if (!resumed)
            return context.report(resumed.error());
        session = std::move(*resumed);
        auto record = session->record();
        if (!record)
            return context.report(record.error());
        auto stored = ImportPlan::fromJson(record->planJson.toUtf8());
        if (!stored)
            return context.report(stored.error());
        plan = *stored;
        options = ImportOptions::fromJson(QJsonDocument::fromJson(record->optionsJson.toUtf8()).object());
        context.info(session->importId);
        // One import talks to one DC from start to end.
        auto directory = context.directory(record->server);
        if (!directory)
            return context.report(directory.error());
    } else {
        auto spec = PhotoSpecOptions::read(parser);
        if (!spec)
            return context.report(spec.error());
        options.spec = *spec;
        if (parser.isSet(QStringLiteral("jobs"))) {
            bool ok = false;
            options.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
            if (!ok || options.jobs <= 0)
                return context.report(
                    {ErrorKind::Usage, tr("--jobs needs a positive whole number."), {}, {}});
        }
        if (parser.isSet(QStringLiteral("rate"))) {
            bool ok = false;
            options.rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
            if (!ok || options.rate <= 0)
                return context.report(
                    {ErrorKind::Usage, tr("--rate needs a positive number of writes per second."), {}, {}});
        }
        // The id is the first line on stderr (CONTRACT), before --verbose's connect and planning
        // lines; the import is recorded under it once the plan is confirmed.
        if (!parser.isSet(QStringLiteral("dry-run"))) {
            reservedId = Journal::newImportId();
            context.info(reservedId);
        }
        auto made = makePlan(context, parser);
        if (!made)
            return context.report(made.error());
        plan = *made;
        if (parser.isSet(QStringLiteral("dry-run"))) {
            printPlan(context, plan);
            return 0;
        }
    }

    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    const int ready = int(plan.count(PlanStatus::Ready));
    if (!session) {
        if (ready == 0) {
            printPlan(context, plan);
            context.info(tr("Nothing to apply: no row is ready."));
            return 0;
        }
        if (auto ok = context.requireConfirmation(tr("Write photos for %n user(s)?", nullptr, ready)); !ok)
            return context.report(ok.error());
        const QString source = parser.isSet(QStringLiteral("folder"))
                                   ? QDir(parser.value(QStringLiteral("folder"))).absolutePath()
                               : parser.isSet(QStringLiteral("csv"))
                                   ? QFileInfo(parser.value(QStringLiteral("csv"))).absoluteFilePath()
                                   : QFileInfo(parser.value(QStringLiteral("plan"))).absoluteFilePath();
        auto begun = ApplySession::begin(
            QStringLiteral("import"), source, context.connectionInfo(), QString::fromUtf8(plan.toJsonBytes()),
            QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)),
            Journal::defaultDirectory(), reservedId);
        if (!begun)
            return context.report(begun.error());
        session = std::move(*begun);
    }

    imaging::OpenCvPhotoProcessor processor;
    ImportRunner runner(**directory, *session->journal, processor, context.connectionInfo());
    ImportRunner::Hooks hooks;
    hooks.cancelled = [] { return CliContext::interrupted(); };
    ProgressReporter progress(context.err(), context.progressMode(), tr("Writing"));
    hooks.progress = [&](int done, int total) { progress.update(done, total); };
    hooks.result = [&](const ImportResult& r) {
        // Per-user lines would break the bar; on a terminal the table at the end says the same.
        if (progress.mode() != ProgressReporter::Mode::Bar)
            context.detail(QStringLiteral("%1 %2 %3").arg(r.result, r.user, r.message));
    };
    auto summary = runner.run(session->importId, plan, options, hooks);
    progress.finish();
    if (!summary) {
        (void)session->finish(QStringLiteral("failed"));
        return context.report(summary.error());
    }
    const QString state = summary->cancelled   ? QStringLiteral("cancelled")
                          : summary->stoppedBy ? QStringLiteral("failed")
                                               : QStringLiteral("finished");
    if (auto finished = session->finish(state); !finished)
        context.report(finished.error());
    return printSummary(context, session->importId, *summary);
}

} // namespace adphoto::cli
