#include "app/cli/MatchCommand.h"

#include "app/cli/CliContext.h"
#include "core/matching/FolderMatcher.h"
#include "core/matching/NamePattern.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace adphoto::cli {

namespace {

const QString kFolder = QStringLiteral("folder");
const QString kRecursive = QStringLiteral("recursive");
const QString kPattern = QStringLiteral("pattern");
const QString kOu = QStringLiteral("ou");

// Checks the options that need no directory, so mistakes are reported before connecting.
Result<void> checkOptions(const QCommandLineParser& parser)
{
    if (!parser.isSet(kFolder) || parser.value(kFolder).isEmpty())
        return fail(ErrorKind::Usage, MatchCommand::tr("match needs --folder DIR."));
    for (const QString& p : parser.values(kPattern)) {
        auto pattern = NamePattern::parse(p);
        if (!pattern)
            return std::unexpected(pattern.error());
    }
    return {};
}

} // namespace

QString MatchCommand::summary() const
{
    return tr("Propose a user for every photo in a folder (changes nothing).");
}

QString MatchCommand::synopsis() const
{
    return QStringLiteral("--folder DIR [--recursive] [--pattern P ...]");
}

QString MatchCommand::details() const
{
    return tr(
        "Rules, all tried: sAMAccountName, userPrincipalName, mail and its local part, employeeID,\n"
        "displayName, \"given surname\", \"surname given\", \"surname, given\", initial + surname, and\n"
        "--pattern (attributes in braces: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).\n"
        "Case, NFC/NFD, diacritics (é→e, ł→l, ß→ss, ü→ue), separators and copy suffixes are ignored.\n"
        "A file is \"matched\" only when every rule that fits names the same single user; otherwise\n"
        "it is \"ambiguous\" and lists the candidates. Unmatched files may list suggestions (typos);\n"
        "they are never applied. Exit code 5 when any file is ambiguous or in conflict.");
}

QStringList MatchCommand::examples() const
{
    return {QStringLiteral("adphoto-cli match --folder ~/photos --format json > matches.json"),
            QStringLiteral("adphoto-cli match --folder /mnt/hr --recursive --pattern '{sn}_{givenName}'")};
}

QList<QCommandLineOption> MatchCommand::options() const
{
    return {
        QCommandLineOption(QStringList{kFolder}, tr("The folder with the photos."), QStringLiteral("DIR")),
        QCommandLineOption(QStringList{kRecursive}, tr("Also match the photos in subfolders.")),
        QCommandLineOption(QStringList{kPattern},
                           tr("A file-name pattern from attributes, e.g. {givenName}.{sn} (repeatable)."),
                           QStringLiteral("P")),
        QCommandLineOption(QStringList{kOu}, tr("Only match users under this OU (subtree)."),
                           QStringLiteral("DN")),
    };
}

int MatchCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty())
        return context.report({ErrorKind::Usage, tr("match takes no arguments; use --folder DIR."), {}, {}});
    if (auto ok = checkOptions(parser); !ok)
        return context.report(ok.error());
    if (const auto format = context.format(); !format)
        return context.report(format.error());
    if (auto files = FolderMatcher::listFiles(parser.value(kFolder), false); !files)
        return context.report(files.error());

    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    UserQuery query;
    query.baseDn = parser.value(kOu);
    query.photoSizes = false; // presence is enough here
    QFuture<Result<UserBatch>> future = (*directory)->listUsers(query);
    context.waitFor(QFuture<void>(future), tr("Listing users"));
    if (future.isCanceled())
        return context.report({ErrorKind::Cancelled, CliContext::cancelledMessage(), {}, {}});
    QList<UserRecord> users;
    for (int i = 0; i < future.resultCount(); ++i) {
        const Result<UserBatch>& page = future.resultAt(i);
        if (!page)
            return context.report(page.error());
        users.append(*page);
    }
    return matchAndPrint(context, parser, users);
}

int MatchCommand::matchAndPrint(CliContext& context, const QCommandLineParser& parser,
                                const QList<UserRecord>& users)
{
    if (auto ok = checkOptions(parser); !ok)
        return context.report(ok.error());
    const auto format = context.format();
    if (!format)
        return context.report(format.error());
    const QString folder = QDir(parser.value(kFolder)).absolutePath();
    const auto files = FolderMatcher::listFiles(folder, parser.isSet(kRecursive));
    if (!files)
        return context.report(files.error());

    const QStringList patterns = parser.values(kPattern);
    QFuture<Result<UserIndex>> building =
        QtConcurrent::run([users, patterns] { return UserIndex::build(users, patterns); });
    const auto index = context.await(building, tr("Indexing users"));
    if (!index)
        return context.report(index.error());

    QFuture<FileMatch> matching = FolderMatcher(*index).matchFiles(*files);
    context.waitFor(QFuture<void>(matching), tr("Matching"));
    if (matching.isCanceled() || matching.resultCount() != files->size())
        return context.report({ErrorKind::Cancelled, CliContext::cancelledMessage(), {}, {}});
    QList<FileMatch> matches = matching.results();
    FolderMatcher::markConflicts(matches);

    // JSON and CSV carry every key with absolute paths; the table keeps to what a person reads.
    const bool table = *format == OutputFormat::Table;
    const QStringList columns = table
                                    ? QStringList{QStringLiteral("file"),       QStringLiteral("status"),
                                                  QStringLiteral("user"),       QStringLiteral("rule"),
                                                  QStringLiteral("candidates"), QStringLiteral("suggestions"),
                                                  QStringLiteral("disabled")}
                                    : FileMatch::jsonKeys();
    RecordWriter writer(*format, columns);
    const QDir root(folder);
    QMap<MatchStatus, int> counts;
    for (const FileMatch& m : std::as_const(matches)) {
        ++counts[m.status];
        const QJsonObject json = m.toJson();
        QList<QJsonValue> row;
        for (const QString& column : columns)
            row.append(column == QLatin1String("file") && table ? QJsonValue(root.relativeFilePath(m.file))
                                                                : json.value(column));
        writer.addRow(row);
    }
    writer.finish(context.out());

    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(tr("%1 matched, %2 ambiguous, %3 unmatched, %4 in conflict, %5 skipped.")
                         .arg(counts.value(MatchStatus::Matched))
                         .arg(counts.value(MatchStatus::Ambiguous))
                         .arg(counts.value(MatchStatus::Unmatched))
                         .arg(counts.value(MatchStatus::Conflict))
                         .arg(counts.value(MatchStatus::Skipped)));
    return counts.value(MatchStatus::Ambiguous) + counts.value(MatchStatus::Conflict) > 0 ? 5 : 0;
}

} // namespace adphoto::cli
