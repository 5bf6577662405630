#include "app/cli/ExportCommand.h"

#include "app/cli/CliContext.h"
#include "core/audit/PhotoExporter.h"
#include "imaging/QtImageInspector.h"

#include <QCoreApplication>

namespace adphoto::cli {

QString ExportCommand::summary() const
{
    return tr("Save every user's photo into a folder, with a CSV index to import them again.");
}

QString ExportCommand::details() const
{
    return tr("Files are named <sAMAccountName>.jpg (or .png, .gif ... after the photo's real format),\n"
              "made safe for any filesystem. Existing files are never replaced unless --overwrite is\n"
              "given; they are reported and left out of the index, and the exit code is 3. The index\n"
              "(index.csv: AD_user,path_to_file with relative paths) re-imports as is with\n"
              "'adphoto-cli import --csv DIR/index.csv'.");
}

QStringList ExportCommand::examples() const
{
    return {QStringLiteral("adphoto-cli export --folder photos --ou 'OU=Sales,DC=example,DC=com'"),
            QStringLiteral("adphoto-cli export --folder photos --overwrite --quiet")};
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(QStringList{QStringLiteral("folder")},
                           tr("Folder to write the photos to (created if missing)."), QStringLiteral("DIR")),
        QCommandLineOption(QStringList{QStringLiteral("ou")}, tr("Only users under this OU (subtree)."),
                           QStringLiteral("DN")),
        QCommandLineOption(QStringList{QStringLiteral("overwrite")},
                           tr("Replace existing files (and an earlier export's index).")),
    };
}

int ExportCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty() || parser.value(QStringLiteral("folder")).isEmpty())
        return context.report(
            {ErrorKind::Usage, tr("Usage: adphoto-cli export --folder DIR [--ou DN] [--overwrite]"), {}, {}});
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());

    const QtImageInspector inspector;
    PhotoExporter exporter(
        inspector, {parser.value(QStringLiteral("folder")), parser.isSet(QStringLiteral("overwrite"))});
    if (auto begun = exporter.begin(); !begun)
        return context.report(begun.error());

    UserQuery query;
    query.baseDn = parser.value(QStringLiteral("ou"));
    // Each photo is written on the directory's session thread as it arrives; this thread only
    // waits, and touches the exporter again once the listing has finished.
    QFuture<Result<void>> future =
        (*directory)->visitPhotos(query, [&exporter](const UserRecord& user, const QByteArray& photo) {
            return exporter.add(user, photo);
        });
    context.waitFor(QFuture<void>(future), tr("Exporting"));
    const bool cancelled = future.isCanceled() || future.resultCount() == 0;
    const Result<void> listed = cancelled ? Result<void>() : future.result();

    // The index covers whatever was written, also after Ctrl+C or a lost connection.
    const auto finished = exporter.finish();
    const ExportSummary& summary = exporter.summary();
    for (const ExportItem& item : summary.problems) {
        if (item.status == ExportItem::Status::Skipped)
            context.warn(tr("%1: skipped: %2").arg(item.user, item.message));
        else
            context.warn(tr("%1: failed: %2").arg(item.user, item.message));
    }
    if (!parser.isSet(QStringLiteral("quiet")) || !summary.problems.isEmpty())
        context.info(tr("%n photo(s) written, ", nullptr, summary.written) +
                     tr("%n already there, ", nullptr, summary.unchanged) +
                     tr("%n skipped, ", nullptr, summary.skipped()) +
                     tr("%n failed; ", nullptr, summary.failed()) +
                     tr("%n user(s) without a photo.", nullptr, summary.withoutPhoto));
    if (!finished)
        return context.report(finished.error());
    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(tr("Index: %1").arg(summary.indexPath));
    if (cancelled)
        return context.report({ErrorKind::Cancelled, CliContext::cancelledMessage(), {}, {}});
    if (!listed) {
        if (listed.error().kind == ErrorKind::Cancelled) // the exporter gave up: the folder refuses writes
            return context.report({ErrorKind::Io, tr("Stopped: the folder keeps refusing writes."), {}, {}});
        return context.report(listed.error());
    }
    return summary.problems.isEmpty() ? 0 : 3;
}

} // namespace adphoto::cli
