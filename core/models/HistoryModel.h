#pragma once

#include "core/journal/ChangeRecord.h"
#include "core/journal/Journal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace adphoto {

/// The journal as a table for the history page: one row per photo change, newest first, with
/// who, when, which user, what and how it ended; the photos before and after are available as
/// bytes (OldPhotoRole, NewPhotoRole) for the view to draw. Holds no pixmaps. GUI thread only.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        BeforeColumn,
        AfterColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        ResultColumn,
        ByColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        ChangeIdRole = Qt::UserRole + 1, ///< qint64
        ImportIdRole,                    ///< QString
        OldPhotoRole,                    ///< QByteArray (empty: the user had none)
        NewPhotoRole,                    ///< QByteArray (empty: removed)
        ResultRole,                      ///< QString: ok | failed | skipped | conflict | pending
        SearchTextRole,                  ///< lower-case user, DN, import id, file
        SortRole,
    };

    explicit HistoryModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Replaces the contents: `changes` oldest first (as Journal::changes() gives them).
    void setHistory(const QList<ChangeRecord>& changes, const QList<ImportRecord>& imports);
    [[nodiscard]] const ChangeRecord& change(int row) const { return m_changes.at(row); }
    [[nodiscard]] ImportRecord import(const QString& id) const { return m_imports.value(id); }
    /// Successful changes of an import (what an undo would revert).
    [[nodiscard]] int revertibleCount(const QString& importId) const;

    /// A translated word for an action (set, remove, restore) and a result.
    [[nodiscard]] static QString actionText(const QString& action);
    [[nodiscard]] static QString resultText(const QString& result);
    /// What started a change (import, photo-set, photo-remove, restore, undo), for people.
    [[nodiscard]] static QString kindText(const QString& kind);

private:
    QList<ChangeRecord> m_changes; ///< newest first
    QHash<QString, ImportRecord> m_imports;
};

} // namespace adphoto
