#include "core/models/ImportPlanModel.h"

#include <QFileInfo>

namespace adphoto {

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPlanModel::setPlan(const ImportPlan& plan, const QList<UserRecord>& users,
                              const PlanOptions& options)
{
    beginResetModel();
    m_rows = plan.rows;
    m_checked.clear();
    for (const PlanRow& r : m_rows)
        m_checked << (r.status == PlanStatus::Ready);
    m_results = QList<QString>(m_rows.size());
    m_messages = QList<QString>(m_rows.size());
    m_users.clear();
    for (const UserRecord& u : users)
        m_users.insert(u.sAMAccountName.toLower(), u);
    m_options = options;
    endResetModel();
    emit countsChanged();
}

void ImportPlanModel::clear()
{
    setPlan({}, {}, {});
}

ImportPlan ImportPlanModel::plan() const
{
    ImportPlan out;
    out.rows = m_rows;
    for (int i = 0; i < out.rows.size(); ++i) {
        PlanRow& r = out.rows[i];
        if (r.status == PlanStatus::Ready && !m_checked.at(i)) {
            r.status = PlanStatus::Skipped;
            r.problems << tr("Deselected in the review.");
        }
    }
    return out;
}

bool ImportPlanModel::needsChoice(const PlanRow& row) const
{
    return row.status == PlanStatus::Ambiguous ||
           (row.status == PlanStatus::Unmatched && !row.suggestions.isEmpty());
}

Result<void> ImportPlanModel::choose(int rowIndex, const QString& sam)
{
    if (rowIndex < 0 || rowIndex >= m_rows.size())
        return fail(ErrorKind::Usage, tr("No such row."));
    PlanRow& row = m_rows[rowIndex];
    if (!needsChoice(row) && row.rule != QLatin1String("chosen"))
        return fail(ErrorKind::Usage, tr("This row does not need a choice."));
    const auto it = m_users.constFind(sam.toLower());
    if (it == m_users.cend())
        return fail(ErrorKind::NotFound, tr("No user with the account %1 is listed.").arg(sam));
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != rowIndex && m_rows.at(i).status == PlanStatus::Ready &&
            m_rows.at(i).objectGuid == it->objectGuid)
            return fail(
                ErrorKind::Conflict,
                tr("%1 already gets the photo %2.").arg(sam, QFileInfo(m_rows.at(i).file).fileName()));
    }
    const QStringList choices = row.candidates + row.suggestions;
    row.setUser(*it);
    row.currentPhotoSha256 = it->photoSha256;
    row.rule = QStringLiteral("chosen");
    row.problems.clear();
    // Chosen or not, the plan's options still apply (CONTRACT: --only-missing, --skip-disabled).
    if (m_options.onlyMissing && it->hasPhoto) {
        row.status = PlanStatus::Skipped;
        row.problems << tr("Has a photo already (only users without one were asked for).");
    } else if (m_options.skipDisabled && it->disabled) {
        row.status = PlanStatus::Skipped;
        row.problems << tr("The account is disabled.");
    } else {
        row.status = PlanStatus::Ready;
    }
    // Keep the choices so the admin can change the pick.
    row.candidates = choices;
    row.suggestions.clear();
    m_checked[rowIndex] = row.status == PlanStatus::Ready;
    emit dataChanged(index(rowIndex, 0), index(rowIndex, ColumnCount - 1));
    emit countsChanged();
    return {};
}

void ImportPlanModel::setAllChecked(bool checked)
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_checked[i] = checked && m_rows.at(i).status == PlanStatus::Ready;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn), {Qt::CheckStateRole});
    emit countsChanged();
}

int ImportPlanModel::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        n += (m_checked.at(i) && m_rows.at(i).status == PlanStatus::Ready) ? 1 : 0;
    return n;
}

int ImportPlanModel::countStatus(PlanStatus status) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const PlanRow& r) { return r.status == status; }));
}

int ImportPlanModel::needsChoiceCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const PlanRow& r) { return needsChoice(r); }));
}

void ImportPlanModel::setResult(const ImportResult& result)
{
    const int i = result.row - 1;
    if (i < 0 || i >= m_rows.size())
        return;
    m_results[i] = result.result;
    m_messages[i] = result.message;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    emit countsChanged();
}

void ImportPlanModel::clearResults()
{
    m_results = QList<QString>(m_rows.size());
    m_messages = QList<QString>(m_rows.size());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Ready:
        return tr("Ready");
    case PlanStatus::Unchanged:
        return tr("Unchanged");
    case PlanStatus::Skipped:
        return tr("Skipped");
    case PlanStatus::Ambiguous:
        return tr("Choose a user");
    case PlanStatus::Unmatched:
        return tr("No match");
    case PlanStatus::Conflict:
        return tr("Conflict");
    case PlanStatus::Error:
        return tr("Error");
    }
    return {};
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanRow& r = m_rows.at(index.row());
    switch (role) {
    case StatusRole:
        return int(r.status);
    case FileRole:
        return r.file;
    case DnRole:
        return r.dn;
    case HasPhotoRole:
        return r.hasPhoto;
    case ChoicesRole:
        return r.candidates + r.suggestions;
    case NeedsChoiceRole:
        return needsChoice(r);
    case ResultRole:
        return m_results.at(index.row());
    case Qt::CheckStateRole:
        if (index.column() == CheckColumn && r.status == PlanStatus::Ready)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UserColumn && needsChoice(r))
            return tr("Double-click (or F2) to choose the user: %1")
                .arg((r.candidates + r.suggestions).join(QStringLiteral(", ")));
        if (index.column() == FileColumn)
            return r.file;
        if (index.column() == ResultColumn)
            return m_messages.at(index.row());
        return r.problems.join(QLatin1Char('\n'));
    case Qt::EditRole:
        if (index.column() == UserColumn)
            return r.user;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(r.file).fileName();
    case UserColumn:
        if (!r.user.isEmpty())
            return r.user;
        if (r.status == PlanStatus::Ambiguous)
            return tr("Choose one of %1…").arg(r.candidates.size());
        if (!r.suggestions.isEmpty())
            return tr("Did you mean %1? Choose…").arg(r.suggestions.first());
        return QString();
    case StatusColumn:
        return statusText(r.status);
    case ReasonColumn:
        if (!r.problems.isEmpty())
            return r.problems.join(QStringLiteral("; "));
        if (r.line > 0)
            return tr("line %1").arg(r.line);
        if (r.rule == QLatin1String("chosen"))
            return tr("chosen by you");
        return r.rule;
    case ResultColumn: {
        const QString& result = m_results.at(index.row());
        if (result == QLatin1String("ok"))
            return tr("Written");
        if (result == QLatin1String("unchanged"))
            return tr("Already this photo");
        if (result == QLatin1String("conflict"))
            return tr("Changed meanwhile: not written");
        if (result == QLatin1String("failed"))
            return tr("Failed: %1").arg(m_messages.at(index.row()));
        return result;
    }
    default:
        return {};
    }
}

bool ImportPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == CheckColumn && role == Qt::CheckStateRole) {
        if (m_rows.at(index.row()).status != PlanStatus::Ready)
            return false;
        m_checked[index.row()] = value.value<Qt::CheckState>() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit countsChanged();
        return true;
    }
    if (index.column() == UserColumn && role == Qt::EditRole)
        return choose(index.row(), value.toString()).has_value();
    return false;
}

Qt::ItemFlags ImportPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const PlanRow& r = m_rows.at(index.row());
    if (index.column() == CheckColumn && r.status == PlanStatus::Ready)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == UserColumn && (needsChoice(r) || r.rule == QLatin1String("chosen")))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CheckColumn:
        return QString();
    case CurrentColumn:
        return tr("Now");
    case NewColumn:
        return tr("New");
    case FileColumn:
        return tr("File");
    case UserColumn:
        return tr("User");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace adphoto
