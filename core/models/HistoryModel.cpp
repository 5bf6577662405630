#include "core/models/HistoryModel.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace adphoto {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::actionText(const QString& action)
{
    if (action == QLatin1String("set"))
        return tr("Set");
    if (action == QLatin1String("remove"))
        return tr("Removed");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    return action;
}

QString HistoryModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("import"))
        return tr("Import");
    if (kind == QLatin1String("photo-set"))
        return tr("Single photo");
    if (kind == QLatin1String("photo-remove"))
        return tr("Single removal");
    if (kind == QLatin1String("restore"))
        return tr("Restore");
    if (kind == QLatin1String("undo"))
        return tr("Undo");
    return kind;
}

QString HistoryModel::resultText(const QString& result)
{
    if (result == QLatin1String("ok"))
        return tr("Done");
    if (result == QLatin1String("failed"))
        return tr("Failed");
    if (result == QLatin1String("skipped"))
        return tr("Skipped");
    if (result == QLatin1String("conflict"))
        return tr("Changed by someone else");
    if (result == QLatin1String("pending"))
        return tr("Interrupted");
    return result;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRecord& c = m_changes.at(index.row());
    switch (role) {
    case ChangeIdRole:
        return c.id;
    case ImportIdRole:
        return c.importId;
    case OldPhotoRole:
        return c.oldPhoto;
    case NewPhotoRole:
        return c.newPhoto;
    case ResultRole:
        return c.result;
    case SearchTextRole:
        return (c.user + QLatin1Char(' ') + c.dn + QLatin1Char(' ') + c.importId + QLatin1Char(' ') + c.file)
            .toLower();
    case SortRole:
        // Journal ids grow with time and break ties within a second.
        if (index.column() == TimeColumn || index.column() == BeforeColumn || index.column() == AfterColumn)
            return c.id;
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && !c.message.isEmpty())
            return c.message;
        if (index.column() == SourceColumn)
            return c.file.isEmpty() ? c.importId : c.file;
        return c.dn;
    default:
        break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(c.time.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return c.user;
    case ActionColumn:
        return actionText(c.action);
    case ResultColumn:
        return resultText(c.result);
    case ByColumn:
        return c.bindIdentity;
    case SourceColumn: {
        const ImportRecord imp = m_imports.value(c.importId);
        const QString what = c.file.isEmpty() ? kindText(imp.kind) : QFileInfo(c.file).fileName();
        return what.isEmpty() ? c.importId : what;
    }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    case ByColumn:
        return tr("By");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

void HistoryModel::setHistory(const QList<ChangeRecord>& changes, const QList<ImportRecord>& imports)
{
    beginResetModel();
    m_changes = changes;
    std::reverse(m_changes.begin(), m_changes.end());
    m_imports.clear();
    for (const ImportRecord& i : imports)
        m_imports.insert(i.id, i);
    endResetModel();
}

int HistoryModel::revertibleCount(const QString& importId) const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(), [&](const ChangeRecord& c) {
        return c.importId == importId && c.result == QLatin1String("ok");
    }));
}

} // namespace adphoto
