#pragma once

#include "app/gui/ConnectionDialog.h"
#include "core/ConnectionSettings.h"
#include "core/Error.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

namespace adphoto {
class SecretStore;
class Settings;
} // namespace adphoto

namespace adphoto::gui {

class Connection;

/// How the GUI gets connected, with the same sources as adphoto-cli: on start it resolves
/// ADPHOTO_* variables, ADPHOTO_PROFILE or the last profile (ConnectionResolver), takes a
/// remembered password from the keychain, and connects without asking. Whatever is missing or
/// refused (no target, no password, keychain unavailable, wrong password) opens the connect
/// dialog with the reason shown in place. GUI thread only.
class ConnectFlow final : public QObject
{
    Q_OBJECT
public:
    ConnectFlow(Connection& connection, SecretStore& secrets, Settings& settings, QWidget* dialogParent,
                QObject* parent = nullptr);
    ~ConnectFlow() override;

    /// The environment ADPHOTO_* variables are read from; tests pass their own.
    void setEnvironment(const QProcessEnvironment& env);
    /// Connects as the environment and the last profile say, or asks.
    void start();
    /// Opens the connect dialog (File > Connect…), prefilled with the current connection.
    void showDialog(const QString& message = {});
    /// The dialog, once shown (for tests and the screenshot driver).
    [[nodiscard]] ConnectionDialog* dialog() const { return m_dialog; }

signals:
    /// A line for the status bar (e.g. "Password saved in the keychain").
    void statusMessage(const QString& text);

private:
    enum class Origin
    {
        Startup,
        Dialog
    };
    ConnectionDialog* ensureDialog();
    void showDialogFor(const ConnectionSettings& settings, const QString& profile, const QString& message,
                       bool focusPassword, bool isError = true);
    void attempt(ConnectionSettings settings, const QString& profile, Origin origin);
    void openNow(const ConnectionSettings& settings);
    void onDialogConnect();
    void onOpened();
    void onOpenFailed(const Error& error);

    Connection& m_connection;
    SecretStore& m_secrets;
    Settings& m_settings;
    QPointer<QWidget> m_dialogParent;
    QPointer<ConnectionDialog> m_dialog;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    // The attempt in progress.
    ConnectionSettings m_attempt;
    QString m_profile;
    Origin m_origin = Origin::Startup;
    bool m_passwordFromKeychain = false;
    quint64 m_generation = 0;
};

} // namespace adphoto::gui
