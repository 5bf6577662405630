#pragma once

#include "core/audit/AuditReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace adphoto {

/// The audit's counts per OU as a table for the audit page: one row per OU or container in
/// tree order (a parent before its children), with its users and users without a photo in the
/// whole subtree and directly in it, and the share without a photo (RatioRole, for a bar).
/// Holds no pixmaps. GUI thread only.
class AuditOuModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OuColumn,
        UsersColumn,
        MissingColumn,
        PercentColumn,
        DirectUsersColumn,
        DirectMissingColumn,
        ColumnCount
    };
    enum Role
    {
        DnRole = Qt::UserRole + 1, ///< QString: the OU's DN
        DepthRole,                 ///< int: RDNs below the audited base
        RatioRole,                 ///< double 0..1: subtree users without a photo / subtree users
    };

    explicit AuditOuModel(QObject* parent = nullptr);

    void setCounts(const QList<OuCount>& ous);
    void clear() { setCounts({}); }
    [[nodiscard]] const OuCount& ou(int row) const { return m_ous.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Users without a photo as a share of `users` (0 when there are none).
    [[nodiscard]] static double ratio(int missing, int users);

private:
    QList<OuCount> m_ous;
};

} // namespace adphoto
