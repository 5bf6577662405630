#include "app/gui/UsersPage.h"

#include "app/gui/Connection.h"
#include "app/gui/Icons.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PhotoEditor.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UserListLoader.h"
#include "app/gui/UserTableView.h"
#include "core/PhotoHash.h"
#include "core/Settings.h"
#include "core/models/OuTreeModel.h"
#include "core/models/UserFilterProxy.h"
#include "core/models/UserListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace adphoto::gui {

namespace {
const QString kJpegMime = QStringLiteral("image/jpeg");
/// Enough rows to fill the table on any screen; the pages after it have the connection's size.
constexpr int kFirstPageSize = 200;
constexpr int kPreviewRows = 200; ///< users shown from a few containers before the listing arrives

/// Folder icons for the OU tree: the domain at the top, OUs, plain containers dashed.
class OuIconDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const QString dn = index.data(OuTreeModel::DnRole).toString();
        if (!index.parent().isValid())
            option->icon = themedIcon("domain");
        else if (dn.startsWith(QLatin1String("OU="), Qt::CaseInsensitive))
            option->icon = themedIcon("ou");
        else
            option->icon = themedIcon("container");
        if (index.data(OuTreeModel::LoadingRole).toBool())
            option->text += QStringLiteral(" …");
    }
};
} // namespace

UsersPage::UsersPage(Connection& connection, PhotoActions& actions, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_settings(settings)
    , m_model(new UserListModel(this))
    , m_proxy(new UserFilterProxy(this))
    , m_ouModel(new OuTreeModel(this))
    , m_thumbnails(new ThumbnailCache(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    m_loader = new UserListLoader(m_model, this);

    m_banner = new MessageBanner(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name, account, e-mail or employee ID  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themedIcon("search"), QLineEdit::LeadingPosition);
    m_missingOnly = new QCheckBox(tr("&Missing photo only"), this);
    m_missingOnly->setObjectName(QStringLiteral("missingOnly"));
    m_hideDisabled = new QCheckBox(tr("&Hide disabled"), this);
    m_hideDisabled->setObjectName(QStringLiteral("hideDisabled"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("ouTree"));
    m_tree->setModel(m_ouModel);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new OuIconDelegate(m_tree));
    m_tree->setAccessibleName(tr("Organizational units"));
    m_tree->setUniformRowHeights(true);

    m_table = new UserTableView(*m_thumbnails, this);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(UserListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(UserListModel::PhotoColumn, UserTableDelegate::kThumbnailEdge + 12);
    header->setSectionResizeMode(UserListModel::PhotoColumn, QHeaderView::Fixed);
    header->resizeSection(UserListModel::NameColumn, 175);
    header->resizeSection(UserListModel::AccountColumn, 105);
    header->resizeSection(UserListModel::MailColumn, 205);
    header->resizeSection(UserListModel::EmployeeIdColumn, 90);
    header->resizeSection(UserListModel::PhotoSizeColumn, 80);
    header->resizeSection(UserListModel::StatusColumn, 75);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 820});
    m_splitter->setChildrenCollapsible(false);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_missingOnly);
    filterRow->addWidget(m_hideDisabled);

    createActions();
    auto* refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_act.refresh);
    refreshButton->setAutoRaise(true);
    filterRow->addWidget(refreshButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &UserFilterProxy::setFilterText);
    connect(m_missingOnly, &QCheckBox::toggled, m_proxy, &UserFilterProxy::setMissingPhotoOnly);
    connect(m_hideDisabled, &QCheckBox::toggled, m_proxy, &UserFilterProxy::setHideDisabled);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &UsersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateCounts);
    // A filter change resets the proxy (one signal for 100,000 rows); keep the selection.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keepSelected.clear();
        for (const UserRecord& u : selectedUsers())
            m_keepSelected << u.dn;
        m_keepCurrent = m_table->currentIndex().data(UserListModel::DnRole).toString();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (const QString& dn : std::as_const(m_keepSelected)) {
            const QModelIndex i = m_proxy->mapFromSource(m_model->index(m_model->rowOf(dn), 0));
            if (i.isValid())
                selection.select(i, i.siblingAtColumn(UserListModel::ColumnCount - 1));
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        const QModelIndex current =
            m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_keepCurrent), UserListModel::NameColumn));
        if (current.isValid()) {
            m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
        }
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_table, &UserTableView::openRequested, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openEditor(index.data(UserListModel::RecordRole).value<UserRecord>());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &UsersPage::onContextMenu);
    connect(m_table, &UserTableView::fileDropped, this,
            [this](const QModelIndex& index, const QString& path) {
                setPhotoFromFile(index.data(UserListModel::RecordRole).value<UserRecord>(), path);
            });
    connect(m_thumbnails, &ThumbnailCache::photoMeasured, this,
            [this](const QString& dn, qint64 bytes, const QString& sha256) {
                const int row = m_model->rowOf(dn);
                if (row < 0)
                    return;
                UserRecord user = m_model->user(row);
                if (user.photoBytes == bytes && user.photoSha256 == sha256)
                    return;
                user.hasPhoto = bytes > 0;
                user.photoBytes = bytes;
                user.photoSha256 = sha256;
                m_model->updateUser(user);
            });
    connect(m_table, &UserTableView::visibleRowsChanged, this,
            [this] { m_thumbnails->retainOnly(m_table->visibleDns()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UsersPage::onTreeSelection);
    connect(m_ouModel, &OuTreeModel::loadFailed, this, [this](const QString& dn, const Error& error) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Could not list the containers of %1: %2").arg(dn, error.text()));
    });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &UsersPage::updateActions);

    connect(m_loader, &UserListLoader::pageFailed, this, [this](const Error& error) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Not all users could be listed: %1").arg(error.text()));
    });
    connect(m_loader, &UserListLoader::previewShown, this, &UsersPage::updateCounts);
    connect(m_loader, &UserListLoader::firstRowsShown, this, &UsersPage::firstRowsShown);
    connect(m_loader, &UserListLoader::finished, this, &UsersPage::onListingFinished);
    connect(&m_connection, &Connection::aboutToSwitch, this, &UsersPage::onAboutToSwitch);
    connect(&m_connection, &Connection::opened, this, &UsersPage::onOpened);
    connect(&m_actions, &PhotoActions::changed, this, &UsersPage::onChanged);
    connect(&m_actions, &PhotoActions::failed, this, &UsersPage::onFailed);
    connect(&m_actions, &PhotoActions::usersChanged, this, &UsersPage::reloadUsers);
    connect(&m_actions, &PhotoActions::started, this, [this](const UserRecord& user, const QString& what) {
        emit statusMessage(user.displayName + QStringLiteral(": ") + what);
    });

    m_thumbnails->setEdge(UserTableDelegate::kThumbnailEdge, devicePixelRatioF());
    updateActions();
    if (m_connection.isOpen())
        onOpened();
}

UsersPage::~UsersPage()
{
    // Before the children go (the thumbnail cache may hold the last reference to the directory,
    // whose end waits for the call in progress): a listing still running is cancelled first.
    m_loader->abandon();
}

void UsersPage::createActions()
{
    auto make = [this](const char* iconName, const QString& text, const QKeySequence& key) {
        auto* action = new QAction(themedIcon(iconName), text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_act.edit = make("photo-edit", tr("&Edit photo…"), QKeySequence());
    m_act.setFromFile = make("photo-open", tr("&Set photo from file…"), QKeySequence::Open);
    m_act.remove = make("photo-remove", tr("&Remove photo…"), QKeySequence::Delete);
    m_act.exportPhoto = make("photo-export", tr("E&xport photo…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_act.copy = make("copy", tr("&Copy photo"), QKeySequence::Copy);
    m_act.paste = make("paste", tr("&Paste photo"), QKeySequence::Paste);
    m_act.refresh = make("refresh", tr("Re&fresh"), QKeySequence::Refresh);
    m_act.stop = make("stop", tr("&Stop listing"), QKeySequence::Cancel);
    m_act.find = make("search", tr("&Find user"), QKeySequence::Find);
    m_act.refresh->setToolTip(tr("List the users again (F5)"));
    m_act.stop->setToolTip(tr("Stop listing the users; those listed so far stay (Esc)"));
    m_act.stop->setEnabled(false);

    connect(m_act.edit, &QAction::triggered, this, [this] {
        if (const UserRecord u = currentUser(); !u.dn.isEmpty())
            openEditor(u);
    });
    connect(m_act.setFromFile, &QAction::triggered, this, [this] {
        if (const UserRecord u = currentUser(); !u.dn.isEmpty())
            chooseFileFor(u);
    });
    connect(m_act.remove, &QAction::triggered, this, &UsersPage::removeSelectedPhotos);
    connect(m_act.exportPhoto, &QAction::triggered, this, &UsersPage::exportSelectedPhoto);
    connect(m_act.copy, &QAction::triggered, this, &UsersPage::copySelectedPhoto);
    connect(m_act.paste, &QAction::triggered, this, &UsersPage::pastePhotoToSelected);
    connect(m_act.refresh, &QAction::triggered, this, &UsersPage::refresh);
    connect(m_act.stop, &QAction::triggered, this, &UsersPage::stopListing);
    connect(m_act.find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void UsersPage::onAboutToSwitch()
{
    m_loader->abandon();
    m_act.stop->setEnabled(false);
    m_ouModel->setDirectory(nullptr, {}, {});
    m_thumbnails->setDirectory(nullptr);
    m_model->clear();
}

void UsersPage::onOpened()
{
    const ConnectionInfo& info = m_connection.info();
    m_thumbnails->setDirectory(m_connection.directory());
    QString domain = info.defaultNamingContext.isEmpty() ? info.baseDn : info.defaultNamingContext;
    domain = domain.split(QLatin1Char(','))
                 .replaceInStrings(QStringLiteral("DC="), QString(), Qt::CaseInsensitive)
                 .join(QLatin1Char('.'));
    m_ouModel->setDirectory(
        m_connection.directory().get(), info.baseDn,
        info.baseDn.compare(info.defaultNamingContext, Qt::CaseInsensitive) == 0 ? domain : info.baseDn);
    m_tree->expand(m_ouModel->index(0, 0));
    m_proxy->setContainer({});
    refresh();
}

void UsersPage::refresh()
{
    if (!m_connection.isOpen())
        return;
    m_banner->hide();
    UserQuery query;
    query.baseDn = m_connection.info().baseDn;
    // Presence only: a page that carries every photo's bytes takes Samba seconds to send. Sizes
    // and hashes come with the thumbnails of the rows on screen (ThumbnailCache::photoMeasured)
    // and, for an import, with its plan (ImportPlanner::readCurrentPhotos).
    query.photoSizes = false;
    query.firstPageSize = kFirstPageSize;
    m_act.stop->setEnabled(true);
    m_loader->start(*m_connection.directory(), query, kPreviewRows);
    emit loadingChanged(true);
    emit statusMessage(tr("Listing users…"));
    updateCounts();
}

void UsersPage::stopListing()
{
    m_loader->stop();
}

bool UsersPage::isLoading() const
{
    return m_loader->isRunning();
}

qint64 UsersPage::firstRowsMs() const
{
    return m_loader->firstRowsMs();
}

void UsersPage::onListingFinished(bool stopped)
{
    m_act.stop->setEnabled(false);
    emit loadingChanged(false);
    updateCounts();
    emit statusMessage(stopped ? tr("Listing stopped.")
                               : tr("Users listed: %1.").arg(QLocale().toString(m_model->rowCount())));
    emit listingFinished();
}

void UsersPage::onTreeSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString dn = current.data(OuTreeModel::DnRole).toString();
    // The top node is the whole listing.
    m_proxy->setContainer(current.parent().isValid() ? dn : QString());
}

QString UsersPage::countsText() const
{
    const QLocale locale;
    const int total = m_model->rowCount();
    QString text = tr("%1 users · %2 without photo · %3 disabled")
                       .arg(locale.toString(total), locale.toString(m_model->missingPhotoCount()),
                            locale.toString(m_model->disabledCount()));
    if (m_proxy->rowCount() != total)
        text += tr(" · %1 shown").arg(locale.toString(m_proxy->rowCount()));
    if (isLoading())
        text += tr(" · loading…");
    return text;
}

void UsersPage::updateCounts()
{
    emit countsChanged(countsText());
}

QList<UserRecord> UsersPage::selectedUsers() const
{
    QList<UserRecord> users;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        users << index.data(UserListModel::RecordRole).value<UserRecord>();
    return users;
}

UserRecord UsersPage::currentUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1)
        return rows.first().data(UserListModel::RecordRole).value<UserRecord>();
    const QModelIndex current = m_table->currentIndex();
    if (rows.isEmpty() && current.isValid())
        return current.data(UserListModel::RecordRole).value<UserRecord>();
    return {};
}

bool UsersPage::selectUser(const QString& dn)
{
    const int row = m_model->rowOf(dn);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, UserListModel::NameColumn));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void UsersPage::updateActions()
{
    const QList<UserRecord> users = selectedUsers();
    const bool one = users.size() == 1;
    const bool anyPhoto =
        std::any_of(users.cbegin(), users.cend(), [](const UserRecord& u) { return u.hasPhoto; });
    const QMimeData* clip = QApplication::clipboard()->mimeData();
    const bool clipImage = clip && (clip->hasFormat(kJpegMime) || clip->hasImage());
    m_act.edit->setEnabled(one);
    m_act.setFromFile->setEnabled(one);
    m_act.remove->setEnabled(anyPhoto);
    m_act.exportPhoto->setEnabled(one && users.first().hasPhoto);
    m_act.copy->setEnabled(one && users.first().hasPhoto);
    m_act.paste->setEnabled(!users.isEmpty() && clipImage);
}

void UsersPage::onContextMenu(const QPoint& pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    updateActions();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_act.edit);
    menu->addAction(m_act.setFromFile);
    menu->addSeparator();
    menu->addAction(m_act.copy);
    menu->addAction(m_act.paste);
    menu->addAction(m_act.exportPhoto);
    menu->addSeparator();
    menu->addAction(m_act.remove);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

PhotoEditor* UsersPage::openEditor(const UserRecord& user, const QString& file)
{
    auto* editor = new PhotoEditor(m_actions, m_settings, user, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        editor->loadFile(file);
    else
        editor->loadCurrentPhoto();
    editor->show();
    return editor;
}

void UsersPage::chooseFileFor(const UserRecord& user)
{
    auto* dialog =
        new QFileDialog(this, tr("Photo for %1").arg(user.displayName),
                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                        tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, user](const QString& path) { openEditor(user, path); });
    dialog->open();
}

void UsersPage::setPhotoFromFile(const UserRecord& user, const QString& path)
{
    QFile file(path);
    const qint64 limit = 200LL * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > limit) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    m_actions.setPhotoFromImage(user, bytes, QFileInfo(path).absoluteFilePath(),
                                PhotoActions::defaultSpec(m_settings));
}

void UsersPage::removeSelectedPhotos()
{
    QList<UserRecord> users = selectedUsers();
    users.removeIf([](const UserRecord& u) { return !u.hasPhoto; });
    if (users.isEmpty())
        return;
    const QString question = users.size() == 1
                                 ? tr("Remove the photo of %1?").arg(users.first().displayName)
                                 : tr("Remove the photos of %n users?", nullptr, int(users.size()));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove photo"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setInformativeText(tr("The current photo is kept in the history and can be restored."));
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, users](int result) {
        if (result != QMessageBox::Yes)
            return;
        for (const UserRecord& u : users)
            m_actions.removePhoto(u);
    });
    box->open();
}

void UsersPage::exportSelectedPhoto()
{
    const UserRecord user = currentUser();
    if (user.dn.isEmpty() || !user.hasPhoto)
        return;
    const QString name = (user.sAMAccountName.isEmpty() ? QStringLiteral("photo") : user.sAMAccountName) +
                         QStringLiteral(".jpg");
    auto* dialog = new QFileDialog(this, tr("Export the photo of %1").arg(user.displayName),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
                                       QLatin1Char('/') + name,
                                   tr("JPEG images (*.jpg)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("jpg"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, user](const QString& path) {
        m_actions.exportPhoto(user, path).then(this, [this](const Result<QString>& written) {
            if (written)
                emit statusMessage(tr("Photo exported to %1.").arg(*written));
            else
                m_banner->showMessage(MessageBanner::Kind::Error, written.error().text());
        });
    });
    dialog->open();
}

void UsersPage::copySelectedPhoto()
{
    const UserRecord user = currentUser();
    if (user.dn.isEmpty() || !user.hasPhoto)
        return;
    m_actions.readPhoto(user.dn).then(this, [this, user](const Result<PhotoValue>& value) {
        if (!value || value->bytes.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  value ? tr("%1 has no photo any more.").arg(user.displayName)
                                        : value.error().text());
            return;
        }
        auto* mime = new QMimeData;
        mime->setData(kJpegMime, value->bytes);
        mime->setImageData(QImage::fromData(value->bytes));
        QApplication::clipboard()->setMimeData(mime);
        emit statusMessage(tr("Copied the photo of %1.").arg(user.displayName));
    });
}

void UsersPage::pastePhotoToSelected()
{
    const QList<UserRecord> users = selectedUsers();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (users.isEmpty() || !mime)
        return;
    QByteArray source;
    if (mime->hasFormat(kJpegMime)) {
        source = mime->data(kJpegMime);
    } else if (mime->hasImage()) {
        // A screenshot or an image copied from another program: hand the pipeline lossless pixels.
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QBuffer buffer(&source);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG", 100);
    }
    if (source.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("The clipboard holds no picture."));
        return;
    }
    PhotoSpec spec = PhotoActions::defaultSpec(m_settings);
    spec.keepConforming = true; // a photo copied from another user goes over unchanged
    for (const UserRecord& u : users)
        m_actions.setPhotoFromImage(u, source, {}, spec);
}

void UsersPage::onChanged(const PhotoChange& change)
{
    m_model->updateUser(change.user);
    m_thumbnails->put(change.user.dn, change.photo);
    updateActions();
    QString text;
    if (change.outcome == WriteOutcome::Unchanged)
        text = tr("%1: nothing to change.").arg(change.user.displayName);
    else if (change.photo.isEmpty())
        text = tr("%1: photo removed (it can be restored from the history).").arg(change.user.displayName);
    else
        text =
            tr("%1: photo saved (%2).")
                .arg(change.user.displayName,
                     QLocale().formattedDataSize(change.photo.size(), 1, QLocale::DataSizeTraditionalFormat));
    emit statusMessage(text);
}

void UsersPage::reloadUsers(const QStringList& dns)
{
    for (const QString& dn : dns) {
        if (m_model->rowOf(dn) < 0)
            continue;
        m_actions.readPhoto(dn).then(this, [this](const Result<PhotoValue>& value) {
            if (!value)
                return;
            const int row = m_model->rowOf(value->user.dn);
            if (row < 0)
                return;
            UserRecord user = m_model->user(row);
            user.hasPhoto = !value->bytes.isEmpty();
            user.photoBytes = value->bytes.size();
            user.photoSha256 = photoSha256(value->bytes);
            m_model->updateUser(user);
            m_thumbnails->put(user.dn, value->bytes);
            updateActions();
        });
    }
}

void UsersPage::onFailed(const UserRecord& user, const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, tr("%1: %2").arg(user.displayName, error.text()));
}

} // namespace adphoto::gui
