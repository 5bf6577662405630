#include "app/gui/UserTableView.h"

#include "app/gui/ThumbnailCache.h"
#include "core/models/UserListModel.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>

namespace adphoto::gui {

namespace {
bool isImageFile(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("bmp"),  QStringLiteral("gif"),  QStringLiteral("tif"),
                                      QStringLiteral("tiff"), QStringLiteral("webp")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}
} // namespace

UserTableView::UserTableView(ThumbnailCache& thumbnails, QWidget* parent)
    : QTableView(parent)
    , m_visibleTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("usersTable"));
    setItemDelegate(new UserTableDelegate(thumbnails, this));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setAcceptDrops(true);
    setDragDropMode(DropOnly);
    setDropIndicatorShown(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setVerticalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(UserTableDelegate::kThumbnailEdge + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Users"));

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openRequested(index.siblingAtColumn(0));
    });
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(40);
    connect(m_visibleTimer, &QTimer::timeout, this, &UserTableView::visibleRowsChanged);
    auto schedule = [this] { m_visibleTimer->start(); };
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, schedule);
    connect(&thumbnails, &ThumbnailCache::thumbnailReady, this, &UserTableView::refreshDn);
    // Filtering and sorting move rows under the viewport without scrolling.
    QTimer::singleShot(0, this, [this, schedule] {
        if (model()) {
            connect(model(), &QAbstractItemModel::layoutChanged, this, schedule);
            connect(model(), &QAbstractItemModel::rowsInserted, this, schedule);
            connect(model(), &QAbstractItemModel::rowsRemoved, this, schedule);
            connect(model(), &QAbstractItemModel::modelReset, this, schedule);
        }
    });
}

QSet<QString> UserTableView::visibleDns() const
{
    QSet<QString> dns;
    if (!model())
        return dns;
    const int first = rowAt(0);
    if (first < 0)
        return dns;
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        dns.insert(model()->index(row, 0).data(UserListModel::DnRole).toString().toLower());
    return dns;
}

void UserTableView::refreshDn(const QString& dn)
{
    if (!model())
        return;
    const int first = rowAt(0);
    if (first < 0)
        return;
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, UserListModel::PhotoColumn);
        if (index.data(UserListModel::DnRole).toString().compare(dn, Qt::CaseInsensitive) == 0) {
            update(index);
            return;
        }
    }
}

QStringList UserTableView::imageFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && isImageFile(url.toLocalFile()))
            files << url.toLocalFile();
    }
    return files;
}

void UserTableView::dragEnterEvent(QDragEnterEvent* event)
{
    if (imageFiles(event->mimeData()).size() == 1)
        event->acceptProposedAction();
    else
        event->ignore();
}

void UserTableView::dragMoveEvent(QDragMoveEvent* event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row < 0 || imageFiles(event->mimeData()).size() != 1) {
        event->ignore();
        return;
    }
    if (row != m_dropRow) {
        // Outline the row the photo will go to (selecting it would scroll the view under the pointer).
        m_dropRow = row;
        viewport()->update();
    }
    event->acceptProposedAction();
}

void UserTableView::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dropRow = -1;
    viewport()->update();
    QTableView::dragLeaveEvent(event);
}

void UserTableView::dropEvent(QDropEvent* event)
{
    m_dropRow = -1;
    viewport()->update();
    const QStringList files = imageFiles(event->mimeData());
    const QModelIndex index = indexAt(event->position().toPoint());
    if (files.size() != 1 || !index.isValid()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit fileDropped(index.siblingAtColumn(0), files.first());
}

void UserTableView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        emit openRequested(currentIndex().siblingAtColumn(0));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void UserTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_dropRow < 0 || !model())
        return;
    const QRect first = visualRect(model()->index(m_dropRow, 0));
    const QRect row(0, first.top(), viewport()->width(), first.height());
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawRoundedRect(QRectF(row).adjusted(1, 1, -1, -1), 4, 4);
}

void UserTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    m_visibleTimer->start();
}

UserTableDelegate::UserTableDelegate(ThumbnailCache& thumbnails, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{}

void UserTableDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(UserListModel::DisabledRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
    }
}

void UserTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    if (index.column() != UserListModel::PhotoColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int edge = kThumbnailEdge;
    const QRect box(opt.rect.x() + 4, opt.rect.y() + (opt.rect.height() - edge) / 2, edge, edge);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(UserListModel::HasPhotoRole).toBool()) {
        const QString dn = index.data(UserListModel::DnRole).toString();
        const QPixmap thumb = m_thumbnails.thumbnail(dn);
        if (!thumb.isNull()) {
            QPainterPath clip;
            clip.addRoundedRect(box, 4, 4);
            painter->setClipPath(clip);
            const QSizeF size = thumb.deviceIndependentSize();
            const QRectF target(box.x() + (edge - size.width()) / 2, box.y() + (edge - size.height()) / 2,
                                size.width(), size.height());
            painter->drawPixmap(target, thumb, thumb.rect());
        } else {
            // Loading (or undecodable): a neutral tile, so the column reads "has a photo".
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(QPalette::Mid));
            painter->drawRoundedRect(box, 4, 4);
            if (m_thumbnails.failed(dn)) {
                painter->setPen(QPen(opt.palette.color(QPalette::Base), 2));
                painter->drawText(box, Qt::AlignCenter, QStringLiteral("?"));
            }
        }
    } else {
        // No photo: a dashed outline with a head-and-shoulders silhouette.
        const QColor ink = opt.palette.color(QPalette::Disabled, QPalette::Text);
        painter->setPen(QPen(ink, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink);
        painter->drawEllipse(QPointF(box.center().x() + 0.5, box.y() + edge * 0.38), edge * 0.16,
                             edge * 0.16);
        QPainterPath body;
        body.addEllipse(QPointF(box.center().x() + 0.5, box.y() + edge * 0.92), edge * 0.3, edge * 0.26);
        QPainterPath frame;
        frame.addRoundedRect(box, 4, 4);
        painter->drawPath(body.intersected(frame));
    }
    painter->restore();
}

QSize UserTableDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == UserListModel::PhotoColumn)
        return {kThumbnailEdge + 8, kThumbnailEdge + 6};
    return QStyledItemDelegate::sizeHint(option, index);
}

} // namespace adphoto::gui
