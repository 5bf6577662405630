#pragma once

#include "core/UserRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace adphoto {

/// The directory's users as a table: one row per UserRecord, filled page by page as a listing
/// arrives (appendUsers), updated in place when a photo changes (updateUser). Holds no pixmaps:
/// the GUI draws thumbnails in a delegate from the roles below. Sorting and filtering are done
/// by UserFilterProxy on top. GUI thread only (like every item model).
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PhotoColumn,
        NameColumn,
        AccountColumn,
        MailColumn,
        EmployeeIdColumn,
        PhotoSizeColumn,
        StatusColumn,
        ContainerColumn,
        ColumnCount
    };

    enum Role
    {
        DnRole = Qt::UserRole + 1, ///< QString
        HasPhotoRole,              ///< bool
        PhotoBytesRole,            ///< qint64 (-1: present, size unknown)
        DisabledRole,              ///< bool
        SearchTextRole, ///< QString: names, account, UPN, mail, employee ID, case- and accent-folded
        SortRole,       ///< a value that sorts the column naturally
        RecordRole,     ///< QVariant<UserRecord>
    };

    explicit UserListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Drops every row.
    void clear();
    /// Adds one page of a listing at the end.
    void appendUsers(const UserBatch& users);
    /// Adds one page like appendUsers(), except that a user already listed (by DN) has their row
    /// replaced instead of getting a second one: a listing arriving over a preview of it.
    void mergeUsers(const UserBatch& users);
    /// Drops the rows of these DNs (lower case); those not listed are ignored.
    void removeUsers(const QSet<QString>& lowerCaseDns);
    /// Replaces the row of `user.dn` (matched case-insensitively); false when it is not listed.
    bool updateUser(const UserRecord& user);

    [[nodiscard]] const UserRecord& user(int row) const { return m_users.at(row); }
    [[nodiscard]] const QList<UserRecord>& users() const { return m_users; }
    /// SearchTextRole of a row without a QVariant (the filter proxy reads 100,000 of them).
    [[nodiscard]] const QString& searchTextAt(int row) const { return m_search.at(row); }
    /// The row of `dn`, or -1.
    [[nodiscard]] int rowOf(const QString& dn) const;

    /// Users, users without a photo, disabled users: for the status bar.
    [[nodiscard]] int missingPhotoCount() const { return m_missing; }
    [[nodiscard]] int disabledCount() const { return m_disabled; }

    /// Lower-case, accent-free form used by SearchTextRole and by the filter text.
    [[nodiscard]] static QString fold(const QString& text);
    /// "Europe/Berlin/IT" for "CN=x,OU=IT,OU=Berlin,OU=Europe,DC=..." (the OU path, top first).
    [[nodiscard]] static QString containerPath(const QString& dn);

private:
    [[nodiscard]] QString searchText(const UserRecord& user) const;
    void count(const UserRecord& user, int sign);

    QList<UserRecord> m_users;
    QList<QString> m_search;       ///< SearchTextRole per row, computed once
    QHash<QString, int> m_rowByDn; ///< lower-case DN -> row
    int m_missing = 0;
    int m_disabled = 0;
};

} // namespace adphoto
