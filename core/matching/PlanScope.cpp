#include "core/matching/PlanScope.h"

namespace adphoto {

PlanScope::PlanScope(const QStringList& dns, QString description)
    : m_description(std::move(description))
{
    for (const QString& dn : dns) {
        if (!dn.isEmpty())
            m_dns.insert(dn.toLower());
    }
}

bool PlanScope::contains(const QString& dn) const
{
    return !isLimited() || m_dns.contains(dn.toLower());
}

void PlanScope::apply(ImportPlan& plan) const
{
    if (!isLimited())
        return;
    for (PlanRow& row : plan.rows) {
        if (row.status != PlanStatus::Ready || contains(row.dn))
            continue;
        row.status = PlanStatus::Skipped;
        row.problems.append(m_description.isEmpty()
                                ? tr("The user is not among the users this import is limited to.")
                                : tr("The user is not among the %1.").arg(m_description));
    }
}

QList<UserRecord> PlanScope::filter(const QList<UserRecord>& users) const
{
    if (!isLimited())
        return users;
    QList<UserRecord> inside;
    for (const UserRecord& user : users) {
        if (contains(user.dn))
            inside.append(user);
    }
    return inside;
}

} // namespace adphoto
