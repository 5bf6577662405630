#include "app/cli/AuditCommand.h"

#include "app/cli/CliContext.h"
#include "core/audit/AuditEngine.h"
#include "core/audit/AuditHtml.h"
#include "core/audit/AuditRows.h"
#include "imaging/QtImageInspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace adphoto::cli {

namespace {
void printTable(QTextStream& out, const AuditReport& report)
{
    const QLocale locale;
    QList<std::pair<QString, qint64>> summary = {{AuditCommand::tr("Users"), report.users},
                                                 {AuditCommand::tr("Users with a photo"), report.withPhoto}};
    for (FindingKind kind : allFindingKinds)
        summary.append({findingKindTitle(kind), report.count(kind)});
    summary.append({AuditCommand::tr("Photos shared by several users"), report.duplicateGroups});
    qsizetype labelWidth = 0;
    qsizetype numberWidth = 0;
    for (const auto& [label, value] : summary) {
        labelWidth = std::max(labelWidth, label.size());
        numberWidth = std::max(numberWidth, locale.toString(value).size());
    }
    out << AuditCommand::tr("Photo audit of %1 (byte limit %2, minimum %3 px)")
               .arg(report.baseDn, locale.toString(report.maxBytes))
               .arg(report.minEdge)
        << "\n\n";
    for (const auto& [label, value] : summary)
        out << label.leftJustified(labelWidth + 2) << locale.toString(value).rightJustified(numberWidth)
            << '\n';
    out << '\n';

    RecordWriter ous(OutputFormat::Table,
                     {QStringLiteral("ou"), QStringLiteral("users"), QStringLiteral("missing"),
                      QStringLiteral("directUsers"), QStringLiteral("directMissing")});
    for (const OuCount& ou : report.ous)
        ous.addRow({QString(ou.depth * 2, QLatin1Char(' ')) + ou.ou, ou.users, ou.missing, ou.directUsers,
                    ou.directMissing});
    ous.finish(out);
    out << '\n';

    RecordWriter findings(OutputFormat::Table, {QStringLiteral("kind"), QStringLiteral("user"),
                                                QStringLiteral("detail"), QStringLiteral("dn")});
    for (const AuditFinding& f : report.findings)
        findings.addRow({findingKindName(f.kind), f.user, findingDetail(f), f.dn});
    findings.finish(out);
}
} // namespace

QString AuditCommand::summary() const
{
    return tr("Audit photos: missing per OU, too large, not JPEG, not square, too small, shared, disabled.");
}

QString AuditCommand::details() const
{
    return tr("Reads every photo once, page by page, and keeps only a fingerprint of each.\n"
              "--format takes table (summary, counts per OU, findings), csv, json (one array: \"ou\" rows\n"
              "with subtree and direct counts, then one row per finding with its \"kind\": missing,\n"
              "oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) or html\n"
              "(a self-contained report).");
}

QStringList AuditCommand::examples() const
{
    return {QStringLiteral("adphoto-cli audit --ou 'OU=Sales,DC=example,DC=com'"),
            QStringLiteral("adphoto-cli audit --max-bytes 10240 --format html > audit.html"),
            QStringLiteral("adphoto-cli audit --format json > audit.json")};
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return {
        QCommandLineOption(QStringList{QStringLiteral("ou")}, tr("Only users under this OU (subtree)."),
                           QStringLiteral("DN")),
        QCommandLineOption(QStringList{QStringLiteral("max-bytes")},
                           tr("Photos larger than this many bytes are reported (default 102400)."),
                           QStringLiteral("B")),
    };
}

int AuditCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty())
        return context.report({ErrorKind::Usage, tr("audit takes no arguments."), {}, {}});
    const bool html =
        parser.value(QStringLiteral("format")).compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
    OutputFormat format = OutputFormat::Table;
    if (!html) {
        const auto f = context.format();
        if (!f)
            return context.report({ErrorKind::Usage,
                                   tr("Unknown format \"%1\": use table, csv, json or html.")
                                       .arg(parser.value(QStringLiteral("format"))),
                                   {},
                                   {}});
        format = *f;
    }
    AuditOptions options;
    if (parser.isSet(QStringLiteral("max-bytes"))) {
        bool ok = false;
        options.maxBytes = parser.value(QStringLiteral("max-bytes")).toLongLong(&ok);
        if (!ok || options.maxBytes <= 0)
            return context.report({ErrorKind::Usage,
                                   tr("--max-bytes takes a positive number of bytes, not \"%1\".")
                                       .arg(parser.value(QStringLiteral("max-bytes"))),
                                   {},
                                   {}});
    }
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());

    UserQuery query;
    query.baseDn = parser.value(QStringLiteral("ou"));
    options.baseDn = query.baseDn.isEmpty() ? context.connectionInfo().baseDn : query.baseDn;
    const QtImageInspector inspector;
    AuditEngine engine(inspector, options);
    // The engine is fed on the directory's session thread; this thread only waits, so it
    // touches the engine again only after the listing has finished.
    QFuture<Result<void>> future =
        (*directory)->visitPhotos(query, [&engine](const UserRecord& user, const QByteArray& photo) {
            engine.add(user, photo);
            return true;
        });
    context.waitFor(QFuture<void>(future), tr("Auditing"));
    if (future.isCanceled() || future.resultCount() == 0)
        return context.report({ErrorKind::Cancelled, CliContext::cancelledMessage(), {}, {}});
    if (const Result<void>& listed = future.result(); !listed)
        return context.report(listed.error());

    const AuditReport report = engine.report();
    if (html) {
        const QString source = context.connectionInfo().dcHost.isEmpty() ? context.connectionInfo().uri
                                                                         : context.connectionInfo().dcHost;
        context.out() << AuditHtml::render(report, source, QDateTime::currentDateTimeUtc());
        context.out().flush();
    } else if (format == OutputFormat::Table) {
        printTable(context.out(), report);
    } else {
        RecordWriter writer(format, AuditRows::columns());
        for (const QList<QJsonValue>& row : AuditRows::rows(report))
            writer.addRow(row);
        writer.finish(context.out());
    }
    if (!parser.isSet(QStringLiteral("quiet")))
        context.info(tr("%n user(s) audited: ", nullptr, report.users) +
                     tr("%n without a photo, ", nullptr, report.count(FindingKind::Missing)) +
                     tr("%n problem(s) with photos.", nullptr,
                        int(report.findings.size()) - report.count(FindingKind::Missing)));
    return 0;
}

} // namespace adphoto::cli
