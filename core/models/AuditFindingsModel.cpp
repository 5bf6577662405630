#include "core/models/AuditFindingsModel.h"

#include "core/UserRecord.h"

namespace adphoto {

AuditFindingsModel::AuditFindingsModel(FindingKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void AuditFindingsModel::setReport(const AuditReport& report)
{
    beginResetModel();
    m_findings.clear();
    for (const AuditFinding& f : report.findings) {
        if (f.kind == m_kind)
            m_findings.append(f);
    }
    endResetModel();
}

void AuditFindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    endResetModel();
}

QStringList AuditFindingsModel::dns() const
{
    QStringList out;
    out.reserve(m_findings.size());
    for (const AuditFinding& f : m_findings)
        out.append(f.dn);
    return out;
}

int AuditFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditFinding& f = m_findings.at(index.row());
    switch (role) {
    case DnRole:
        return f.dn;
    case GuidRole:
        return guidText(f.objectGuid);
    case Qt::ToolTipRole:
        return f.dn;
    case SortRole:
        switch (index.column()) {
        case DetailColumn:
            // Photo size orders the byte-related findings; the text orders the others.
            return f.photoBytes > 0 && m_kind == FindingKind::Oversized
                       ? QVariant(f.photoBytes)
                       : QVariant(findingDetail(f).toLower());
        case DisabledColumn:
            return f.disabled;
        case UserColumn:
            return f.user.toLower();
        case NameColumn:
            return f.displayName.toLower();
        case OuColumn:
            return f.ou.toLower();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            return f.user;
        case NameColumn:
            return f.displayName;
        case DetailColumn:
            return findingDetail(f);
        case DisabledColumn:
            return f.disabled ? tr("Disabled") : QString();
        case OuColumn:
            return f.ou;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Finding");
    case DisabledColumn:
        return tr("Account state");
    case OuColumn:
        return tr("OU");
    default:
        return {};
    }
}

} // namespace adphoto
