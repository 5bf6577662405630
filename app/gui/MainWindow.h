#pragma once

#include "app/gui/AppServices.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace adphoto::gui {

class ConnectFlow;
class Connection;
class HistoryPage;
class ImportPage;
class PhotoActions;
class UsersPage;

/// The main window: a navigation list of pages on the left (Users, History, and whatever
/// pages addPage() adds), the page on the right, the connection and counts in the status bar.
/// It owns the shared Connection and wires the pages to it; it holds no page logic itself.
/// Window geometry and splitter positions are remembered. GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Connects as the environment and the last profile say (or shows the connect dialog).
    void start();

    /// Adds a page to the navigation; returns its position. Hook for the import, CSV, audit
    /// and deploy pages.
    int addPage(QWidget* page, const QIcon& icon, const QString& title);
    void showPage(QWidget* page);
    [[nodiscard]] QWidget* currentPage() const;

    [[nodiscard]] Connection& connection() { return *m_connection; }
    [[nodiscard]] ConnectFlow& connectFlow() { return *m_connectFlow; }
    [[nodiscard]] UsersPage* usersPage() const { return m_users; }
    [[nodiscard]] HistoryPage* historyPage() const { return m_history; }
    [[nodiscard]] ImportPage* importPage() const { return m_import; }
    [[nodiscard]] PhotoActions& photoActions() { return *m_actions; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreState();
    void saveState();
    void onConnected();
    void showStatus(const QString& text);

    AppServices m_services;
    Connection* m_connection = nullptr;
    ConnectFlow* m_connectFlow = nullptr;
    PhotoActions* m_actions = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    UsersPage* m_users = nullptr;
    HistoryPage* m_history = nullptr;
    ImportPage* m_import = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
};

} // namespace adphoto::gui
