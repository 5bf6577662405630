#pragma once

#include "core/ConnectionSettings.h"
#include "core/Directory.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace adphoto::gui {

/// The directory connection the pages share. Opening runs on the directory's own thread and is
/// reported by signals; the previous connection stays usable until the new one is open.
/// directory() hands out shared ownership so that a worker thread that is still writing keeps
/// the directory alive; the last owner always deletes it on the thread that created it.
/// GUI thread only.
class Connection final : public QObject
{
    Q_OBJECT
public:
    /// Makes the Directory for some settings: LdapDirectory in the app, a fake in tests.
    using Factory = std::function<std::unique_ptr<Directory>(const ConnectionSettings&)>;

    explicit Connection(Factory factory, QObject* parent = nullptr);
    ~Connection() override;

    /// Starts connecting with `settings`; ends with opened() or openFailed().
    void open(const ConnectionSettings& settings);
    /// Abandons a connection attempt in progress (its directory is deleted once it gives up).
    void cancelOpen();

    [[nodiscard]] bool isOpening() const { return m_pending != nullptr; }
    [[nodiscard]] bool isOpen() const { return m_directory != nullptr; }
    [[nodiscard]] std::shared_ptr<Directory> directory() const { return m_directory; }
    [[nodiscard]] const ConnectionInfo& info() const { return m_info; }
    /// The settings of the open connection (the password only in memory).
    [[nodiscard]] const ConnectionSettings& settings() const { return m_settings; }
    /// "dc1.example.test · LDAPS · Administrator@example.test" for the status bar.
    [[nodiscard]] QString summary() const;

signals:
    /// The new connection is about to replace the old one: drop futures of the old directory.
    void aboutToSwitch();
    void opened(const adphoto::ConnectionInfo& info);
    void openFailed(const adphoto::Error& error);

private:
    void onOpenFinished();

    Factory m_factory;
    std::shared_ptr<Directory> m_directory;
    std::shared_ptr<Directory> m_pending;
    ConnectionSettings m_settings;
    ConnectionSettings m_pendingSettings;
    ConnectionInfo m_info;
    QFutureWatcher<Result<ConnectionInfo>> m_watcher;
};

} // namespace adphoto::gui
