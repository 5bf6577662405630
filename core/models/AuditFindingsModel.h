#pragma once

#include "core/audit/AuditReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace adphoto {

/// The audit's findings of one kind (users without a photo, oversized photos, ...) as a table
/// for the audit page: user, display name, what is wrong (findingDetail), disabled, OU.
/// Holds no pixmaps. GUI thread only.
class AuditFindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UserColumn,
        NameColumn,
        DetailColumn,
        DisabledColumn,
        OuColumn,
        ColumnCount
    };
    enum Role
    {
        DnRole = Qt::UserRole + 1, ///< QString
        GuidRole,                  ///< QString: objectGUID without braces
        SortRole,                  ///< numbers as numbers, text lower-cased
    };

    explicit AuditFindingsModel(FindingKind kind, QObject* parent = nullptr);

    [[nodiscard]] FindingKind kind() const { return m_kind; }
    /// Shows the report's findings of this model's kind.
    void setReport(const AuditReport& report);
    void clear();
    [[nodiscard]] const AuditFinding& finding(int row) const { return m_findings.at(row); }
    /// The DNs of every user listed, in report order.
    [[nodiscard]] QStringList dns() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    FindingKind m_kind;
    QList<AuditFinding> m_findings;
};

} // namespace adphoto
