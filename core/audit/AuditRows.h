#pragma once

#include "core/audit/AuditReport.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace adphoto {

/// The audit as flat records with fixed columns, for `audit --format json|csv` (and any other
/// machine-readable export). One row per OU (kind "ou", with the count columns) followed by one
/// row per finding (the count columns null). Keys are English and never translated; absent
/// values are null; photoBytes is 0 without a photo. Pure functions; any thread.
///
/// Columns: kind, user, displayName, dn, objectGUID, ou, disabled, photoBytes, format, width,
/// height, sha256, sameAs (array of sAMAccountNames, duplicates only), users, missing,
/// directUsers, directMissing.
class AuditRows
{
public:
    [[nodiscard]] static QStringList columns();
    [[nodiscard]] static QList<QList<QJsonValue>> rows(const AuditReport& report);
    [[nodiscard]] static QList<QJsonValue> ouRow(const OuCount& ou);
    [[nodiscard]] static QList<QJsonValue> findingRow(const AuditFinding& finding);
};

} // namespace adphoto
