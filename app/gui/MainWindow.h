#pragma once

#include "core/Directory.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTableWidget;

namespace adphoto::gui {

/// The main window: for now the users list of the directory named by the ADPHOTO_* variables
/// (the same ones adphoto-cli reads), filled page by page as the search runs. GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Connects with the ADPHOTO_* settings (profile, server, user, password) and lists users.
    void connectFromEnvironment();

private:
    void onPagesReady(int begin, int end);
    void showError(const Error& error);

    std::unique_ptr<Directory> m_directory;
    QFutureWatcher<Result<ConnectionInfo>> m_openWatcher;
    QFutureWatcher<Result<UserBatch>> m_usersWatcher;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace adphoto::gui
