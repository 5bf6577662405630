#include "core/models/UserFilterProxy.h"

#include "core/models/UserListModel.h"

#include <algorithm>

namespace adphoto {

UserFilterProxy::UserFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
    // Rows that arrive while listing are ordered at most this often: sorting 100,000 keys takes
    // tens of milliseconds, so doing it for every page would add up.
    m_sortTimer.setSingleShot(true);
    m_sortTimer.setInterval(400);
    connect(&m_sortTimer, &QTimer::timeout, this, &UserFilterProxy::sortPending);
}

void UserFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<UserListModel*>(model);
    Q_ASSERT(!model || m_model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &UserFilterProxy::onRowsInserted);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &UserFilterProxy::onDataChanged);
        connect(m_model, &QAbstractItemModel::modelReset, this, &UserFilterProxy::onSourceReset);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuildOrder();
    refilter();
    endResetModel();
}

void UserFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = UserListModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    beginResetModel();
    refilter();
    endResetModel();
}

void UserFilterProxy::setMissingPhotoOnly(bool on)
{
    if (on == m_missingOnly)
        return;
    m_missingOnly = on;
    beginResetModel();
    refilter();
    endResetModel();
}

void UserFilterProxy::setHideDisabled(bool on)
{
    if (on == m_hideDisabled)
        return;
    m_hideDisabled = on;
    beginResetModel();
    refilter();
    endResetModel();
}

void UserFilterProxy::setContainer(const QString& dn)
{
    if (dn == m_container)
        return;
    m_container = dn;
    m_containerSuffix = dn.isEmpty() ? QString() : QLatin1Char(',') + dn.toLower();
    beginResetModel();
    refilter();
    endResetModel();
}

bool UserFilterProxy::accepts(int sourceRow) const
{
    const UserRecord& u = m_model->user(sourceRow);
    if (m_missingOnly && u.hasPhoto)
        return false;
    if (m_hideDisabled && u.disabled)
        return false;
    if (!m_containerSuffix.isEmpty() && !u.dn.endsWith(m_containerSuffix, Qt::CaseInsensitive))
        return false;
    if (!m_words.isEmpty()) {
        const QString& haystack = m_model->searchTextAt(sourceRow);
        for (const QString& w : m_words) {
            if (!haystack.contains(w))
                return false;
        }
    }
    return true;
}

UserFilterProxy::Key UserFilterProxy::keyFor(int sourceRow) const
{
    const UserRecord& u = m_model->user(sourceRow);
    switch (m_sortColumn) {
    case UserListModel::PhotoColumn:
        return {u.hasPhoto ? 1 : 0, {}};
    case UserListModel::PhotoSizeColumn:
        return {u.photoBytes, {}};
    case UserListModel::StatusColumn:
        return {u.disabled ? 1 : 0, {}};
    case UserListModel::NameColumn:
        return {0, UserListModel::fold(u.displayName.isEmpty() ? u.sAMAccountName : u.displayName)};
    case UserListModel::AccountColumn:
        return {0, u.sAMAccountName.toLower()};
    case UserListModel::MailColumn:
        return {0, u.mail.toLower()};
    case UserListModel::EmployeeIdColumn:
        return {0, u.employeeID};
    case UserListModel::ContainerColumn:
        return {0, UserListModel::fold(UserListModel::containerPath(u.dn))};
    default:
        return {};
    }
}

bool UserFilterProxy::less(int a, int b) const
{
    const Key& ka = m_keys[size_t(a)];
    const Key& kb = m_keys[size_t(b)];
    int c = ka.number < kb.number ? -1 : ka.number > kb.number ? 1 : ka.text.compare(kb.text);
    if (c == 0)
        c = a < b ? -1 : a > b ? 1 : 0; // stable: directory order breaks ties
    return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
}

void UserFilterProxy::rebuildOrder()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_sorted.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        m_sorted[size_t(i)] = i;
    m_keys.clear();
    if (m_sortColumn >= 0 && n > 0) {
        m_keys.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            m_keys.push_back(keyFor(i));
        std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return less(a, b); });
    }
    m_unsortedTail = false;
}

void UserFilterProxy::refilter()
{
    m_rows.clear();
    m_proxyRow.assign(m_sorted.size(), -1);
    if (!m_model)
        return;
    m_rows.reserve(m_sorted.size());
    for (const int source : m_sorted) {
        if (accepts(source)) {
            m_proxyRow[size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
    }
}

void UserFilterProxy::applyOrder()
{
    // Same rows, new order: one layout change, with the views' persistent indexes (selection,
    // current row) moved along.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentSource;
    persistentSource.reserve(persistent.size());
    for (const QModelIndex& i : persistent)
        persistentSource << (i.isValid() ? m_rows[size_t(i.row())] : -1);
    refilter();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int source = persistentSource.at(i);
        const int row = source >= 0 ? m_proxyRow[size_t(source)] : -1;
        moved << (row >= 0 ? createIndex(row, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_model) {
        m_sortColumn = column;
        m_order = order;
        return;
    }
    m_sortColumn = column;
    m_order = order;
    m_sortTimer.stop();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentSource;
    for (const QModelIndex& i : persistent)
        persistentSource << (i.isValid() ? m_rows[size_t(i.row())] : -1);
    rebuildOrder();
    refilter();
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int source = persistentSource.at(i);
        const int row = source >= 0 ? m_proxyRow[size_t(source)] : -1;
        moved << (row >= 0 ? createIndex(row, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxy::sortPending()
{
    m_sortTimer.stop();
    if (!m_unsortedTail || m_sortColumn < 0)
        return;
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return less(a, b); });
    m_unsortedTail = false;
    applyOrder();
}

void UserFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // New rows go to the end now (one insertion for the whole page) and into order shortly.
    std::vector<int> shown;
    for (int source = first; source <= last; ++source) {
        m_sorted.push_back(source);
        if (m_sortColumn >= 0)
            m_keys.push_back(keyFor(source));
        m_proxyRow.push_back(-1);
        if (accepts(source))
            shown.push_back(source);
    }
    if (m_sortColumn >= 0 && last >= first)
        m_unsortedTail = true;
    if (!shown.empty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(shown.size()) - 1);
        for (const int source : shown) {
            m_proxyRow[size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
        endInsertRows();
    }
    if (m_unsortedTail) {
        // Small lists are ordered at once; big ones when the pages pause (or every 400 ms).
        if (m_sorted.size() <= 2000)
            sortPending();
        else if (!m_sortTimer.isActive())
            m_sortTimer.start();
    }
}

void UserFilterProxy::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
        if (m_sortColumn >= 0) {
            Key key = keyFor(source);
            if (key.number != m_keys[size_t(source)].number || key.text != m_keys[size_t(source)].text) {
                m_keys[size_t(source)] = std::move(key);
                m_unsortedTail = true; // its place may have changed: re-order shortly
                m_sortTimer.start();
            }
        }
        const bool shown = m_proxyRow[size_t(source)] >= 0;
        const bool wanted = accepts(source);
        if (shown && wanted) {
            const int row = m_proxyRow[size_t(source)];
            emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()));
        } else if (shown && !wanted) {
            const int row = m_proxyRow[size_t(source)];
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            m_proxyRow[size_t(source)] = -1;
            for (size_t i = size_t(row); i < m_rows.size(); ++i)
                m_proxyRow[size_t(m_rows[i])] = int(i);
            endRemoveRows();
        } else if (!shown && wanted) {
            // Where the sort order puts it among the rows shown.
            int row = int(m_rows.size());
            if (m_sortColumn >= 0 && !m_unsortedTail) {
                const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), source,
                                                 [this](int a, int b) { return less(a, b); });
                row = int(it - m_rows.begin());
            }
            beginInsertRows({}, row, row);
            m_rows.insert(m_rows.begin() + row, source);
            for (size_t i = size_t(row); i < m_rows.size(); ++i)
                m_proxyRow[size_t(m_rows[i])] = int(i);
            endInsertRows();
        }
    }
}

void UserFilterProxy::onSourceReset()
{
    beginResetModel();
    m_sortTimer.stop();
    rebuildOrder();
    refilter();
    endResetModel();
}

QModelIndex UserFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int UserFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool UserFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex UserFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_model->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UserFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace adphoto
