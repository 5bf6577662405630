#pragma once

#include "core/UserRecord.h"
#include "core/matching/ImportPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace adphoto {

/// The users an import is limited to, for example the audit's users without a photo ("Import
/// for these users"). Matching still runs against every user, so a file is never matched to
/// the wrong person just because the right one is outside the scope; apply() then turns ready
/// rows for users outside the scope into skipped rows, with the reason. An empty scope limits
/// nothing. A plain value; any thread.
class PlanScope
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::PlanScope)

public:
    PlanScope() = default;
    /// `dns` are the users' DNs (compared case-insensitively, as AD does); `description` says
    /// where the list came from, for people ("users without a photo in OU=Sales,...").
    PlanScope(const QStringList& dns, QString description);

    [[nodiscard]] bool isLimited() const { return !m_dns.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_dns.size(); }
    [[nodiscard]] bool contains(const QString& dn) const;
    [[nodiscard]] const QString& description() const { return m_description; }

    /// Ready rows whose user is outside the scope become Skipped; other rows are left alone.
    void apply(ImportPlan& plan) const;
    /// The users inside the scope (all of them when nothing is limited), in the given order.
    [[nodiscard]] QList<UserRecord> filter(const QList<UserRecord>& users) const;

private:
    QSet<QString> m_dns; ///< lower-cased
    QString m_description;
};

} // namespace adphoto
