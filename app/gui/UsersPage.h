#pragma once

#include "core/Directory.h"
#include "core/PhotoProcessor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QMenu;
class QSplitter;
class QTreeView;

namespace adphoto {
class OuTreeModel;
class Settings;
class UserFilterProxy;
class UserListModel;
} // namespace adphoto

namespace adphoto::gui {

class Connection;
class MessageBanner;
class PhotoActions;
class PhotoEditor;
struct PhotoChange;
class ThumbnailCache;
class UserListLoader;
class UserTableView;

/// The users page: the OU tree (lazy) on the left, the users table on the right with a filter
/// box across names, accounts and mail, "missing photo only" and "hide disabled", thumbnails
/// for the visible rows, and the photo actions (edit, set from file, remove, export, copy,
/// paste, drop a file on a user). The table fills page by page as the listing arrives.
/// GUI thread only.
class UsersPage final : public QWidget
{
    Q_OBJECT
public:
    /// The page's commands, also in the main window's menu and the context menu.
    struct Actions
    {
        QAction* edit = nullptr;
        QAction* setFromFile = nullptr;
        QAction* remove = nullptr;
        QAction* exportPhoto = nullptr;
        QAction* copy = nullptr;
        QAction* paste = nullptr;
        QAction* refresh = nullptr;
        QAction* stop = nullptr; ///< stops the listing (Esc); enabled while it runs
        QAction* find = nullptr;
    };

    UsersPage(Connection& connection, PhotoActions& actions, Settings& settings, QWidget* parent = nullptr);
    ~UsersPage() override;

    /// Lists the users again.
    void refresh();
    /// Stops the listing where it is: the rows so far stay.
    void stopListing();
    [[nodiscard]] bool isLoading() const;

    /// The selected users (in table order).
    [[nodiscard]] QList<UserRecord> selectedUsers() const;
    /// Selects the row of `dn` (if shown) and makes it current.
    bool selectUser(const QString& dn);

    /// Opens the photo editor for `user`, on `file` if given, else on the current photo.
    PhotoEditor* openEditor(const UserRecord& user, const QString& file = {});
    /// Sets the photo of `user` from an image file through the imaging pipeline (drag and drop).
    void setPhotoFromFile(const UserRecord& user, const QString& path);
    /// Asks (window-modal, not nested) and then removes the selected users' photos.
    void removeSelectedPhotos();
    void copySelectedPhoto();
    void pastePhotoToSelected();

    /// Reads these users' photos again (after an undo) and updates their rows.
    void reloadUsers(const QStringList& dns);

    /// "1,234 users · 321 without photo · 12 disabled · 40 shown".
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] UserListModel* model() const { return m_model; }
    [[nodiscard]] UserFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] UserTableView* table() const { return m_table; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    [[nodiscard]] ThumbnailCache* thumbnails() const { return m_thumbnails; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }
    /// Milliseconds from refresh() to the first rows in the table (-1 before), for the benchmark.
    [[nodiscard]] qint64 firstRowsMs() const;
    [[nodiscard]] const Actions& actions() const { return m_act; }

signals:
    void countsChanged(const QString& text);
    void statusMessage(const QString& text);
    void loadingChanged(bool loading);
    /// The first page of users is in the table.
    void firstRowsShown(qint64 ms);
    void listingFinished();

private:
    void createActions();
    void onOpened();
    void onAboutToSwitch();
    void onListingFinished(bool stopped);
    void onTreeSelection();
    void onContextMenu(const QPoint& pos);
    void onChanged(const PhotoChange& change);
    void onFailed(const UserRecord& user, const Error& error);
    void updateActions();
    void updateCounts();
    void chooseFileFor(const UserRecord& user);
    void exportSelectedPhoto();
    [[nodiscard]] UserRecord currentUser() const;

    Connection& m_connection;
    PhotoActions& m_actions;
    Settings& m_settings;
    UserListModel* m_model = nullptr;
    UserFilterProxy* m_proxy = nullptr;
    OuTreeModel* m_ouModel = nullptr;
    ThumbnailCache* m_thumbnails = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_missingOnly = nullptr;
    QCheckBox* m_hideDisabled = nullptr;
    QTreeView* m_tree = nullptr;
    UserTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    UserListLoader* m_loader = nullptr;
    QStringList m_keepSelected; ///< DNs selected before a filter change, selected again after
    QString m_keepCurrent;
    Actions m_act;
};

} // namespace adphoto::gui
