#include "core/models/OuTreeModel.h"

#include <QCollator>

#include <algorithm>

namespace adphoto {

struct OuTreeModel::Node
{
    enum class State
    {
        NotLoaded,
        Loading,
        Loaded
    };
    QString dn;
    QString name;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    State state = State::NotLoaded;

    [[nodiscard]] int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

OuTreeModel::OuTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->state = Node::State::Loaded;
}

OuTreeModel::~OuTreeModel() = default;

void OuTreeModel::setDirectory(Directory* directory, const QString& rootDn, const QString& rootLabel)
{
    beginResetModel();
    ++m_generation;
    m_directory = directory;
    m_root->children.clear();
    if (directory && !rootDn.isEmpty()) {
        auto top = std::make_unique<Node>();
        top->dn = rootDn;
        top->name = rootLabel.isEmpty() ? rootDn : rootLabel;
        top->parent = m_root.get();
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

OuTreeModel::Node* OuTreeModel::node(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex OuTreeModel::indexFor(Node* n) const
{
    if (!n || n == m_root.get())
        return {};
    return createIndex(n->row(), 0, n);
}

QModelIndex OuTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = node(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex OuTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexFor(node(child)->parent);
}

int OuTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int OuTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant OuTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->name;
    case Qt::ToolTipRole:
    case DnRole:
        return n->dn;
    case LoadingRole:
        return n->state == Node::State::Loading;
    default:
        return {};
    }
}

bool OuTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* n = node(parent);
    // Until a node is loaded it may have children: show the expander, load on expand.
    if (n->state != Node::State::Loaded)
        return m_directory != nullptr;
    return !n->children.empty();
}

bool OuTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return parent.isValid() && m_directory && node(parent)->state == Node::State::NotLoaded;
}

void OuTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* n = node(parent);
    n->state = Node::State::Loading;
    emit dataChanged(parent, parent, {LoadingRole});
    const quint64 generation = m_generation;
    const QString dn = n->dn;
    m_directory->childContainers(dn).then(this, [this, generation, dn](const Result<QStringList>& children) {
        if (generation != m_generation)
            return; // a reply for a tree that has been replaced
        const QModelIndex at = indexOf(dn);
        if (!at.isValid())
            return;
        Node* target = node(at);
        if (!children) {
            target->state = Node::State::NotLoaded;
            emit dataChanged(at, at, {LoadingRole});
            emit loadFailed(dn, children.error());
            return;
        }
        applyChildren(target, *children);
    });
}

void OuTreeModel::applyChildren(Node* n, const QStringList& dns)
{
    std::vector<std::unique_ptr<Node>> loaded;
    loaded.reserve(size_t(dns.size()));
    for (const QString& dn : dns) {
        auto child = std::make_unique<Node>();
        child->dn = dn;
        child->name = rdnValue(dn);
        child->parent = n;
        loaded.push_back(std::move(child));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(loaded.begin(), loaded.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a->name, b->name) < 0; });
    const QModelIndex at = indexFor(n);
    if (!loaded.empty()) {
        beginInsertRows(at, 0, int(loaded.size()) - 1);
        n->children = std::move(loaded);
        n->state = Node::State::Loaded;
        endInsertRows();
    } else {
        // hasChildren() goes from "maybe" to "no": tell the view so the expander disappears.
        n->state = Node::State::Loaded;
    }
    emit dataChanged(at, at, {LoadingRole});
}

QModelIndex OuTreeModel::indexOf(const QString& dn) const
{
    // Depth-first over loaded nodes; trees of OUs are small.
    std::vector<Node*> stack{m_root.get()};
    while (!stack.empty()) {
        Node* n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && n->dn.compare(dn, Qt::CaseInsensitive) == 0)
            return indexFor(n);
        for (auto& c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

QString OuTreeModel::rdnValue(const QString& dn)
{
    QString value;
    bool escaped = false;
    bool inValue = false;
    for (const QChar c : dn) {
        if (escaped) {
            if (inValue)
                value.append(c);
            escaped = false;
        } else if (c == QLatin1Char('\\')) {
            escaped = true;
        } else if (c == QLatin1Char(',')) {
            break;
        } else if (!inValue && c == QLatin1Char('=')) {
            inValue = true;
        } else if (inValue) {
            value.append(c);
        }
    }
    return value.trimmed();
}

} // namespace adphoto
