#include "core/audit/AuditHtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace adphoto {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString& text, const QString& cls = {})
{
    return (cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls)) +
           esc(text) + QStringLiteral("</td>");
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

const char* const style = R"(
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430;
       margin: 2em auto; max-width: 72em; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #d5dbe3; padding-bottom: .2em; }
p.meta { color: #5b6675; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
th { background: #f3f5f8; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.dn { color: #5b6675; font-size: .9em; word-break: break-all; }
tr.bad td.n.k { color: #b3261e; font-weight: 600; }
table.summary { width: auto; }
.ok { color: #1e7d32; }
)";
} // namespace

QString AuditHtml::render(const AuditReport& report, const QString& source, const QDateTime& generated)
{
    QString html;
    html.reserve(4096 + report.findings.size() * 256 + report.ous.size() * 160);
    const QString title = tr("Photo audit of %1").arg(report.baseDn);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(esc(QLocale().bcp47Name()));
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'\">\n");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n<style>") +
            QString::fromLatin1(style) + QStringLiteral("</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n<p class=\"meta\">");
    html += esc(tr("Directory: %1 · generated %2 UTC · byte limit %3 · minimum size %4 px")
                    .arg(source, generated.toUTC().toString(Qt::ISODate), number(report.maxBytes))
                    .arg(report.minEdge));
    html += QStringLiteral("</p>\n");

    // Summary
    html +=
        QStringLiteral("<h2>") + esc(tr("Summary")) + QStringLiteral("</h2>\n<table class=\"summary\">\n");
    auto summaryRow = [&](const QString& label, qint64 value, bool bad) {
        html += QStringLiteral("<tr%1><th>")
                    .arg(bad && value > 0 ? QStringLiteral(" class=\"bad\"") : QString()) +
                esc(label) + QStringLiteral("</th>") + cell(number(value), QStringLiteral("n k")) +
                QStringLiteral("</tr>\n");
    };
    summaryRow(tr("Users"), report.users, false);
    summaryRow(tr("Users with a photo"), report.withPhoto, false);
    for (FindingKind kind : allFindingKinds)
        summaryRow(findingKindTitle(kind), report.count(kind), true);
    summaryRow(tr("Photos shared by several users"), report.duplicateGroups, true);
    html += QStringLiteral("</table>\n");

    // Per OU
    html +=
        QStringLiteral("<h2>") + esc(tr("Users without a photo per OU")) + QStringLiteral("</h2>\n<table>\n");
    html +=
        QStringLiteral("<tr><th>%1</th><th class=\"n\">%2</th><th class=\"n\">%3</th><th class=\"n\">%4</th>"
                       "<th class=\"n\">%5</th></tr>\n")
            .arg(esc(tr("OU")), esc(tr("Users (subtree)")), esc(tr("Without photo (subtree)")),
                 esc(tr("Users (directly)")), esc(tr("Without photo (directly)")));
    for (const OuCount& ou : report.ous) {
        html += QStringLiteral("<tr%1><td class=\"dn\" style=\"padding-left:%2em\">")
                    .arg(ou.missing > 0 ? QStringLiteral(" class=\"bad\"") : QString())
                    .arg(0.6 + 1.2 * ou.depth) +
                esc(ou.ou) + QStringLiteral("</td>") + cell(number(ou.users), QStringLiteral("n")) +
                cell(number(ou.missing), QStringLiteral("n k")) +
                cell(number(ou.directUsers), QStringLiteral("n")) +
                cell(number(ou.directMissing), QStringLiteral("n")) + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");

    // Findings, one section per kind
    for (FindingKind kind : allFindingKinds) {
        const int n = report.count(kind);
        html += QStringLiteral("<h2 id=\"%1\">").arg(findingKindName(kind)) + esc(findingKindTitle(kind)) +
                QStringLiteral(" (") + esc(number(n)) + QStringLiteral(")</h2>\n");
        if (n == 0) {
            html += QStringLiteral("<p class=\"ok\">") + esc(tr("None.")) + QStringLiteral("</p>\n");
            continue;
        }
        html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(esc(tr("User")), esc(tr("Name")), esc(tr("Detail")), esc(tr("DN")));
        for (const AuditFinding& f : report.findings) {
            if (f.kind != kind)
                continue;
            html += QStringLiteral("<tr>") + cell(f.user) + cell(f.displayName) + cell(findingDetail(f)) +
                    cell(f.dn, QStringLiteral("dn")) + QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace adphoto
