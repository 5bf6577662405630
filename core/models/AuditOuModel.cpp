#include "core/models/AuditOuModel.h"

#include "core/audit/DnPath.h"

#include <QLocale>

namespace adphoto {

AuditOuModel::AuditOuModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditOuModel::setCounts(const QList<OuCount>& ous)
{
    beginResetModel();
    m_ous = ous;
    endResetModel();
}

double AuditOuModel::ratio(int missing, int users)
{
    return users > 0 ? double(missing) / double(users) : 0.0;
}

int AuditOuModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ous.size());
}

int AuditOuModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditOuModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OuCount& ou = m_ous.at(index.row());
    switch (role) {
    case DnRole:
        return ou.ou;
    case DepthRole:
        return ou.depth;
    case RatioRole:
        return ratio(ou.missing, ou.users);
    case Qt::ToolTipRole:
        if (index.column() == OuColumn)
            return ou.ou;
        return tr("%1: %2 of %3 users without a photo (%4 of %5 directly in it)")
            .arg(ou.ou, QLocale().toString(ou.missing), QLocale().toString(ou.users),
                 QLocale().toString(ou.directMissing), QLocale().toString(ou.directUsers));
    case Qt::TextAlignmentRole:
        return index.column() == OuColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case OuColumn: {
        // The base shows in full; below it, the OU's own name, indented by depth.
        if (ou.depth == 0)
            return ou.ou;
        const QStringList rdns = dnpath::split(ou.ou);
        const QString rdn = rdns.isEmpty() ? ou.ou : rdns.first();
        const qsizetype eq = rdn.indexOf(QLatin1Char('='));
        return QString(ou.depth * 3, QLatin1Char(' ')) + (eq >= 0 ? rdn.mid(eq + 1) : rdn);
    }
    case UsersColumn:
        return locale.toString(ou.users);
    case MissingColumn:
        return locale.toString(ou.missing);
    case PercentColumn:
        return locale.toString(100.0 * ratio(ou.missing, ou.users), 'f', 0) + QStringLiteral(" %");
    case DirectUsersColumn:
        return locale.toString(ou.directUsers);
    case DirectMissingColumn:
        return locale.toString(ou.directMissing);
    default:
        return {};
    }
}

QVariant AuditOuModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UsersColumn:
        case MissingColumn:
        case PercentColumn:
            return tr("In the OU and every OU below it");
        case DirectUsersColumn:
        case DirectMissingColumn:
            return tr("Directly in the OU, not in the OUs below it");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OuColumn:
        return tr("OU");
    case UsersColumn:
        return tr("Users");
    case MissingColumn:
        return tr("Without photo");
    case PercentColumn:
        return tr("Without photo (%)");
    case DirectUsersColumn:
        return tr("Users (direct)");
    case DirectMissingColumn:
        return tr("Without photo (direct)");
    default:
        return {};
    }
}

} // namespace adphoto
