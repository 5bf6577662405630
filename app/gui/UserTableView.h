#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace adphoto::gui {

class ThumbnailCache;

/// The users table: rows of UserListModel (through its filter proxy) with the photo column
/// drawn by a delegate (thumbnail, or a "no photo" mark), disabled users greyed, and image
/// files accepted by drag and drop onto a row. GUI thread only.
class UserTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit UserTableView(ThumbnailCache& thumbnails, QWidget* parent = nullptr);

    /// The DNs of the rows on screen now.
    [[nodiscard]] QSet<QString> visibleDns() const;
    /// Repaints the row of `dn` if it is on screen.
    void refreshDn(const QString& dn);

    /// Image files (local, by suffix) in a drag, empty if there are none.
    [[nodiscard]] static QStringList imageFiles(const QMimeData* mime);

signals:
    /// An image file was dropped on the row at `index` (a proxy index).
    void fileDropped(const QModelIndex& index, const QString& path);
    /// Double-click or Enter on a row (a proxy index): open it.
    void openRequested(const QModelIndex& index);
    /// The rows on screen changed (scrolling, resizing, filtering); coalesced.
    void visibleRowsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int m_dropRow = -1;
    class QTimer* m_visibleTimer = nullptr;
};

/// Paints the photo column (thumbnail or "no photo" mark) and greys disabled users.
class UserTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    UserTableDelegate(ThumbnailCache& thumbnails, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static constexpr int kThumbnailEdge = 32;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    ThumbnailCache& m_thumbnails;
};

} // namespace adphoto::gui
