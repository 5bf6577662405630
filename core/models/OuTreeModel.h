#pragma once

#include "core/Directory.h"

#include <QAbstractItemModel>
#include <QString>

#include <memory>
#include <vector>

namespace adphoto {

/// The directory's OUs and containers as a tree, loaded lazily: a node asks the directory for
/// its children (Directory::childContainers) only when the view expands it (fetchMore), and
/// the reply is applied through a continuation on this object's thread. Holds no pixmaps (the
/// view adds icons). GUI thread only. The directory must outlive the model or be replaced with
/// setDirectory() first.
class OuTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        DnRole = Qt::UserRole + 1,
        LoadingRole
    };

    explicit OuTreeModel(QObject* parent = nullptr);
    ~OuTreeModel() override;

    /// Shows one root `rootDn` labelled `rootLabel` (e.g. the DNS domain), children loaded on
    /// demand from `directory`. A null directory clears the tree.
    void setDirectory(Directory* directory, const QString& rootDn, const QString& rootLabel);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex& parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// The index of `dn` if it is loaded, else invalid.
    [[nodiscard]] QModelIndex indexOf(const QString& dn) const;
    /// The display name of a DN's first RDN ("Berlin" for "OU=Berlin,OU=Europe,...").
    [[nodiscard]] static QString rdnValue(const QString& dn);

signals:
    /// A child listing failed; the node stays empty and can be fetched again.
    void loadFailed(const QString& dn, const adphoto::Error& error);

private:
    struct Node;
    [[nodiscard]] Node* node(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexFor(Node* node) const;
    void applyChildren(Node* node, const QStringList& dns);

    Directory* m_directory = nullptr;
    std::unique_ptr<Node> m_root; ///< invisible root holding the one visible top node
    quint64 m_generation = 0;     ///< bumped by setDirectory(), so late replies are ignored
};

} // namespace adphoto
