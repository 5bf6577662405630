#include "core/audit/AuditEngine.h"

#include "core/audit/DnPath.h"

#include <QCryptographicHash>

#include <algorithm>

namespace adphoto {

AuditEngine::AuditEngine(const ImageInspector& inspector, AuditOptions options)
    : m_inspector(inspector)
    , m_options(std::move(options))
{}

void AuditEngine::count(const QString& ou, bool missing)
{
    // The user's own container counts them directly; it and every ancestor up to the audited
    // base count them in their subtree.
    const QString base = m_options.baseDn;
    const int baseDepth = base.isEmpty() ? 0 : int(dnpath::split(base).size());
    bool direct = true;
    for (QString dn = ou; !dn.isEmpty(); dn = dnpath::parent(dn)) {
        const bool within = base.isEmpty() || dnpath::isWithin(dn, base);
        if (!within && !direct)
            break;
        OuCount& row = m_ous[dn.toLower()];
        if (row.ou.isEmpty()) {
            row.ou = dn;
            row.depth = within ? int(dnpath::split(dn).size()) - baseDepth : 0;
        }
        ++row.users;
        row.missing += missing ? 1 : 0;
        if (direct) {
            ++row.directUsers;
            row.directMissing += missing ? 1 : 0;
            direct = false;
        }
        if (!within || (!base.isEmpty() && dn.compare(base, Qt::CaseInsensitive) == 0) ||
            (base.isEmpty() && dnpath::split(dn).size() <= 1))
            break;
    }
}

void AuditEngine::add(const UserRecord& user, const QByteArray& photo)
{
    ++m_users;
    AuditFinding base;
    base.user = user.sAMAccountName;
    base.displayName = user.displayName;
    base.dn = user.dn;
    base.objectGuid = user.objectGuid;
    base.ou = dnpath::parent(user.dn);
    base.disabled = user.disabled;
    count(base.ou, photo.isEmpty());

    if (photo.isEmpty()) {
        base.kind = FindingKind::Missing;
        m_findings << base;
        return;
    }
    ++m_withPhoto;
    const QByteArray sha = QCryptographicHash::hash(photo, QCryptographicHash::Sha256);
    base.photoBytes = photo.size();
    base.image = m_inspector.inspect(photo);
    base.sha256 = QString::fromLatin1(sha.toHex());

    auto add = [&](FindingKind kind) {
        AuditFinding f = base;
        f.kind = kind;
        m_findings << f;
    };
    if (base.photoBytes > m_options.maxBytes)
        add(FindingKind::Oversized);
    if (base.image.format != QLatin1String("jpeg"))
        add(FindingKind::NotJpeg);
    if (!base.image.complete)
        add(FindingKind::Damaged);
    if (base.image.hasSize() && base.image.width != base.image.height)
        add(FindingKind::NotSquare);
    if (base.image.hasSize() && std::min(base.image.width, base.image.height) < m_options.minEdge)
        add(FindingKind::TooSmall);
    if (user.disabled)
        add(FindingKind::DisabledWithPhoto);
    base.kind = FindingKind::Duplicate;
    m_bySha[sha] << base;
}

AuditReport AuditEngine::report() const
{
    AuditReport report;
    report.baseDn = m_options.baseDn;
    report.maxBytes = m_options.maxBytes;
    report.minEdge = m_options.minEdge;
    report.users = m_users;
    report.withPhoto = m_withPhoto;
    report.findings = m_findings;

    QList<AuditFinding> duplicates;
    for (auto it = m_bySha.cbegin(); it != m_bySha.cend(); ++it) {
        const QList<AuditFinding>& group = it.value();
        if (group.size() < 2)
            continue;
        ++report.duplicateGroups;
        for (const AuditFinding& f : group) {
            AuditFinding d = f;
            for (const AuditFinding& other : group) {
                if (&other != &f)
                    d.sameAs << (other.user.isEmpty() ? other.dn : other.user);
            }
            d.sameAs.sort(Qt::CaseInsensitive);
            duplicates << d;
        }
    }
    report.findings += duplicates;

    const auto byDn = [](const AuditFinding& a, const AuditFinding& b) {
        return a.dn.compare(b.dn, Qt::CaseInsensitive) < 0;
    };
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [&](const AuditFinding& a, const AuditFinding& b) {
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         if (a.kind == FindingKind::Duplicate && a.sha256 != b.sha256)
                             return a.sha256 < b.sha256;
                         return byDn(a, b);
                     });

    report.ous = m_ous.values();
    std::sort(report.ous.begin(), report.ous.end(),
              [](const OuCount& a, const OuCount& b) { return dnpath::treeLess(a.ou, b.ou); });
    return report;
}

} // namespace adphoto
