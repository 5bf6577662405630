#pragma once

#include "core/ImageInspector.h"
#include "core/UserRecord.h"
#include "core/audit/AuditReport.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace adphoto {

/// What the audit looks for.
struct AuditOptions
{
    QString baseDn;            ///< the audited subtree; per-OU subtree counts stop here
    qint64 maxBytes = 102'400; ///< larger photos are Oversized
    int minEdge = 96;          ///< photos with a shorter edge are TooSmall
};

/// The photo audit's engine: fed one user and their photo bytes at a time (straight from
/// Directory::visitPhotos), it keeps only what the report needs (findings, a SHA-256 per photo,
/// per-OU counts), never the photos, and builds the AuditReport at the end.
/// Not thread-safe: feed it from one thread at a time (the directory's session thread is fine)
/// and call report() after the feeding has finished.
class AuditEngine
{
public:
    /// `inspector` must outlive the engine.
    AuditEngine(const ImageInspector& inspector, AuditOptions options);

    /// Audits one user; `photo` is empty when the user has none.
    void add(const UserRecord& user, const QByteArray& photo);
    /// The findings so far, sorted; duplicates are known only once every user was added.
    [[nodiscard]] AuditReport report() const;

private:
    void count(const QString& ou, bool missing);

    const ImageInspector& m_inspector;
    AuditOptions m_options;
    int m_users = 0;
    int m_withPhoto = 0;
    QList<AuditFinding> m_findings;
    /// Every photo's user, by SHA-256 (raw 32 bytes), as a Duplicate finding in waiting.
    QHash<QByteArray, QList<AuditFinding>> m_bySha;
    /// By lower-cased DN.
    QHash<QString, OuCount> m_ous;
};

} // namespace adphoto
