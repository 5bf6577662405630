#pragma once

#include <QAbstractProxyModel>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace adphoto {

class UserListModel;

/// Sorting and filtering over UserListModel for the users page: a filter text matched against
/// names, account, UPN, mail and employee ID (every word must occur; case and accents are
/// ignored), "missing photo only", "hide disabled", and an OU (only users in its subtree).
///
/// Built for 100,000 rows: it keeps one vector of source rows in sort order and one of the
/// rows shown, works on the source model's records directly (no QVariant per row), and tells
/// views about a change with one signal instead of one per row (QSortFilterProxyModel's
/// per-row insertions made the GUI thread stall for seconds at that size). A filter change is
/// a model reset; rows arriving while the list loads are appended and put in order a moment
/// later (layoutChanged), so the table fills smoothly. GUI thread only.
class UserFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit UserFilterProxy(QObject* parent = nullptr);

    /// Must be a UserListModel.
    void setSourceModel(QAbstractItemModel* model) override;

    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setMissingPhotoOnly(bool on);
    [[nodiscard]] bool missingPhotoOnly() const { return m_missingOnly; }
    void setHideDisabled(bool on);
    [[nodiscard]] bool hideDisabled() const { return m_hideDisabled; }
    /// Only users whose DN lies under `dn` (empty: everyone).
    void setContainer(const QString& dn);
    [[nodiscard]] QString container() const { return m_container; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_order; }
    /// Puts rows that arrived since the last sort in order now (otherwise done by a timer).
    void sortPending();

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex& parent = {}) const override;

private:
    struct Key
    {
        qint64 number = 0;
        QString text;
    };
    [[nodiscard]] bool accepts(int sourceRow) const;
    [[nodiscard]] Key keyFor(int sourceRow) const;
    [[nodiscard]] bool less(int a, int b) const;
    void refilter();
    void rebuildOrder();
    void applyOrder();
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onSourceReset();

    UserListModel* m_model = nullptr;
    QString m_text;
    QStringList m_words;
    bool m_missingOnly = false;
    bool m_hideDisabled = false;
    QString m_container;
    QString m_containerSuffix; ///< ",<dn>" lower-case
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;

    std::vector<Key> m_keys;     ///< per source row, for the sort column
    std::vector<int> m_sorted;   ///< every source row in sort order (unsorted tail while loading)
    std::vector<int> m_rows;     ///< proxy row -> source row
    std::vector<int> m_proxyRow; ///< source row -> proxy row, -1 when filtered out
    bool m_unsortedTail = false;
    QTimer m_sortTimer;
};

} // namespace adphoto
