#include "core/matching/PlanBuilder.h"

#include <QHash>

namespace adphoto {

namespace {

QStringList accountNames(const QList<UserRecord>& users)
{
    QStringList names;
    for (const UserRecord& u : users)
        names.append(u.sAMAccountName);
    return names;
}

} // namespace

void PlanBuilder::applyOptions(PlanRow& row, const PlanOptions& options)
{
    if (row.status != PlanStatus::Ready)
        return;
    if (options.skipDisabled && row.disabled) {
        row.status = PlanStatus::Skipped;
        row.problems.append(tr("The account is disabled (--skip-disabled)."));
    } else if (options.onlyMissing && row.hasPhoto) {
        row.status = PlanStatus::Skipped;
        row.problems.append(tr("The user already has a photo (--only-missing)."));
    }
}

ImportPlan PlanBuilder::fromMatches(const QList<FileMatch>& matches, const PlanOptions& options)
{
    ImportPlan plan;
    plan.rows.reserve(matches.size());
    for (const FileMatch& m : matches) {
        PlanRow row;
        row.file = m.file;
        if (m.user) {
            row.setUser(*m.user);
            row.rule = m.rule;
        }
        row.candidates = accountNames(m.candidates);
        row.suggestions = accountNames(m.suggestions);
        if (!m.reason.isEmpty())
            row.problems.append(m.reason);
        switch (m.status) {
        case MatchStatus::Matched:
            row.status = PlanStatus::Ready;
            break;
        case MatchStatus::Ambiguous:
            row.status = PlanStatus::Ambiguous;
            break;
        case MatchStatus::Unmatched:
            row.status = PlanStatus::Unmatched;
            row.problems.append(tr("No user fits this file name."));
            break;
        case MatchStatus::Conflict:
            row.status = PlanStatus::Conflict;
            break;
        case MatchStatus::Skipped:
            row.status = PlanStatus::Skipped;
            break;
        }
        applyOptions(row, options);
        plan.rows.append(row);
    }
    return plan;
}

ImportPlan PlanBuilder::fromCsv(const CsvImport& csv, const UserSpecResolver& users,
                                const PlanOptions& options)
{
    ImportPlan plan;
    plan.rows.reserve(csv.entries.size());
    QHash<QString, int> firstLine; // user (normalised DN) → line it was first named on
    for (const CsvImportEntry& entry : csv.entries) {
        PlanRow row;
        row.line = entry.line;
        row.file = entry.path.isEmpty() ? entry.file : entry.path;
        row.problems = entry.problems;
        row.status = entry.problems.isEmpty() ? PlanStatus::Ready : PlanStatus::Error;
        if (!entry.user.isEmpty()) {
            const auto user = users.resolve(entry.user);
            if (user) {
                row.setUser(*user);
                const QString key = UserSpecResolver::normalizedDn(user->dn);
                if (const auto it = firstLine.constFind(key); it != firstLine.constEnd()) {
                    row.status = PlanStatus::Error;
                    row.problems.append(tr("duplicate of line %1").arg(it.value()));
                } else {
                    firstLine.insert(key, entry.line);
                }
            } else if (user.error().kind == ErrorKind::Ambiguous) {
                row.candidates = user.error().candidates;
                row.problems.append(user.error().message);
                if (row.status == PlanStatus::Ready)
                    row.status = PlanStatus::Ambiguous;
            } else {
                row.user.clear();
                row.problems.append(user.error().message);
                row.status = PlanStatus::Error;
            }
        }
        applyOptions(row, options);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace adphoto
