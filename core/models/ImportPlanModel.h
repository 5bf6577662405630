#pragma once

#include "core/UserRecord.h"
#include "core/apply/ImportRunner.h"
#include "core/matching/ImportPlan.h"
#include "core/matching/PlanBuilder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace adphoto {

/// An import plan under review: one row per file, with a tick for the rows to apply (ready rows
/// start ticked), a user chooser for ambiguous rows and rows with suggestions (the pick makes
/// the row ready, or skipped under the plan's options), and each row's result once applied.
/// plan() hands back the plan to apply: unticked ready rows become skipped. Holds no pixmaps;
/// the view draws thumbnails from FileRole and DnRole. GUI thread only.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CheckColumn,
        CurrentColumn,
        NewColumn,
        FileColumn,
        UserColumn,
        StatusColumn,
        ReasonColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, ///< int(PlanStatus)
        FileRole,                      ///< QString: absolute path of the file
        DnRole,                        ///< QString: the proposed user's DN (empty: none)
        HasPhotoRole,                  ///< bool: the proposed user has a photo now
        ChoicesRole,     ///< QStringList: accounts to choose from (candidates, then suggestions)
        NeedsChoiceRole, ///< bool: ambiguous, or unmatched with suggestions
        ResultRole,      ///< QString: ok | unchanged | conflict | failed | empty before the apply
    };

    explicit ImportPlanModel(QObject* parent = nullptr);

    /// Shows `plan`; `users` are the directory's users (for picks), `options` the plan's.
    void setPlan(const ImportPlan& plan, const QList<UserRecord>& users, const PlanOptions& options);
    void clear();
    /// The plan to apply: ready rows that are not ticked become skipped.
    [[nodiscard]] ImportPlan plan() const;
    [[nodiscard]] const PlanRow& row(int row) const { return m_rows.at(row); }

    /// Assigns the account `sam` to an ambiguous or suggested row. Fails (with the reason) when
    /// the account is unknown or another ready row already has it.
    [[nodiscard]] Result<void> choose(int row, const QString& sam);
    void setAllChecked(bool checked);
    /// Ticked ready rows: what Apply will write.
    [[nodiscard]] int checkedCount() const;
    [[nodiscard]] int countStatus(PlanStatus status) const;
    /// Rows that still need a person to pick a user.
    [[nodiscard]] int needsChoiceCount() const;

    /// Records how the row `result.row` (1-based, as ImportRunner numbers them) ended.
    void setResult(const ImportResult& result);
    void clearResults();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// A translated word for a plan status.
    [[nodiscard]] static QString statusText(PlanStatus status);

signals:
    /// Ticks, picks or results changed the counts.
    void countsChanged();

private:
    [[nodiscard]] bool needsChoice(const PlanRow& row) const;

    QList<PlanRow> m_rows;
    QList<bool> m_checked;
    QList<QString> m_results;
    QList<QString> m_messages;
    QHash<QString, UserRecord> m_users; ///< lower-case sAMAccountName -> user
    PlanOptions m_options;
};

} // namespace adphoto
