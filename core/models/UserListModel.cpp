#include "core/models/UserListModel.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace adphoto {

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord& u = m_users.at(index.row());
    switch (role) {
    case DnRole:
        return u.dn;
    case HasPhotoRole:
        return u.hasPhoto;
    case PhotoBytesRole:
        return u.photoBytes;
    case DisabledRole:
        return u.disabled;
    case SearchTextRole:
        return m_search.at(index.row());
    case RecordRole:
        return QVariant::fromValue(u);
    case Qt::ToolTipRole:
        if (index.column() == PhotoColumn)
            return u.hasPhoto ? tr("Has a photo") : tr("No photo");
        return u.dn;
    case Qt::AccessibleTextRole:
        if (index.column() == PhotoColumn)
            return u.hasPhoto ? tr("Has a photo") : tr("No photo");
        break;
    default:
        break;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case PhotoColumn:
            return u.hasPhoto ? 1 : 0;
        case PhotoSizeColumn:
            return u.photoBytes;
        case StatusColumn:
            return u.disabled ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PhotoColumn:
        return QString(); // drawn by the view's delegate
    case NameColumn:
        return u.displayName.isEmpty() ? u.sAMAccountName : u.displayName;
    case AccountColumn:
        return u.sAMAccountName;
    case MailColumn:
        return u.mail;
    case EmployeeIdColumn:
        return u.employeeID;
    case PhotoSizeColumn:
        if (!u.hasPhoto)
            return QString();
        if (u.photoBytes < 0)
            return tr("yes");
        return QLocale().formattedDataSize(u.photoBytes, 1, QLocale::DataSizeTraditionalFormat);
    case StatusColumn:
        return u.disabled ? tr("Disabled") : tr("Enabled");
    case ContainerColumn:
        return containerPath(u.dn);
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhotoColumn:
        return tr("Photo");
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case MailColumn:
        return tr("E-mail");
    case EmployeeIdColumn:
        return tr("Employee ID");
    case PhotoSizeColumn:
        return tr("Photo size");
    case StatusColumn:
        return tr("Status");
    case ContainerColumn:
        return tr("Location");
    default:
        return {};
    }
}

Qt::ItemFlags UserListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    // Every row accepts a dropped image file: that sets the user's photo.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

void UserListModel::clear()
{
    beginResetModel();
    m_users.clear();
    m_search.clear();
    m_rowByDn.clear();
    m_missing = 0;
    m_disabled = 0;
    endResetModel();
}

void UserListModel::appendUsers(const UserBatch& users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_users.size());
    beginInsertRows({}, first, first + int(users.size()) - 1);
    // No reserve(): an exact reserve per page would copy every row again on each page.
    for (const UserRecord& u : users) {
        m_rowByDn.insert(u.dn.toLower(), int(m_users.size()));
        m_users.append(u);
        m_search.append(searchText(u));
        count(u, +1);
    }
    endInsertRows();
}

void UserListModel::mergeUsers(const UserBatch& users)
{
    UserBatch added;
    for (const UserRecord& u : users) {
        if (!updateUser(u))
            added.append(u);
    }
    appendUsers(added);
}

void UserListModel::removeUsers(const QSet<QString>& lowerCaseDns)
{
    QList<int> rows;
    for (const QString& dn : lowerCaseDns) {
        if (const int row = m_rowByDn.value(dn, -1); row >= 0)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows) {
        beginRemoveRows({}, row, row);
        count(m_users.at(row), -1);
        m_users.removeAt(row);
        m_search.removeAt(row);
        endRemoveRows();
    }
    m_rowByDn.clear();
    for (int row = 0; row < m_users.size(); ++row)
        m_rowByDn.insert(m_users.at(row).dn.toLower(), row);
}

bool UserListModel::updateUser(const UserRecord& user)
{
    const int row = rowOf(user.dn);
    if (row < 0)
        return false;
    count(m_users.at(row), -1);
    m_users[row] = user;
    m_search[row] = searchText(user);
    count(user, +1);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int UserListModel::rowOf(const QString& dn) const
{
    return m_rowByDn.value(dn.toLower(), -1);
}

void UserListModel::count(const UserRecord& user, int sign)
{
    if (!user.hasPhoto)
        m_missing += sign;
    if (user.disabled)
        m_disabled += sign;
}

QString UserListModel::fold(const QString& text)
{
    // Decompose, drop the combining marks, lower-case: "Dörte Čapek" matches "dorte capek".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out;
}

QString UserListModel::searchText(const UserRecord& u) const
{
    const QChar sep(0x1f); // never typed, so a filter cannot match across two fields
    return fold(u.displayName + sep + u.givenName + QLatin1Char(' ') + u.sn + sep + u.sAMAccountName + sep +
                u.userPrincipalName + sep + u.mail + sep + u.employeeID);
}

QString UserListModel::containerPath(const QString& dn)
{
    // Split on unescaped commas; keep the OU/CN parts between the user's RDN and the domain.
    QStringList parts;
    QString current;
    bool escaped = false;
    for (const QChar c : dn) {
        if (escaped) {
            current.append(c);
            escaped = false;
        } else if (c == QLatin1Char('\\')) {
            escaped = true;
        } else if (c == QLatin1Char(',')) {
            parts << current.trimmed();
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts << current.trimmed();
    QStringList path;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& p = parts.at(i);
        if (p.startsWith(QLatin1String("DC="), Qt::CaseInsensitive))
            break;
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        path.prepend(eq >= 0 ? p.mid(eq + 1) : p);
    }
    return path.join(QLatin1Char('/'));
}

} // namespace adphoto
